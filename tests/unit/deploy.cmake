# Unit tests of models/deploy.
add_unit_test(NAME tst_unifieddiff SOURCES tst_unifieddiff.cpp LIBS flinkdeck_deploy)
add_unit_test(NAME tst_remoteprocesses SOURCES tst_remoteprocesses.cpp LIBS flinkdeck_deploy)
add_unit_test(NAME tst_deployplanner SOURCES tst_deployplanner.cpp LIBS flinkdeck_deploy)
add_unit_test(NAME tst_preflight SOURCES tst_preflight.cpp LIBS flinkdeck_deploy)
