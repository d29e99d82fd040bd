# GUI tests of the files page (add_unit_test with LABELS gui).
add_unit_test(NAME tst_confighighlighter SOURCES tst_confighighlighter.cpp LIBS ${gui_libs} LABELS gui)
add_unit_test(NAME tst_filesview SOURCES tst_filesview.cpp LIBS ${gui_libs} LABELS gui)
