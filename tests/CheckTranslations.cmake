# Run by CTest (TranslationsUpToDate): lupdate reads Rekrutt's sources into a copy of each catalogue.
# The copy must equal the committed catalogue: a tr() text added, changed or removed without running
# the update_translations target fails here, and so does a Bokmål message left unfinished.
#   -DGENERATOR=  Qt's GenerateLUpdateProject.cmake     -DPROJECT_IN= the .lupdate/*_project.cmake file
#   -DLUPDATE=    the lupdate program                    -DWORK= a scratch folder
#   -DCATALOGUES= the .ts files, separated by ","
file(MAKE_DIRECTORY "${WORK}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cannot write the lupdate project file from ${PROJECT_IN}")
endif()

string(REPLACE "," ";" CATALOGUES "${CATALOGUES}")
set(stale "")
foreach(catalogue IN LISTS CATALOGUES)
    get_filename_component(name "${catalogue}" NAME)
    set(copy "${WORK}/${name}")
    file(COPY_FILE "${catalogue}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -project "${WORK}/project.json" -no-obsolete -locations none -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${errors}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${catalogue}" "${copy}" RESULT_VARIABLE differs)
    if(differs)
        list(APPEND stale "${name}")
    endif()
    if(name MATCHES "_nb\\.ts$")
        file(READ "${copy}" text)
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" unfinished "${text}")
        foreach(message IN LISTS unfinished)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${message}")
            message(SEND_ERROR "${name}: no Bokmål for \"${source}\"")
        endforeach()
        if(unfinished)
            list(APPEND stale "${name}")
        endif()
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Out of date with the sources: ${stale}. Build the update_translations target, "
                        "translate what it adds to translations/rekrutt_nb.ts and commit both catalogues.")
endif()
message(STATUS "Every catalogue matches the sources.")
