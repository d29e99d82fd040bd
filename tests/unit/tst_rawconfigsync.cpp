#include "ProjectTemplates.h"
#include "RawConfigSync.h"
#include "TestData.h"

#include <QTest>

Q_DECLARE_METATYPE(ClusterProject)

/// The raw Flink configuration text and its way back into the project.
class TestRawConfigSync final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void editOneValue();
    void secretsAreRefused();
    void addAndRemoveKeys();
    void haKeyUpdatesHaSection_data();
    void haKeyUpdatesHaSection();
    void haOff();
    void explicitQuorum();
    void syntaxError_data();
    void syntaxError();
    void perHostSettingsUntouched();
};

namespace {
ClusterProject nested120()
{
    ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    p.flinkVersion = *FlinkVersion::parse(u"1.20");
    p.configStyle = ClusterProject::ConfigStyle::StandardNested;
    return p;
}

ClusterProject legacy118()
{
    ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    p.flinkVersion = *FlinkVersion::parse(u"1.18");
    return p;
}

ClusterProject applied(const ClusterProject &p, const QString &text)
{
    const RawConfigSync::Result r = RawConfigSync::apply(p, text);
    if (!r.project) {
        qWarning() << "not applied:" << TestData::rules(r.diagnostics);
        return {};
    }
    return *r.project;
}
} // namespace

void TestRawConfigSync::roundTrip_data()
{
    QTest::addColumn<ClusterProject>("project");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("ha") << ProjectTemplates::create(QStringLiteral("ha")) << "config.yaml";
    QTest::newRow("single") << ProjectTemplates::create(QStringLiteral("single")) << "config.yaml";
    QTest::newRow("seed003 (1.7 legacy)")
        << ProjectTemplates::create(QStringLiteral("seed003")) << "flink-conf.yaml";
    QTest::newRow("seed000") << ProjectTemplates::create(QStringLiteral("seed000"))
                             << "flink-conf.yaml";
    QTest::newRow("1.20 nested") << nested120() << "config.yaml";
    QTest::newRow("1.18 legacy") << legacy118() << "flink-conf.yaml";
}

void TestRawConfigSync::roundTrip()
{
    QFETCH(ClusterProject, project);
    QFETCH(QString, fileName);
    QCOMPARE(RawConfigSync::fileName(project), fileName);
    const QString text = RawConfigSync::text(project);
    QVERIFY(!text.isEmpty());
    const RawConfigSync::Result r = RawConfigSync::apply(project, text);
    QVERIFY2(r.project, qPrintable(TestData::rules(r.diagnostics).join(u',')));
    QCOMPARE(r.project->ha, project.ha);
    QCOMPARE(r.project->flinkConfig.keys(), project.flinkConfig.keys());
    QVERIFY(*r.project == project);
    QCOMPARE(RawConfigSync::text(*r.project), text);
}

void TestRawConfigSync::editOneValue()
{
    const ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    QString text = RawConfigSync::text(p);
    QVERIFY(text.contains(u"parallelism.default: 2\n"));
    text.replace(QStringLiteral("parallelism.default: 2\n"),
                 QStringLiteral("parallelism.default: 8\n"));
    const ClusterProject q = applied(p, text);
    ClusterProject expected = p;
    expected.flinkConfig.set(QStringLiteral("parallelism.default"), QStringLiteral("8"));
    QVERIFY(q == expected);
}

void TestRawConfigSync::secretsAreRefused()
{
    const ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    const QString text =
        RawConfigSync::text(p) + QStringLiteral("security.ssl.rest.truststore-password: pw\n");
    const RawConfigSync::Result r = RawConfigSync::apply(p, text);
    QVERIFY(!r.project);
    QVERIFY(TestData::rules(r.diagnostics).contains(QStringLiteral("secret-in-project")));
    QVERIFY(std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(),
                        [](const Diagnostic &d) { return d.line > 1; }));
}

void TestRawConfigSync::addAndRemoveKeys()
{
    const ClusterProject p = ProjectTemplates::create(QStringLiteral("single"));
    QString text = RawConfigSync::text(p);
    text.replace(QStringLiteral("parallelism.default: 1\n"), QStringLiteral(""));
    text += QStringLiteral("# a comment is fine\nrest.port: 8082\n");
    const ClusterProject q = applied(p, text);
    QVERIFY(!q.flinkConfig.contains(QStringLiteral("parallelism.default")));
    QCOMPARE(q.flinkConfig.value(QStringLiteral("rest.port")), QStringLiteral("8082"));
    QCOMPARE(q.flinkConfig.keys().last(), QStringLiteral("rest.port"));
    QVERIFY(q.hosts == p.hosts);
}

