# GUI tests of the deploy page: its log alone, then the page against real sshd servers on
# loopback addresses.
add_unit_test(NAME tst_deploylog SOURCES tst_deploylog.cpp LIBS ${gui_libs} LABELS gui)
add_unit_test(NAME tst_deployview SOURCES tst_deployview.cpp LIBS ${gui_libs} LABELS gui ssh)
# Backups go to ~/.flinkdeck like the engine tests' do.
set_tests_properties(tst_deployview PROPERTIES RESOURCE_LOCK home_flinkdeck)
# The page against the real sandbox: not a ctest of its own, test_sandbox.py (label
# realcluster) runs it while the sandbox is up.
add_executable(tst_deploysandbox tst_deploysandbox.cpp)
target_link_libraries(tst_deploysandbox PRIVATE ${gui_libs} flinkdeck_test_support flinkdeck_test_options Qt6::Test)
