# Builds rumbo.html: the page of index.html with its scripts (SCRIPTS, from
# SCRIPT_DIR) inline and the whole app (JavaScript with the wasm and assets
# inside) in a non-executed script element that shell.js starts. SCRIPTS is a
# comma-separated list, in the order of the page.
# Run with -DTEMPLATE -DSCRIPT_DIR -DSCRIPTS -DAPP_JS -DOUTPUT.
file(READ "${TEMPLATE}" page)

# Inside a <script> element the HTML parser ends the element at "</script"
# and changes state at "<!--"; the code must contain neither.
function(read_inlinable path out)
  file(READ "${path}" code)
  string(TOLOWER "${code}" lower)
  string(FIND "${lower}" "</script" at_end)
  string(FIND "${lower}" "<!--" at_comment)
  if(NOT at_end EQUAL -1 OR NOT at_comment EQUAL -1)
    message(FATAL_ERROR "${path} contains </script or <!-- and cannot be inlined into ${OUTPUT}")
  endif()
  set(${out} "${code}" PARENT_SCOPE)
endfunction()

function(replace_once needle replacement)
  string(FIND "${page}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${TEMPLATE} lacks ${needle}")
  endif()
  string(REPLACE "${needle}" "${replacement}" page "${page}")
  set(page "${page}" PARENT_SCOPE)
endfunction()

read_inlinable("${APP_JS}" app)
replace_once("<!-- rumbo-app -->" "<script type=\"text/plain\" id=\"rumbo-app\">${app}</script>")
string(REPLACE "," ";" scripts "${SCRIPTS}")
foreach(script IN LISTS scripts)
  read_inlinable("${SCRIPT_DIR}/${script}" code)
  replace_once("<script src=\"${script}\"></script>" "<script>${code}</script>")
endforeach()
file(WRITE "${OUTPUT}" "${page}")
