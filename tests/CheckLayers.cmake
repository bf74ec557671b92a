# Run by CTest (LayersHold): the dependencies docs/architecture.md allows between the rooms of the code,
# read from the #include lines of every source file. A file that reaches past its layer fails here with
# its name, line and the include, before the design erodes one shortcut at a time.
#   -DSOURCE= the repository's root
#
# Each room lists the prefixes its files may include from the project ("core/domain/" allows the room's
# headers). Qt's own headers are free, except Qt Sql outside core/storage (the database is storage's).

cmake_minimum_required(VERSION 3.25)

set(allowed_core_domain "core/domain/;core/i18n/")
set(allowed_core_i18n "core/i18n/;core/domain/")
set(allowed_core_rules "core/rules/;core/domain/;core/i18n/")
set(allowed_core_interchange "core/interchange/;core/rules/;core/domain/;core/i18n/")
set(allowed_core_documents "core/documents/;core/rules/;core/domain/;core/i18n/")
# Storage keeps and reads; it never evaluates (issue 11 item 3): the rules, the documents and the office
# service are beyond it. It flattens cases for the audit trail with the case file's writer.
set(allowed_core_storage "core/storage/;core/domain/;core/i18n/;core/interchange/CaseWriter.h")
set(allowed_core_office "core/")
# The renderer writes its PDF files as the case files are written: readable by their owner only.
set(allowed_ui_render "ui/render/;core/documents/;core/domain/;core/i18n/;core/rules/;core/interchange/PrivateFile.h")
# The desktop and the command line write cases through the office service only.
set(forbidden_everywhere_else "core/storage/CaseRepository.h;core/storage/CaseTransaction.h;core/storage/RowWriter.h")
set(sql_rooms "core/storage")

set(violations "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE}" "${SOURCE}/core/*.h" "${SOURCE}/core/*.cpp" "${SOURCE}/ui/*.h"
     "${SOURCE}/ui/*.cpp" "${SOURCE}/app/*.h" "${SOURCE}/app/*.cpp")
foreach(path IN LISTS sources)
    get_filename_component(folder "${path}" DIRECTORY)
    string(REPLACE "/" "_" room "${folder}")
    file(STRINGS "${SOURCE}/${path}" lines REGEX "^#include ")
    foreach(line IN LISTS lines)
        if(line MATCHES "^#include <(QSql[A-Za-z]*)>")
            list(FIND sql_rooms "${folder}" found)
            if(found EQUAL -1)
                list(APPEND violations "${path}: ${line} (SQL belongs to core/storage)")
            endif()
            continue()
        endif()
        if(NOT line MATCHES "^#include \"((core|ui|app)/[^\"]+)\"")
            continue()
        endif()
        set(target "${CMAKE_MATCH_1}")
        if(DEFINED allowed_${room})
            set(ok FALSE)
            foreach(prefix IN LISTS allowed_${room})
                string(FIND "${target}" "${prefix}" at)
                if(at EQUAL 0)
                    set(ok TRUE)
                endif()
            endforeach()
            if(NOT ok)
                string(REPLACE ";" ", " rooms "${allowed_${room}}")
                list(APPEND violations "${path}: ${line} (${folder} may include ${rooms})")
            endif()
        elseif(target IN_LIST forbidden_everywhere_else)
            list(APPEND violations "${path}: ${line} (write through core/office/OfficeService.h)")
        endif()
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "includes that cross the layers of docs/architecture.md:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files keep to their layers")
