# Unit tests of models/monitor.
set(monitor_libs flinkdeck_monitor)

# The ZooKeeper tests talk to the server through the C client's synchronous API, which
# zookeeper.h declares only when THREADED is defined.
set(monitor_zookeeper_libs flinkdeck_monitor ZooKeeper::mt)

add_unit_test(NAME tst_leaderinfo SOURCES tst_leaderinfo.cpp JavaLeaderBytes.h LIBS ${monitor_libs})
add_unit_test(NAME tst_fourletterword SOURCES tst_fourletterword.cpp
  LIBS ${monitor_libs} Qt6::Network LABELS unit zookeeper)
add_unit_test(NAME tst_zookeeperleaderreader
  SOURCES tst_zookeeperleaderreader.cpp JavaLeaderBytes.h
  LIBS ${monitor_zookeeper_libs} LABELS unit zookeeper)
