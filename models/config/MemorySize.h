#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Flink's MemorySize syntax: digits, optional unit, powers of 1024; a bare number is bytes.
class MemorySize final
{
    Q_DECLARE_TR_FUNCTIONS(MemorySize)
public:
    struct Parsed
    {
        quint64 bytes = 0;
        bool hadUnit = false;
    };

    /// Parses as org.apache.flink.configuration.MemorySize.parseBytes does; on failure sets error.
    static std::optional<Parsed> parse(QStringView text, QString *error = nullptr);
    /// Formats with the largest unit that divides the value exactly ("512m", "1g").
    static QString format(quint64 bytes);
};
