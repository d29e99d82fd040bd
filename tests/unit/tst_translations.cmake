# The Chinese translation is complete: every source string is in the .ts file and translated.
# Inputs: LUPDATE, SOURCE_DIR, WORK.
file(MAKE_DIRECTORY "${WORK}")
set(ts "${WORK}/check_zh_CN.ts")
configure_file("${SOURCE_DIR}/translations/flinkdeck_zh_CN.ts" "${ts}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" "${SOURCE_DIR}/app" "${SOURCE_DIR}/widgets" "${SOURCE_DIR}/models"
                        -extensions cpp,h -no-obsolete -locations none -ts "${ts}"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
if(NOT "${out}${err}" MATCHES "\\(0 new and")
  message(FATAL_ERROR "Strings missing from translations/flinkdeck_zh_CN.ts; run `cmake --build build --target update_translations` and translate them:\n${out}${err}")
endif()
file(READ "${ts}" content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished n)
if(n GREATER 0)
  message(FATAL_ERROR "${n} untranslated message(s) in translations/flinkdeck_zh_CN.ts")
endif()
message(STATUS "translations complete")
