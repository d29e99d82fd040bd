# The topology page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  topology/TopologyView.cpp topology/TopologyView.h
)
