# One INTERFACE target carries the language standard, warnings and Qt defines so every
# library and executable is built the same way. Tests use flinkdeck_test_options, which differs
# only in allowing string literals as QString (data rows read better that way).
add_library(flinkdeck_common_options INTERFACE)
target_compile_features(flinkdeck_common_options INTERFACE cxx_std_20)
target_compile_options(flinkdeck_common_options INTERFACE
  -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
# QT_NO_CONTEXTLESS_CONNECT takes effect from Qt 6.7; harmless on Debian's 6.4.
target_compile_definitions(flinkdeck_common_options INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)

add_library(flinkdeck_options INTERFACE)
target_link_libraries(flinkdeck_options INTERFACE flinkdeck_common_options)
target_compile_definitions(flinkdeck_options INTERFACE QT_NO_CAST_FROM_ASCII)

add_library(flinkdeck_test_options INTERFACE)
target_link_libraries(flinkdeck_test_options INTERFACE flinkdeck_common_options)
target_compile_definitions(flinkdeck_test_options INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)
