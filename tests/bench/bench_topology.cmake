# The topology canvas benchmark (200 hosts to a fully drawn view).
add_executable(bench_topology bench_topology.cpp)
target_link_libraries(bench_topology PRIVATE flinkdeck_widgets flinkdeck_options)
add_test(NAME bench_topology COMMAND bench_topology 5)
set_tests_properties(bench_topology PROPERTIES LABELS "bench" ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
