#include "JavaLeaderBytes.h"
#include "LeaderInfo.h"

#include <QRandomGenerator>
#include <QTest>

class TestLeaderInfo final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void javaRecords_data();
    void javaRecords();
    void layoutMatchesDesign();
    void empty();
    void truncated_data();
    void truncated();
    void truncatedLongRecord();
    void malformed_data();
    void malformed();
    void classDescReference();
    void fieldsInOtherOrder();
    void trailingBytesIgnored();
    void garbage();

private:
    QByteArray sample(const QString &name) const { return m_bytes.value(name); }

    QList<std::pair<QString, JavaLeaderBytes::Record>> m_records;
    QHash<QString, QByteArray> m_bytes;
};

namespace {

// Characters that cycle through several widths so block boundaries fall inside sequences.
QString longAddress(int length)
{
    QString address = QStringLiteral("http://");
    const QString pattern = QStringLiteral("abcdefghij0123456789-.");
    while (address.size() < length)
        address += pattern.at(address.size() % pattern.size());
    return address;
}

// The offset of needle in haystack, failing the test when it is missing.
qsizetype offsetOf(const QByteArray &haystack, const QByteArray &needle)
{
    const qsizetype at = haystack.indexOf(needle);
    if (at < 0)
        qFatal("pattern not found in the Java sample");
    return at;
}

} // namespace

void TestLeaderInfo::initTestCase()
{
    if (JavaLeaderBytes::javaExecutable().isEmpty())
        QSKIP("java is not installed: the samples must come from real Java");
    const auto uuid = [](const char *text) {
        return QUuid::fromString(QLatin1String(text));
    };
    m_records = {
        {"rest", {"http://127.0.0.11:18081", uuid("00112233-4445-5667-8899-aabbccddeeff")}},
        {"pekko dispatcher",
         {"pekko.tcp://flink@host1:6123/user/rpc/dispatcher_1",
          uuid("f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f")}},
        {"akka resource manager",
         {"akka.tcp://flink@10.0.0.5:6123/user/rpc/resourcemanager_0",
          uuid("123e4567-e89b-12d3-a456-426614174000")}},
        {"nil uuid", {"http://jm:8081", QUuid()}},
        {"empty address", {"", uuid("ffffffff-ffff-ffff-ffff-ffffffffffff")}},
        {"3000 chars", {longAddress(3000), uuid("7d444840-9dc0-11d1-b245-5ffdce74fad2")}},
        {"2100 chars (77 after 7A)",
         {longAddress(2100), uuid("a0a1a2a3-b0b1-c0c1-d0d1-d2d3d4d5d6d7")}},
        {"1022 chars (one full block)",
         {longAddress(1022), uuid("01234567-89ab-cdef-0123-456789abcdef")}},
        {"1023 chars (one byte over)",
         {longAddress(1023), uuid("89abcdef-0123-4567-89ab-cdef01234567")}},
        {"euro sign across a block boundary",
         {longAddress(1021) + QChar(0x20AC) + QStringLiteral("tail"),
          uuid("11111111-2222-3333-4444-555555555555")}},
        {"non-ASCII, U+0000 and an emoji",
         {QStringLiteral("http://b\u00FCcher.\u4F8B\u5B50.test:8081/") + QChar(0) +
              QStringLiteral("x/\U0001F600"),
          uuid("5e0f4c2a-6b1d-4e8f-9a3b-2c7d8e9f0a1b")}},
        {"65535 bytes (writeUTF maximum)",
         {longAddress(65535), uuid("deadbeef-0000-4000-8000-00000000cafe")}},
    };
    QList<JavaLeaderBytes::Record> records;
    for (const auto &[name, record] : m_records)
        records.append(record);
    QString error;
    const QList<QByteArray> bytes = JavaLeaderBytes::generate(records, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    for (qsizetype i = 0; i < bytes.size(); ++i)
        m_bytes.insert(m_records[i].first, bytes[i]);
}

void TestLeaderInfo::javaRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QUuid>("sessionId");
    for (const auto &[name, record] : m_records) {
        QTest::newRow(qPrintable(name))
            << m_bytes.value(name) << record.address << record.sessionId;
    }
}

