# Writes the two pages of dist/ from web/index.html, each with its
# Content-Security-Policy filled in:
#   HOSTED  index.html as it is, loading its scripts from beside it;
#   SINGLE  rumbo.html: the page's scripts inline and the whole app
#           (JavaScript with the wasm and assets inside) in a non-executed
#           script element that shell.js starts; elements marked
#           data-hosted-only (manifest, service worker) are left out, as they
#           need files beside the page.
# Run with -DTEMPLATE -DWEB_DIR -DAPP_JS -DHOSTED -DSINGLE.
#
# Neither policy allows any other origin. 'wasm-unsafe-eval' lets the page
# compile WebAssembly, and nothing more (no eval, no new Function).
# The page's only inline style (the <style> element) is allowed by its hash.

# A CSP source for an inline element: 'sha256-' and the base64 of the SHA-256
# of its text (CMake only gives the hash in hex).
function(csp_hash text out)
  string(SHA256 hex "${text}")
  # 32 bytes, padded to 33 with a zero byte: eleven groups of three bytes,
  # four base64 digits each; the last digit comes from the padding and
  # becomes '='.
  string(APPEND hex "00")
  set(digits "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  set(base64 "")
  foreach(group RANGE 0 10)
    math(EXPR at "${group} * 6")
    string(SUBSTRING "${hex}" ${at} 6 bytes)
    math(EXPR value "0x${bytes}")
    foreach(shift 18 12 6 0)
      math(EXPR digit "(${value} >> ${shift}) & 63")
      string(SUBSTRING "${digits}" ${digit} 1 d)
      string(APPEND base64 "${d}")
    endforeach()
  endforeach()
  string(SUBSTRING "${base64}" 0 43 base64)
  set(${out} "'sha256-${base64}='" PARENT_SCOPE)
endfunction()

# The HTML parser turns CR LF and lone CR into LF, and the browser hashes
# what the parser made: inlined code must already be that way.
function(read_code path out)
  file(READ "${path}" code)
  string(REPLACE "\r\n" "\n" code "${code}")
  string(REPLACE "\r" "\n" code "${code}")
  # Inside a <script> element the HTML parser ends the element at "</script"
  # and changes state at "<!--"; the code must contain neither.
  string(TOLOWER "${code}" lower)
  string(FIND "${lower}" "</script" at_end)
  string(FIND "${lower}" "<!--" at_comment)
  if(NOT at_end EQUAL -1 OR NOT at_comment EQUAL -1)
    message(FATAL_ERROR "${path} contains </script or <!-- and cannot be inlined into ${SINGLE}")
  endif()
  set(${out} "${code}" PARENT_SCOPE)
endfunction()

file(READ "${TEMPLATE}" page)

foreach(needle "@RUMBO_CSP@" "<!-- rumbo-app -->" "<style>")
  string(FIND "${page}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${TEMPLATE} lacks ${needle}")
  endif()
endforeach()

string(REGEX MATCHALL "<style>" styles "${page}")
list(LENGTH styles style_count)
if(NOT style_count EQUAL 1)
  message(FATAL_ERROR "${TEMPLATE} must have one <style> element (its hash is in the policy)")
endif()
string(REGEX MATCH "<style>(.*)</style>" _ "${page}")
csp_hash("${CMAKE_MATCH_1}" style_hash)

# --- index.html: scripts are files of the same origin ('self'), so are
# app.wasm and app.data (connect-src), the manifest, its icons and the service
# worker. img-src data: is the favicon, drawn inline in the page.
set(hosted_policy
  "default-src 'none'"
  "script-src 'self' 'wasm-unsafe-eval'"
  "style-src ${style_hash}"
  "img-src 'self' data:"
  "connect-src 'self'"
  "manifest-src 'self'"
  "worker-src 'self'"
  "base-uri 'none'"
  "form-action 'none'")
list(JOIN hosted_policy "; " hosted_policy)
string(REPLACE "@RUMBO_CSP@" "${hosted_policy}" hosted_page "${page}")
file(WRITE "${HOSTED}" "${hosted_page}")

# --- rumbo.html: opened from file://, where 'self' means nothing useful, so
# each inline script is allowed by its hash, including the app's, which
# shell.js runs by copying it into a new script element. connect-src data:
# is the wasm, embedded in the app's script as a data: URL that Emscripten
# reads with fetch(); a data: URL never leaves the browser.
string(REGEX REPLACE "[ \t]*<[^<>]* data-hosted-only[^<>]*>(</script>)?\n?" "" single_page "${page}")
set(script_hashes "")
string(REGEX MATCHALL "<script src=\"[^\"]+\"></script>" script_tags "${single_page}")
foreach(tag IN LISTS script_tags)
  string(REGEX MATCH "src=\"([^\"]+)\"" _ "${tag}")
  read_code("${WEB_DIR}/${CMAKE_MATCH_1}" code)
  csp_hash("${code}" hash)
  list(APPEND script_hashes "${hash}")
  string(REPLACE "${tag}" "<script>${code}</script>" single_page "${single_page}")
endforeach()
# Anything else that loads a file beside the page would fail from file://.
string(FIND "${single_page}" "<script src=" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "${TEMPLATE}: a script of the page is neither <script src=\"NAME\"></script> nor data-hosted-only")
endif()
read_code("${APP_JS}" app)
csp_hash("${app}" hash)
list(APPEND script_hashes "${hash}")
string(REPLACE "<!-- rumbo-app -->" "<script type=\"text/plain\" id=\"rumbo-app\">${app}</script>"
  single_page "${single_page}")
list(JOIN script_hashes " " script_hashes)
set(single_policy
  "default-src 'none'"
  "script-src ${script_hashes} 'wasm-unsafe-eval'"
  "style-src ${style_hash}"
  "img-src data:"
  "connect-src data:"
  "base-uri 'none'"
  "form-action 'none'")
list(JOIN single_policy "; " single_policy)
string(REPLACE "@RUMBO_CSP@" "${single_policy}" single_page "${single_page}")
file(WRITE "${SINGLE}" "${single_page}")
