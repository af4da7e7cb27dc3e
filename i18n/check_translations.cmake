# Fails when the zh_CN translation is incomplete for the current sources.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${TS} DESTINATION ${WORK})
get_filename_component(name ${TS} NAME)
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none -recursive
            ${SOURCES_DIR}/app ${SOURCES_DIR}/database ${SOURCES_DIR}/ui
            -ts ${WORK}/${name}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ ${WORK}/${name} content)
string(REPLACE ";" "," content "${content}")
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" stale "${content}")
list(LENGTH unfinished n_unfinished)
list(LENGTH stale n_stale)
if(n_unfinished GREATER 0 OR n_stale GREATER 0)
    foreach(item IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" src "${item}")
        message("untranslated: ${src}")
    endforeach()
    message(FATAL_ERROR "${n_unfinished} strings untranslated and ${n_stale} stale in ${name}: "
                        "run 'cmake --build build --target update_translations' and translate them.")
endif()
message(STATUS "zh_CN translation complete")