void TestRawConfigSync::haKeyUpdatesHaSection_data()
{
    QTest::addColumn<ClusterProject>("project");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("config.yaml flat") << ProjectTemplates::create(QStringLiteral("ha"))
                                      << "high-availability.cluster-id: /flink-ha"
                                      << "high-availability.cluster-id: /other";
    QTest::newRow("config.yaml nested") << nested120() << "cluster-id: /flink-ha"
                                        << "cluster-id: /other";
    QTest::newRow("legacy 1.7") << ProjectTemplates::create(QStringLiteral("seed003"))
                                << "high-availability.cluster-id: cluster_test"
                                << "high-availability.cluster-id: /other";
}

void TestRawConfigSync::haKeyUpdatesHaSection()
{
    QFETCH(ClusterProject, project);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString text = RawConfigSync::text(project);
    QVERIFY2(text.contains(from), qPrintable(text));
    text.replace(from, to);
    const ClusterProject q = applied(project, text);
    QCOMPARE(q.ha.clusterId, QStringLiteral("/other"));
    QCOMPARE(q.ha.mode, HaSettings::Mode::ZooKeeper);
    QVERIFY(!q.flinkConfig.contains(QStringLiteral("high-availability.cluster-id")));
    QVERIFY(q.flinkConfig == project.flinkConfig);
    QCOMPARE(q.ha.quorum, project.ha.quorum); // still derived (ha) or still explicit (seed003)
}

void TestRawConfigSync::haOff()
{
    const ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    QString text = RawConfigSync::text(p);
    text.replace(QStringLiteral("high-availability.type: zookeeper"),
                 QStringLiteral("high-availability.type: NONE"));
    const ClusterProject q = applied(p, text);
    QCOMPARE(q.ha.mode, HaSettings::Mode::None);
    // What the user wrote stays what Flink reads.
    QCOMPARE(RawConfigSync::text(q), text);
}

void TestRawConfigSync::explicitQuorum()
{
    const ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    const QString derived = p.derivedQuorum();
    QVERIFY(!derived.isEmpty());
    QString text = RawConfigSync::text(p);
    QVERIFY(text.contains(derived));
    text.replace(derived, QStringLiteral("zk-a:2181,zk-b:2181"));
    ClusterProject q = applied(p, text);
    QCOMPARE(q.ha.quorum, QStringLiteral("zk-a:2181,zk-b:2181"));
    // Writing the derived quorum back makes it derived again.
    text.replace(QStringLiteral("zk-a:2181,zk-b:2181"), derived);
    q = applied(q, text);
    QVERIFY(q.ha.quorum.isEmpty());
}

void TestRawConfigSync::syntaxError_data()
{
    QTest::addColumn<ClusterProject>("project");
    QTest::addColumn<QString>("badLine");
    QTest::newRow("config.yaml") << ProjectTemplates::create(QStringLiteral("ha"))
                                 << "rest.port: [8081";
    QTest::newRow("flink-conf.yaml")
        << ProjectTemplates::create(QStringLiteral("seed003")) << "rest.port=8081";
}

void TestRawConfigSync::syntaxError()
{
    QFETCH(ClusterProject, project);
    QFETCH(QString, badLine);
    const QString text = u"parallelism.default: 3\n"_qs + badLine + u"\nrest.address: x\n"_qs;
    const RawConfigSync::Result r = RawConfigSync::apply(project, text);
    QVERIFY(!r.project);
    QVERIFY(Diagnostics::hasErrors(r.diagnostics));
    bool lineTwo = false;
    for (const Diagnostic &d : r.diagnostics) {
        lineTwo = lineTwo || (d.severity == Diagnostic::Severity::Error && d.line >= 2);
        QVERIFY(!d.message.isEmpty());
    }
    QVERIFY2(lineTwo, qPrintable(TestData::rules(r.diagnostics).join(u',')));
}

void TestRawConfigSync::perHostSettingsUntouched()
{
    ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    p.hosts[3].flinkConfig.set(QStringLiteral("taskmanager.host"), QStringLiteral("tm1.lan"));
    const QString text = RawConfigSync::text(p);
    QVERIFY(!text.contains(u"taskmanager.host"));
    QVERIFY(!text.contains(u"numberOfTaskSlots"));
    const ClusterProject q = applied(p, text + u"rest.port: 9000\n"_qs);
    QVERIFY(q.hosts == p.hosts);
}

QTEST_GUILESS_MAIN(TestRawConfigSync)
#include "tst_rawconfigsync.moc"
