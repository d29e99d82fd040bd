# GUI tests of the configuration page (add_unit_test with LABELS gui).
add_unit_test(NAME tst_configurationview SOURCES tst_configurationview.cpp LIBS ${gui_libs} LABELS gui)
add_unit_test(NAME tst_configkeyfield SOURCES tst_configkeyfield.cpp LIBS ${gui_libs} LABELS gui)
add_unit_test(NAME tst_memorysizeedit SOURCES tst_memorysizeedit.cpp LIBS ${gui_libs} LABELS gui)
add_unit_test(NAME tst_migrationdialog SOURCES tst_migrationdialog.cpp LIBS ${gui_libs} LABELS gui)
