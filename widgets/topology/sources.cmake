# The topology page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  topology/BandItem.cpp topology/BandItem.h
  topology/HostCardItem.cpp topology/HostCardItem.h
  topology/HostDialog.cpp topology/HostDialog.h
  topology/LinkItem.cpp topology/LinkItem.h
  topology/RolePalette.cpp topology/RolePalette.h
  topology/RoleStyle.cpp topology/RoleStyle.h
  topology/StorageNodeItem.cpp topology/StorageNodeItem.h
  topology/TopologyCanvas.cpp topology/TopologyCanvas.h
  topology/TopologyLayout.cpp topology/TopologyLayout.h
  topology/TopologyScene.cpp topology/TopologyScene.h
  topology/TopologyView.cpp topology/TopologyView.h
)
