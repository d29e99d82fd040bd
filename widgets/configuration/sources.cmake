# The configuration page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  configuration/AddConfigKeyDialog.cpp configuration/AddConfigKeyDialog.h
  configuration/AllKeysModel.cpp configuration/AllKeysModel.h
  configuration/AllKeysPage.cpp configuration/AllKeysPage.h
  configuration/ClusterBasicsFields.cpp configuration/ClusterBasicsFields.h
  configuration/ConfigFormSection.cpp configuration/ConfigFormSection.h
  configuration/ConfigKeyField.cpp configuration/ConfigKeyField.h
  configuration/ConfigurationView.cpp configuration/ConfigurationView.h
  configuration/FieldLook.cpp configuration/FieldLook.h
  configuration/HaFields.cpp configuration/HaFields.h
  configuration/MemorySizeEdit.cpp configuration/MemorySizeEdit.h
  configuration/MigrationDialog.cpp configuration/MigrationDialog.h
  configuration/ProjectDefaultsFields.cpp configuration/ProjectDefaultsFields.h
  configuration/ZooKeeperFields.cpp configuration/ZooKeeperFields.h
)
