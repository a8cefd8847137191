# Copies assets/ into the staging folder that is packed into the app,
# leaving out documentation (*.md). Run with -DSOURCE=... -DDEST=...
file(GLOB_RECURSE files RELATIVE "${SOURCE}" "${SOURCE}/*")
file(MAKE_DIRECTORY "${DEST}/fonts" "${DEST}/licenses")
foreach(f IN LISTS files)
  if(NOT f MATCHES "\\.md$")
    get_filename_component(dir "${DEST}/${f}" DIRECTORY)
    file(COPY "${SOURCE}/${f}" DESTINATION "${dir}")
  endif()
endforeach()
