#include "TestData.h"

#include <QFile>

namespace TestData {

QString path(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("FLINKDECK_TEST_DATA")) + QLatin1Char('/') + relative;
}

QString sourcePath(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("FLINKDECK_SOURCE_DIR")) + QLatin1Char('/') + relative;
}

QByteArray read(const QString &absolutePath)
{
    QFile file(absolutePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<QString, QString> asMap(const FlinkConfig &config)
{
    QMap<QString, QString> map;
    for (const ConfigEntry &e : config.entries()) {
        map.insert(e.key, e.value);
    }
    return map;
}

QStringList rules(const DiagnosticList &list)
{
    QStringList result;
    for (const Diagnostic &d : list) {
        result.append(d.rule);
    }
    return result;
}

} // namespace TestData