void TestLeaderInfo::javaRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, address);
    QFETCH(QUuid, sessionId);
    const LeaderInfo info = LeaderInfo::decode(bytes);
    QVERIFY2(info.state == LeaderInfo::State::Leader, qPrintable(info.error));
    QCOMPARE(info.address.size(), address.size());
    QCOMPARE(info.address, address);
    QCOMPARE(info.sessionId, sessionId);
    QVERIFY(info.error.isEmpty());
}

void TestLeaderInfo::layoutMatchesDesign()
{
    // The byte layout design.md documents, checked against what Java wrote: the UUID's
    // descriptor lists leastSigBits first (Java sorts primitive fields by name), and the
    // values follow in that order.
    const QByteArray expected = QByteArray::fromHex(
        "aced0005"
        "7719"
        "0017687474703a2f2f3132372e302e302e31313a3138303831"
        "7372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c656173745369674269"
        "74734a000b6d6f7374536967426974737870"
        "8899aabbccddeeff"
        "0011223344455667");
    QCOMPARE(sample(QStringLiteral("rest")).toHex(), expected.toHex());

    // Long addresses: 1024-byte 7A records, the remainder in a 7A (over 255) or a 77 record.
    const QByteArray long3000 = sample(QStringLiteral("3000 chars"));
    QCOMPARE(long3000.mid(4, 5).toHex(), QByteArray("7a00000400"));
    QCOMPARE(long3000.mid(4 + 5 + 1024, 5).toHex(), QByteArray("7a00000400"));
    QCOMPARE(long3000.mid(4 + 2 * (5 + 1024), 5).toHex(), QByteArray("7a000003ba"));
    const QByteArray long2100 = sample(QStringLiteral("2100 chars (77 after 7A)"));
    QCOMPARE(long2100.mid(4 + 2 * (5 + 1024), 2).toHex(), QByteArray("7736"));

    // Modified UTF-8: U+0000 as C0 80, the emoji as two 3-byte surrogates.
    const QByteArray unicode = sample(QStringLiteral("non-ASCII, U+0000 and an emoji"));
    QVERIFY(unicode.contains(QByteArray::fromHex("2fc08078")));
    QVERIFY(unicode.contains(QByteArray::fromHex("eda0bdedb880")));
}

void TestLeaderInfo::empty()
{
    const LeaderInfo info = LeaderInfo::decode({});
    QCOMPARE(info.state, LeaderInfo::State::NoLeader);
    QVERIFY(info.address.isEmpty());
    QVERIFY(info.sessionId.isNull());
    QVERIFY(info.error.isEmpty());
}

void TestLeaderInfo::truncated_data()
{
    QTest::addColumn<int>("length");
    const QByteArray bytes = sample(QStringLiteral("pekko dispatcher"));
    for (int length = 1; length < bytes.size(); ++length)
        QTest::addRow("%d of %d bytes", length, int(bytes.size())) << length;
}

void TestLeaderInfo::truncated()
{
    QFETCH(int, length);
    const LeaderInfo info =
        LeaderInfo::decode(sample(QStringLiteral("pekko dispatcher")).left(length));
    QCOMPARE(info.state, LeaderInfo::State::Undecodable);
    QVERIFY(info.address.isEmpty());
    QVERIFY(info.sessionId.isNull());
    QVERIFY2(info.error.contains(QLatin1String("byte offset")), qPrintable(info.error));
}

