# The files page. Paths are relative to widgets/.
target_sources(flinkdeck_widgets PRIVATE
  files/CodeEditor.cpp files/CodeEditor.h
  files/ConfigHighlighter.cpp files/ConfigHighlighter.h
  files/FilesView.cpp files/FilesView.h
  files/LineNumberArea.cpp files/LineNumberArea.h
  files/RawConfigEditor.cpp files/RawConfigEditor.h
)
