# One INTERFACE target carries the language standard, warnings and Qt defines
# so every library, executable and test is built the same way.
add_library(flinkdeck_options INTERFACE)
add_library(FlinkDeck::options ALIAS flinkdeck_options)
target_compile_features(flinkdeck_options INTERFACE cxx_std_20)
target_compile_options(flinkdeck_options INTERFACE
  -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
# QT_NO_CONTEXTLESS_CONNECT takes effect from Qt 6.7; harmless on Debian's 6.4.
target_compile_definitions(flinkdeck_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)
