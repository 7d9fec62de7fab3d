# cppsec_embed(TARGET NAME FILES... BASE dir): compiles the given files into the target as
# an array of {relative path, contents}, so that the built-in models and help pages travel
# inside the binary and an installed or copied cppsec needs no data directory.
function(cppsec_embed target name)
  cmake_parse_arguments(ARG "" "BASE" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp")
  # The file list travels as one argument, so join it with a separator no path contains.
  string(REPLACE ";" "|" files "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${name} -DBASE=${ARG_BASE} "-DFILES=${files}"
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake"
    DEPENDS ${ARG_FILES} "${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
