#pragma once

#include <QString>
#include <QStringList>

/// String helpers that behave exactly like their java.lang.String counterparts, because
/// Flink's parsers are defined by Java semantics (trim() strips every char <= U+0020).
namespace JavaText {
QStringView trim(QStringView text);
/// Flink's size and duration parsers: leading ASCII digits, then the trimmed, lower-cased rest.
struct NumberAndUnit
{
    QStringView number;
    QString unit;
};
NumberAndUnit splitNumberAndUnit(QStringView trimmed);
/// UTF-8 as Java's readers decode it: a leading byte-order mark stays in the text (QString's
/// own decoding would drop it, and then hide what Flink sees: a first key starting with U+FEFF).
QString decodeUtf8(const QByteArray &bytes);
/// java.io.BufferedReader.readLine(): splits at \n, \r or \r\n; no trailing empty line.
QStringList readLines(const QString &text);
} // namespace JavaText
