# The configuration page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  configuration/ConfigurationView.cpp configuration/ConfigurationView.h
)
