# add_unit_test(NAME tst_foo SOURCES tst_foo.cpp LIBS lib... [LABELS l...])
# One Qt Test executable per class under test, registered with ctest on the offscreen platform.
function(add_unit_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} flinkdeck_test_support flinkdeck_test_options Qt6::Test)
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(T_LABELS)
    set(labels ${T_LABELS})
  else()
    set(labels unit)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${labels}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FLINKDECK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;FLINKDECK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    TIMEOUT 300)
endfunction()