void TestLeaderInfo::truncatedLongRecord()
{
    // Cuts inside every block of a multi-block record, and inside the UTF-8 of the euro sign.
    for (const QString &name :
         {QStringLiteral("3000 chars"), QStringLiteral("euro sign across a block boundary"),
          QStringLiteral("non-ASCII, U+0000 and an emoji")}) {
        const QByteArray bytes = sample(name);
        for (qsizetype length = 1; length < bytes.size(); ++length) {
            const LeaderInfo info = LeaderInfo::decode(bytes.left(length));
            if (info.state != LeaderInfo::State::Undecodable || info.error.isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 cut at %2 decoded").arg(name).arg(length)));
        }
    }
}

void TestLeaderInfo::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    const QByteArray rest = sample(QStringLiteral("rest"));
    const auto patched = [&](qsizetype at, const QByteArray &replacement) {
        QByteArray bytes = rest;
        bytes.replace(at, replacement.size(), replacement);
        return bytes;
    };
    const qsizetype className = offsetOf(rest, "java.util.UUID");
    const qsizetype object = offsetOf(rest, QByteArray::fromHex("7372000e"));
    const qsizetype endBlock = offsetOf(rest, QByteArray::fromHex("7870"));

    QTest::newRow("wrong magic") << patched(0, QByteArray::fromHex("cafe"))
                                 << "expected AC ED at byte offset 0, found CA FE";
    QTest::newRow("wrong version")
        << patched(2, QByteArray::fromHex("0004")) << "version 4 at byte offset 2";
    QTest::newRow("plain text") << QByteArray("http://127.0.0.11:18081")
                                << "Not Java serialization";
    QTest::newRow("one byte") << QByteArray::fromHex("ac") << "The data ends at byte offset 1";
    QTest::newRow("header only")
        << QByteArray::fromHex("aced0005")
        << "Expected block data (77 or 7A) at byte offset 4, found the end";
    QTest::newRow("object without address")
        << rest.left(4) + rest.mid(object)
        << "Expected block data (77 or 7A) at byte offset 4, found 73";
    QTest::newRow("block longer than the data")
        << patched(5, QByteArray::fromHex("ff")) << "The data ends at byte offset";
    QTest::newRow("address longer than its block")
        << patched(6, QByteArray::fromHex("0018")) << "The block data ends at byte offset 31";
    QTest::newRow("bytes left after the address")
        << patched(6, QByteArray::fromHex("0016")) << "1 unexpected bytes of block data";
    QTest::newRow("malformed UTF-8") << patched(10, QByteArray::fromHex("ff"))
                                     << "Malformed modified UTF-8 in the address at byte offset 10";
    QTest::newRow("lone continuation byte")
        << patched(12, QByteArray::fromHex("80")) << "at byte offset 12";
    QTest::newRow("null instead of object")
        << patched(object, QByteArray::fromHex("70")) << "found 70";
    QTest::newRow("string instead of descriptor")
        << patched(object + 1, QByteArray::fromHex("74")) << "reference (71) at byte offset 32";
    QTest::newRow("other class") << patched(className + 13, "E")
                                 << "Expected class java.util.UUID at byte offset 33, found "
                                    "java.util.UUIE";
    QTest::newRow("other serialVersionUID")
        << patched(className + 14, QByteArray::fromHex("00")) << "serialVersionUID";
    QTest::newRow("externalizable flag")
        << patched(className + 22, QByteArray::fromHex("0c")) << "class flags 0C";
    QTest::newRow("three fields") << patched(className + 23, QByteArray::fromHex("0003"))
                                  << "declares 3";
    QTest::newRow("int field") << patched(className + 25, "I") << "type 49";
    QTest::newRow("unknown field") << patched(offsetOf(rest, "leastSigBits"), "leastSigBytz")
                                   << "Unexpected field leastSigBytz";
    QTest::newRow("same field twice")
        << QByteArray(rest).replace(QByteArray(QByteArray::fromHex("4a000b") + "mostSigBits"),
                                    QByteArray(QByteArray::fromHex("4a000c") + "leastSigBits"))
        << "Unexpected field leastSigBits of type 4A at byte offset 75";
    QTest::newRow("annotation instead of end")
        << patched(endBlock, QByteArray::fromHex("77"))
        << "class annotations (78) at byte offset 89, found 77";
    QTest::newRow("superclass") << patched(endBlock + 1, QByteArray::fromHex("72"))
                                << "null superclass (70) at byte offset 90, found 72";
    QTest::newRow("bad handle") << rest.left(object + 1) + QByteArray::fromHex("71000000ff")
                                << "Invalid handle";
    QTest::newRow("UUID cut short") << rest.left(rest.size() - 1) << "while reading the UUID value";
}

