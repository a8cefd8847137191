# Builds rumbo.html: the page of index.html with shell.js inline and the whole
# app (JavaScript with the wasm and assets inside) in a non-executed script
# element that shell.js starts. Run with -DTEMPLATE -DSHELL_JS -DAPP_JS -DOUTPUT.
file(READ "${TEMPLATE}" page)
file(READ "${SHELL_JS}" shell)
file(READ "${APP_JS}" app)

# Inside a <script> element the HTML parser ends the element at "</script"
# and changes state at "<!--"; the code must contain neither.
foreach(code shell app)
  string(TOLOWER "${${code}}" lower)
  string(FIND "${lower}" "</script" at_end)
  string(FIND "${lower}" "<!--" at_comment)
  if(NOT at_end EQUAL -1 OR NOT at_comment EQUAL -1)
    message(FATAL_ERROR "${code} contains </script or <!-- and cannot be inlined into ${OUTPUT}")
  endif()
endforeach()

set(shell_tag "<script src=\"shell.js\"></script>")
set(app_marker "<!-- rumbo-app -->")
foreach(needle shell_tag app_marker)
  string(FIND "${page}" "${${needle}}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${TEMPLATE} lacks ${${needle}}")
  endif()
endforeach()
string(REPLACE "${app_marker}" "<script type=\"text/plain\" id=\"rumbo-app\">${app}</script>" page "${page}")
string(REPLACE "${shell_tag}" "<script>${shell}</script>" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
