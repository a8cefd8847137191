# Writes DIST/service_worker.js from TEMPLATE (web/service_worker.js): the
# list of files the worker keeps for offline use, each with the SHA-256 of its
# content, and a version made from all of them, so that any change to any file
# is a new version with a cache of its own.
# Run with -DTEMPLATE -DDIST after everything else is in DIST.
#
# Every file of the hosted site is kept except rumbo.html (the same app again,
# for use without a server) and the worker itself (the browser checks it for
# updates on its own).
file(GLOB_RECURSE files RELATIVE "${DIST}" "${DIST}/*")
list(REMOVE_ITEM files rumbo.html service_worker.js)
list(SORT files)
list(FIND files index.html at)
if(at EQUAL -1)
  message(FATAL_ERROR "${DIST} has no index.html yet")
endif()

set(entries "")
set(summary "")
foreach(f IN LISTS files)
  if(f MATCHES "[\"\\\\]")
    message(FATAL_ERROR "${f}: a file name the worker's list cannot hold")
  endif()
  file(SHA256 "${DIST}/${f}" hash)
  list(APPEND entries "  \"${f}\": \"${hash}\"")
  string(APPEND summary "${f} ${hash}\n")
endforeach()
list(JOIN entries ",\n" entries)
string(SHA256 version "${summary}")
string(SUBSTRING "${version}" 0 16 version)

file(READ "${TEMPLATE}" worker)
foreach(needle "@RUMBO_APP_VERSION@" "@RUMBO_APP_FILES@")
  string(FIND "${worker}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${TEMPLATE} lacks ${needle}")
  endif()
endforeach()
string(REPLACE "@RUMBO_APP_VERSION@" "${version}" worker "${worker}")
string(REPLACE "@RUMBO_APP_FILES@" "{\n${entries}\n}" worker "${worker}")
file(WRITE "${DIST}/service_worker.js" "${worker}")
