# GUI tests of the topology page (add_unit_test with LABELS gui).
add_unit_test(NAME tst_topologyview SOURCES tst_topologyview.cpp LIBS ${gui_libs} LABELS gui)
add_unit_test(NAME tst_hostdialog SOURCES tst_hostdialog.cpp LIBS ${gui_libs} LABELS gui)
# The host table is a QtGui model; it lives with the unit tests but is registered here.
add_unit_test(NAME tst_hosttablemodel SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/tst_hosttablemodel.cpp
  LIBS flinkdeck_topology LABELS unit)
