#include "RenderedFileExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/// Exported files land under the chosen folder, whatever the project's names say.
class TestRenderedFileExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targetPath_data();
    void targetPath();
    void writeStopsAtEscape();
};

void TestRenderedFileExport::targetPath_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // relative to the folder; empty = refused
    QTest::newRow("normal") << "jm1"
                            << "/opt/flink/conf/config.yaml"
                            << "jm1/opt/flink/conf/config.yaml";
    QTest::newRow("relative path") << "jm1"
                                   << "conf/masters"
                                   << "jm1/conf/masters";
    QTest::newRow("dotdot in path") << "jm1"
                                    << "/opt/../../../etc/passwd"
                                    << "";
    QTest::newRow("dotdot host") << ".."
                                 << "/x"
                                 << "";
    QTest::newRow("slash host") << "a/b"
                                << "/x"
                                << "";
    QTest::newRow("empty host") << ""
                                << "/x"
                                << "";
    QTest::newRow("path is the host dir") << "jm1"
                                          << "/"
                                          << "";
}

void TestRenderedFileExport::targetPath()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString target = RenderedFileExport::targetPath(dir.path(), {host, path, {}, {}});
    QCOMPARE(target, expected.isEmpty() ? QString() : QDir(dir.path()).filePath(expected));
}

void TestRenderedFileExport::writeStopsAtEscape()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QStringList written;
    QString error;
    const QList<RenderedFile> files{
        {QStringLiteral("jm1"), QStringLiteral("/conf/masters"), RenderedFile::Kind::Masters,
         "jm1:8081\n"},
        {QStringLiteral("jm1"), QStringLiteral("/../../escaped"), RenderedFile::Kind::Masters,
         "x\n"},
    };
    QVERIFY(!RenderedFileExport::write(files, out, &written, &error));
    QCOMPARE(written.size(), 1);
    QVERIFY(error.contains(QStringLiteral("outside")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escaped"))));
    QFile masters(written.first());
    QVERIFY(masters.open(QIODevice::ReadOnly));
    QCOMPARE(masters.readAll(), QByteArray("jm1:8081\n"));
}

QTEST_GUILESS_MAIN(TestRenderedFileExport)
#include "tst_renderedfileexport.moc"
