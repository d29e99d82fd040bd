#include "FlinkVersion.h"

#include <QRegularExpression>

std::optional<FlinkVersion> FlinkVersion::parse(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?(?:[-.][A-Za-z0-9.-]*)?\s*$)"));
    const auto match = re.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int major = match.capturedView(1).toInt();
    const int minor = match.capturedView(2).toInt();
    const int patch = match.capturedView(3).isEmpty() ? -1 : match.capturedView(3).toInt();
    if (major < 1) {
        return std::nullopt;
    }
    return FlinkVersion(major, minor, patch);
}

FlinkVersion FlinkVersion::latest()
{
    return {2, 3};
}

QString FlinkVersion::toString() const
{
    if (!isValid()) {
        return {};
    }
    QString text = QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor);
    if (hasPatch()) {
        text += QLatin1Char('.') + QString::number(m_patch);
    }
    return text;
}

QString FlinkVersion::workersFileName() const
{
    return atLeast(1, 11) ? QStringLiteral("workers") : QStringLiteral("slaves");
}
