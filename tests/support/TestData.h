#pragma once

#include <QByteArray>
#include <QString>

/// Locates files under tests/data and the source tree from inside a test.
namespace TestData {
QString path(const QString &relative);
QString sourcePath(const QString &relative);
QByteArray read(const QString &absolutePath);
} // namespace TestData
