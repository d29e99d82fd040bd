#pragma once

#include "Diagnostic.h"
#include "FlinkConfig.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

/// Locates files under tests/data and the source tree from inside a test.
namespace TestData {
QString path(const QString &relative);
QString sourcePath(const QString &relative);
QByteArray read(const QString &absolutePath);
/// A config's content without its order or provenance, for comparisons.
QMap<QString, QString> asMap(const FlinkConfig &config);
/// The rules of a list of diagnostics, in order (for failure messages and membership checks).
QStringList rules(const DiagnosticList &list);
} // namespace TestData