void TestLeaderInfo::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const LeaderInfo info = LeaderInfo::decode(bytes);
    QCOMPARE(info.state, LeaderInfo::State::Undecodable);
    QVERIFY2(info.error.contains(errorPart), qPrintable(info.error));
    QVERIFY(info.address.isEmpty());
}

void TestLeaderInfo::classDescReference()
{
    // A back reference (71 + handle) in place of the descriptor is accepted as the UUID's.
    const QByteArray rest = sample(QStringLiteral("rest"));
    const qsizetype object = offsetOf(rest, QByteArray::fromHex("7372000e"));
    const qsizetype values = offsetOf(rest, QByteArray::fromHex("7870")) + 2;
    const QByteArray bytes =
        rest.left(object + 1) + QByteArray::fromHex("71007e0000") + rest.mid(values);
    const LeaderInfo info = LeaderInfo::decode(bytes);
    QVERIFY2(info.state == LeaderInfo::State::Leader, qPrintable(info.error));
    QCOMPARE(info.address, QStringLiteral("http://127.0.0.11:18081"));
    QCOMPARE(info.sessionId,
             QUuid::fromString(QLatin1String("00112233-4445-5667-8899-aabbccddeeff")));
}

void TestLeaderInfo::fieldsInOtherOrder()
{
    // The values follow the descriptor's field order, whatever it is.
    QByteArray bytes = sample(QStringLiteral("rest"));
    const QByteArray least = QByteArray::fromHex("4a000c") + "leastSigBits";
    const QByteArray most = QByteArray::fromHex("4a000b") + "mostSigBits";
    const qsizetype fields = offsetOf(bytes, least);
    bytes.replace(fields, least.size() + most.size(), QByteArray(most + least));
    const QByteArray values = bytes.right(16);
    bytes.chop(16);
    bytes += values.mid(8) + values.left(8);
    const LeaderInfo info = LeaderInfo::decode(bytes);
    QVERIFY2(info.state == LeaderInfo::State::Leader, qPrintable(info.error));
    QCOMPARE(info.sessionId,
             QUuid::fromString(QLatin1String("00112233-4445-5667-8899-aabbccddeeff")));
}

void TestLeaderInfo::trailingBytesIgnored()
{
    // Flink reads with readUTF() and readObject() and never looks further.
    const LeaderInfo info =
        LeaderInfo::decode(sample(QStringLiteral("rest")) + QByteArray::fromHex("787878"));
    QVERIFY2(info.state == LeaderInfo::State::Leader, qPrintable(info.error));
}

void TestLeaderInfo::garbage()
{
    // Random bytes, random bytes behind a valid header, and real records with random bytes
    // overwritten: none may crash or read out of bounds, and every failure says why.
    QRandomGenerator random(20240601);
    const QList<QByteArray> samples = m_bytes.values();
    int decoded = 0;
    for (int round = 0; round < 30000; ++round) {
        QByteArray bytes;
        switch (round % 3) {
        case 0:
            bytes.resize(random.bounded(1, 200));
            for (char &byte : bytes)
                byte = static_cast<char>(random.bounded(256));
            break;
        case 1:
            bytes = QByteArray::fromHex("aced0005") + (random.bounded(2) ? "\x77" : "\x7a");
            for (int i = random.bounded(120); i > 0; --i)
                bytes += static_cast<char>(random.bounded(256));
            break;
        default:
            bytes = samples.at(random.bounded(int(samples.size())));
            for (int i = random.bounded(1, 4); i > 0; --i)
                bytes[random.bounded(int(bytes.size()))] = static_cast<char>(random.bounded(256));
            break;
        }
        const LeaderInfo info = LeaderInfo::decode(bytes);
        QVERIFY(info.state != LeaderInfo::State::NoLeader);
        if (info.state == LeaderInfo::State::Undecodable)
            QVERIFY(!info.error.isEmpty());
        else
            ++decoded;
    }
    // Mutations inside the address or the UUID values still decode; the rest must not.
    QVERIFY(decoded > 0);
    QVERIFY(decoded < 30000);
}

QTEST_GUILESS_MAIN(TestLeaderInfo)
#include "tst_leaderinfo.moc"
