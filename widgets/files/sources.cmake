# The files page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  files/FilesView.cpp files/FilesView.h
)
