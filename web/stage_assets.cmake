# Copies the assets named in FILES ("|"-separated paths relative to SOURCE)
# into the staging folder that is packed into the app. The list comes from
# the build so that adding or removing an asset re-runs the staging.
# Run with -DSOURCE=... -DDEST=... -DFILES=...
file(MAKE_DIRECTORY "${DEST}/fonts" "${DEST}/licenses")
string(REPLACE "|" ";" files "${FILES}")
foreach(f IN LISTS files)
  get_filename_component(dir "${DEST}/${f}" DIRECTORY)
  file(COPY "${SOURCE}/${f}" DESTINATION "${dir}")
endforeach()
