#include "JavaText.h"

#include <QStringDecoder>

namespace JavaText {

QStringView trim(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].unicode() <= 0x20) {
        ++begin;
    }
    while (end > begin && text[end - 1].unicode() <= 0x20) {
        --end;
    }
    return text.sliced(begin, end - begin);
}

NumberAndUnit splitNumberAndUnit(QStringView trimmed)
{
    qsizetype pos = 0;
    while (pos < trimmed.size() && trimmed[pos] >= u'0' && trimmed[pos] <= u'9') {
        ++pos;
    }
    return {trimmed.left(pos), trim(trimmed.mid(pos)).toString().toLower()};
}

QString decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QStringList readLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                ++i;
            }
            start = i + 1;
        }
        ++i;
    }
    if (start < n) {
        lines.append(text.mid(start));
    }
    return lines;
}

} // namespace JavaText
