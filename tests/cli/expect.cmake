# Runs CLI with ARGS (a ;-list) and fails unless it exits with EXIT and its
# combined output matches PATTERN (a CMake regular expression). With INPUT,
# that file is the program's standard input.
if(DEFINED INPUT)
  execute_process(COMMAND "${CLI}" ${ARGS} INPUT_FILE "${INPUT}" RESULT_VARIABLE status
    OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
  execute_process(COMMAND "${CLI}" ${ARGS} RESULT_VARIABLE status OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
endif()
message("${out}${err}")
if(NOT status EQUAL EXIT)
  message(FATAL_ERROR "exit status ${status}, expected ${EXIT}")
endif()
if(NOT "${out}${err}" MATCHES "${PATTERN}")
  message(FATAL_ERROR "output does not match: ${PATTERN}")
endif()
