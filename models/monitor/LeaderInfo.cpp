#include "LeaderInfo.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <utility>

namespace {

// java.io.ObjectStreamConstants, the subset a leader record can contain.
constexpr quint16 streamMagic = 0xACED;
constexpr quint16 streamVersion = 5;
constexpr quint8 tcNull = 0x70;
constexpr quint8 tcReference = 0x71;
constexpr quint8 tcClassDesc = 0x72;
constexpr quint8 tcObject = 0x73;
constexpr quint8 tcEndBlockData = 0x78;
constexpr quint8 tcBlockData = 0x77;
constexpr quint8 tcBlockDataLong = 0x7A;
constexpr quint32 baseWireHandle = 0x7E0000;
constexpr quint8 scSerializable = 0x02;
constexpr quint8 scExternalizable = 0x04;
// java.util.UUID's serialVersionUID; a different one would make Java refuse the stream too.
constexpr quint64 uuidSerialVersionUid = 0xBC9903F7986D852FULL;

QString hexByte(quint8 byte)
{
    return QStringLiteral("%1").arg(static_cast<uint>(byte), 2, 16, QLatin1Char('0')).toUpper();
}

// Decodes Java's modified UTF-8 (DataInput.readUTF). Returns -1 on success, else the index of
// the byte that starts the malformed sequence. U+0000 arrives as C0 80 and supplementary
// characters as two 3-byte surrogates, so the result is built from UTF-16 units directly.
qsizetype decodeModifiedUtf8(const char *data, qsizetype size, QString *out)
{
    out->clear();
    out->reserve(size);
    qsizetype i = 0;
    while (i < size) {
        const auto c = static_cast<quint8>(data[i]);
        if (c < 0x80) {
            // Java's reader also accepts a raw 00 here, although its writer never emits one.
            out->append(QChar(static_cast<char16_t>(c)));
            ++i;
        } else if ((c & 0xE0) == 0xC0) {
            if (i + 1 >= size)
                return i;
            const auto c2 = static_cast<quint8>(data[i + 1]);
            if ((c2 & 0xC0) != 0x80)
                return i;
            out->append(QChar(static_cast<char16_t>(((c & 0x1F) << 6) | (c2 & 0x3F))));
            i += 2;
        } else if ((c & 0xF0) == 0xE0) {
            if (i + 2 >= size)
                return i;
            const auto c2 = static_cast<quint8>(data[i + 1]);
            const auto c3 = static_cast<quint8>(data[i + 2]);
            if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80)
                return i;
            out->append(QChar(
                static_cast<char16_t>(((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F))));
            i += 3;
        } else {
            return i;
        }
    }
    return -1;
}

// A bounds-checked big-endian reader. Every read either succeeds or records an error naming
// the byte offset in the original record, so the caller only has to stop.
class Reader final
{
public:
    // A piece of a joined block-data payload and where it sits in the original record.
    struct Segment
    {
        qsizetype start = 0;
        qsizetype original = 0;
        qsizetype size = 0;
    };

    explicit Reader(QByteArray data, QList<Segment> segments = {})
        : m_data(std::move(data))
        , m_segments(std::move(segments))
    {}

    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    // Offsets in a joined payload are reported where those bytes sit in the record.
    qsizetype originalOffset(qsizetype pos) const
    {
        if (m_segments.isEmpty())
            return pos;
        for (const Segment &segment : m_segments) {
            if (pos >= segment.start && pos < segment.start + segment.size)
                return segment.original + (pos - segment.start);
        }
        const Segment &last = m_segments.constLast();
        return last.original + last.size;
    }
    qsizetype originalPos() const { return originalOffset(m_pos); }

    std::optional<quint8> peek() const
    {
        if (remaining() < 1)
            return std::nullopt;
        return static_cast<quint8>(m_data[m_pos]);
    }

