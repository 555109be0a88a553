# SPDX-License-Identifier: GPL-3.0-or-later
# The translation check (a ctest test): every .ts file in TS_DIR must be complete for the
# code as it is now. Each file is copied and brought up to date with lupdate from SOURCE_DIR;
# the copy must then hold no unfinished entry (a string the code shows that nobody has
# translated) and no obsolete or vanished one (a translation for a string that is gone).
#
#   cmake -DLUPDATE=… -DSOURCE_DIR=app -DTS_DIR=translations -DWORK_DIR=… -P check-translations.cmake
cmake_minimum_required(VERSION 3.25)

file(GLOB ts_files "${TS_DIR}/parallax_*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no translation files in ${TS_DIR}")
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    # English holds only the plural forms (see app/CMakeLists.txt).
    set(only "")
    if(name STREQUAL "parallax_en.ts")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent ${only} -locations none "${SOURCE_DIR}" -ts "${copy}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${err}")
    endif()
    file(READ "${copy}" text)
    foreach(kind unfinished obsolete vanished)
        string(REGEX MATCHALL "type=\"${kind}\"" found "${text}")
        list(LENGTH found count)
        if(count GREATER 0)
            string(APPEND failures "${name}: ${count} ${kind}\n")
        endif()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "Translations are not complete (run the update_translations target, then translate):\n${failures}")
endif()
message(STATUS "translations complete: ${ts_files}")