    // The bytes, or nullptr (with an error) when fewer than size remain.
    const char *take(qsizetype size, const QString &what)
    {
        if (failed())
            return nullptr;
        if (size > remaining()) {
            if (m_segments.isEmpty()) {
                fail(QCoreApplication::translate(
                         "LeaderInfo",
                         "The data ends at byte offset %1 while reading %2 (bytes needed: %3, "
                         "left: %4).")
                         .arg(m_data.size())
                         .arg(what)
                         .arg(size)
                         .arg(remaining()));
            } else {
                fail(QCoreApplication::translate("LeaderInfo",
                                                 "The block data ends at byte offset %1 while "
                                                 "reading %2 (bytes needed: %3, left: %4).")
                         .arg(originalOffset(m_data.size()))
                         .arg(what)
                         .arg(size)
                         .arg(remaining()));
            }
            return nullptr;
        }
        const char *bytes = m_data.constData() + m_pos;
        m_pos += size;
        return bytes;
    }

    quint64 readUnsigned(int size, const QString &what)
    {
        const char *bytes = take(size, what);
        if (bytes == nullptr)
            return 0;
        quint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | static_cast<quint8>(bytes[i]);
        return value;
    }
    quint8 u8(const QString &what) { return static_cast<quint8>(readUnsigned(1, what)); }
    quint16 u16(const QString &what) { return static_cast<quint16>(readUnsigned(2, what)); }
    quint32 u32(const QString &what) { return static_cast<quint32>(readUnsigned(4, what)); }
    quint64 u64(const QString &what) { return readUnsigned(8, what); }

    // DataInput.readUTF: u16 length, then that many bytes of modified UTF-8.
    QString utf(const QString &what)
    {
        const quint16 size = u16(what);
        const qsizetype start = m_pos;
        const char *bytes = take(size, what);
        if (bytes == nullptr)
            return {};
        QString text;
        const qsizetype bad = decodeModifiedUtf8(bytes, size, &text);
        if (bad >= 0) {
            fail(QCoreApplication::translate("LeaderInfo",
                                             "Malformed modified UTF-8 in %1 at byte offset %2.")
                     .arg(what)
                     .arg(originalOffset(start + bad)));
            return {};
        }
        return text;
    }

    // Checks a one-byte tag; on a mismatch records what was expected and what was found.
    bool expect(quint8 tag, const QString &what)
    {
        const qsizetype at = originalPos();
        const quint8 found = u8(what);
        if (failed())
            return false;
        if (found != tag) {
            fail(QCoreApplication::translate("LeaderInfo",
                                             "Expected %1 (%2) at byte offset %3, found %4.")
                     .arg(what, hexByte(tag))
                     .arg(at)
                     .arg(hexByte(found)));
            return false;
        }
        return true;
    }

private:
    QByteArray m_data;
    QList<Segment> m_segments;
    qsizetype m_pos = 0;
    QString m_error;
};

// Reads the block-data records that follow the stream header and joins their payloads:
// ObjectOutputStream cuts its buffer every 1024 bytes, so one writeUTF can span several.
Reader readBlockData(Reader &stream)
{
    QByteArray joined;
    QList<Reader::Segment> segments;
    while (!stream.failed()) {
        const std::optional<quint8> tag = stream.peek();
        if (tag != tcBlockData && tag != tcBlockDataLong)
            break;
        stream.u8({});
        const qsizetype length =
            tag == tcBlockData
                ? stream.u8(QCoreApplication::translate("LeaderInfo", "a block-data length"))
                : static_cast<qsizetype>(
                      stream.u32(QCoreApplication::translate("LeaderInfo", "a block-data length")));
        const qsizetype at = stream.pos();
        const char *payload =
            stream.take(length, QCoreApplication::translate("LeaderInfo", "block data"));
        if (payload == nullptr)
            break;
        segments.append({joined.size(), at, length});
        joined.append(payload, length);
    }
    if (!stream.failed() && segments.isEmpty()) {
        const std::optional<quint8> found = stream.peek();
        stream.fail(QCoreApplication::translate(
                        "LeaderInfo", "Expected block data (77 or 7A) at byte offset %1, found %2.")
                        .arg(stream.pos())
                        .arg(found ? hexByte(*found)
                                   : QCoreApplication::translate("LeaderInfo", "the end")));
    }
    return Reader(joined, segments);
}

struct UuidFields
{
    // Position of leastSigBits among the serialized values; mostSigBits takes the other one.
    int leastSigBitsIndex = 0;
};

// TC_CLASSDESC for java.util.UUID: name, serialVersionUID, flags, two long fields, no
// annotations, no superclass. Java sorts primitive fields by name, so leastSigBits comes first.
std::optional<UuidFields> readUuidClassDesc(Reader &stream)
{
    const QString classNameWhat = QCoreApplication::translate("LeaderInfo", "the class name");
    const qsizetype nameAt = stream.pos();
    const QString name = stream.utf(classNameWhat);
    if (stream.failed())
        return std::nullopt;
    if (name != QLatin1String("java.util.UUID")) {
        stream.fail(QCoreApplication::translate(
                        "LeaderInfo", "Expected class java.util.UUID at byte offset %1, found %2.")
                        .arg(nameAt)
                        .arg(name));
        return std::nullopt;
    }
    const qsizetype uidAt = stream.pos();
    const quint64 uid =
        stream.u64(QCoreApplication::translate("LeaderInfo", "the serialVersionUID"));
    if (stream.failed())
        return std::nullopt;
    if (uid != uuidSerialVersionUid) {
        stream.fail(QCoreApplication::translate(
                        "LeaderInfo", "Unexpected serialVersionUID %1 of java.util.UUID at byte "
                                      "offset %2.")
                        .arg(uid, 16, 16, QLatin1Char('0'))
                        .arg(uidAt));
        return std::nullopt;
    }
    const qsizetype flagsAt = stream.pos();
    const quint8 flags = stream.u8(QCoreApplication::translate("LeaderInfo", "the class flags"));
    if (stream.failed())
        return std::nullopt;
    if ((flags & scSerializable) == 0 || (flags & scExternalizable) != 0) {
        stream.fail(QCoreApplication::translate("LeaderInfo",
                                                "Unexpected class flags %1 at byte offset %2.")
                        .arg(hexByte(flags))
                        .arg(flagsAt));
        return std::nullopt;
    }
    const qsizetype countAt = stream.pos();
    const quint16 count = stream.u16(QCoreApplication::translate("LeaderInfo", "the field count"));
    if (stream.failed())
        return std::nullopt;
    if (count != 2) {
        stream.fail(
            QCoreApplication::translate(
                "LeaderInfo", "java.util.UUID has 2 fields, but byte offset %1 declares %2.")
                .arg(countAt)
                .arg(count));
        return std::nullopt;
    }
    UuidFields fields;
    QString seen[2];
    for (int i = 0; i < 2; ++i) {
        const qsizetype fieldAt = stream.pos();
        const quint8 type = stream.u8(QCoreApplication::translate("LeaderInfo", "a field type"));
        const QString fieldName =
            stream.utf(QCoreApplication::translate("LeaderInfo", "a field name"));
        if (stream.failed())
            return std::nullopt;
        seen[i] = fieldName;
        const bool known =
            fieldName == QLatin1String("leastSigBits") || fieldName == QLatin1String("mostSigBits");
        if (type != 'J' || !known || (i == 1 && seen[0] == fieldName)) {
            stream.fail(QCoreApplication::translate(
                            "LeaderInfo", "Unexpected field %1 of type %2 at byte offset %3.")
                            .arg(fieldName, hexByte(type))
                            .arg(fieldAt));
            return std::nullopt;
        }
        if (fieldName == QLatin1String("leastSigBits"))
            fields.leastSigBitsIndex = i;
    }
    if (!stream.expect(tcEndBlockData,
                       QCoreApplication::translate("LeaderInfo", "the end of class annotations")))
        return std::nullopt;
    if (!stream.expect(tcNull, QCoreApplication::translate("LeaderInfo", "a null superclass")))
        return std::nullopt;
    return fields;
}

// Everything after the address: TC_OBJECT, the class descriptor (or a back reference to it),
// then the two longs in descriptor order.
std::optional<QUuid> readUuid(Reader &stream)
{
    if (!stream.expect(tcObject, QCoreApplication::translate("LeaderInfo", "the UUID object")))
        return std::nullopt;
    const qsizetype descAt = stream.pos();
    const quint8 descTag =
        stream.u8(QCoreApplication::translate("LeaderInfo", "the class descriptor"));
    if (stream.failed())
        return std::nullopt;
    UuidFields fields;
    if (descTag == tcClassDesc) {
        const std::optional<UuidFields> read = readUuidClassDesc(stream);
        if (!read)
            return std::nullopt;
        fields = *read;
    } else if (descTag == tcReference) {
        // A back reference can only point at a UUID descriptor written earlier in the same
        // stream, whose layout is the standard one (leastSigBits first).
        const qsizetype handleAt = stream.pos();
        const quint32 handle = stream.u32(QCoreApplication::translate("LeaderInfo", "a handle"));
        if (stream.failed())
            return std::nullopt;
        if (handle < baseWireHandle) {
            stream.fail(
                QCoreApplication::translate("LeaderInfo", "Invalid handle %1 at byte offset %2.")
                    .arg(handle, 8, 16, QLatin1Char('0'))
                    .arg(handleAt));
            return std::nullopt;
        }
    } else {
        stream.fail(QCoreApplication::translate("LeaderInfo",
                                                "Expected a class descriptor (72) or a "
                                                "reference (71) at byte offset %1, found %2.")
                        .arg(descAt)
                        .arg(hexByte(descTag)));
        return std::nullopt;
    }
    const QString valueWhat = QCoreApplication::translate("LeaderInfo", "the UUID value");
    quint64 values[2];
    values[0] = stream.u64(valueWhat);
    values[1] = stream.u64(valueWhat);
    if (stream.failed())
        return std::nullopt;
    const quint64 least = values[fields.leastSigBitsIndex];
    const quint64 most = values[1 - fields.leastSigBitsIndex];
    QByteArray rfc4122(16, '\0');
    for (int i = 0; i < 8; ++i) {
        rfc4122[i] = static_cast<char>(most >> (56 - 8 * i));
        rfc4122[8 + i] = static_cast<char>(least >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(rfc4122);
}

} // namespace

LeaderInfo LeaderInfo::decode(const QByteArray &bytes)
{
    LeaderInfo info;
    // Flink clears the node (or writes nothing) when a leader steps down.
    if (bytes.isEmpty())
        return info;

    info.state = State::Undecodable;
    Reader stream(bytes);
    const quint16 magic =
        stream.u16(QCoreApplication::translate("LeaderInfo", "the stream header"));
    if (!stream.failed() && magic != streamMagic) {
        info.error = QCoreApplication::translate("LeaderInfo",
                                                 "Not Java serialization: expected AC ED at byte "
                                                 "offset 0, found %1 %2.")
                         .arg(hexByte(static_cast<quint8>(magic >> 8)),
                              hexByte(static_cast<quint8>(magic & 0xFF)));
        return info;
    }
    const quint16 version =
        stream.u16(QCoreApplication::translate("LeaderInfo", "the stream header"));
    if (!stream.failed() && version != streamVersion) {
        info.error = QCoreApplication::translate(
                         "LeaderInfo", "Unsupported serialization version %1 at byte offset 2.")
                         .arg(version);
        return info;
    }

    Reader blockData = readBlockData(stream);
    const QString addressWhat = QCoreApplication::translate("LeaderInfo", "the address");
    const QString address = stream.failed() ? QString() : blockData.utf(addressWhat);
    if (!stream.failed() && !blockData.failed() && blockData.remaining() > 0) {
        // ObjectInputStream.readObject would throw OptionalDataException here.
        blockData.fail(QCoreApplication::translate(
                           "LeaderInfo", "%1 unexpected bytes of block data after the address "
                                         "at byte offset %2.")
                           .arg(blockData.remaining())
                           .arg(blockData.originalPos()));
    }
    if (stream.failed() || blockData.failed()) {
        info.error = stream.failed() ? stream.error() : blockData.error();
        return info;
    }

    const std::optional<QUuid> sessionId = readUuid(stream);
    if (!sessionId) {
        info.error = stream.error();
        return info;
    }
    // Bytes after the UUID are ignored, as Flink's reader (readUTF, readObject) ignores them.
    info.state = State::Leader;
    info.address = address;
    info.sessionId = *sessionId;
    return info;
}
