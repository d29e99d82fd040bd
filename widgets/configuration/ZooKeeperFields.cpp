#include "ZooKeeperFields.h"

#include "ConfigFormSection.h"
#include "ConfigSchema.h"
#include "FieldLook.h"
#include "ProjectDocument.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>

ZooKeeperFields::ZooKeeperFields(ProjectDocument *document, ConfigFormSection *section)
    : QObject(section)
    , m_document(document)
    , m_section(section)
    , m_servers(new QTableWidget(section->widget()))
    , m_empty(nullptr)
{
    m_tickTime = addSpin(section, tr("Tick time"), tr(" ms"),
                         tr("tickTime: the basic time unit of ZooKeeper; sessions time out "
                            "after 2 to 20 ticks."),
                         &ZooKeeperSettings::tickTime);
    m_initLimit = addSpin(section, tr("Init limit"), tr(" ticks"),
                          tr("initLimit: how many ticks a follower may take to connect and sync "
                             "to the leader."),
                          &ZooKeeperSettings::initLimit);
    m_syncLimit = addSpin(section, tr("Sync limit"), tr(" ticks"),
                          tr("syncLimit: how many ticks a follower may fall behind the leader."),
                          &ZooKeeperSettings::syncLimit);

    section->addHeading(tr("Servers"));
    m_servers->setColumnCount(6);
    m_servers->setHorizontalHeaderLabels({tr("Host"), tr("ID"), tr("Client port"),
                                          tr("Quorum ports"), tr("Admin port"), tr("Data dir")});
    m_servers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_servers->setSelectionMode(QAbstractItemView::NoSelection);
    m_servers->setFocusPolicy(Qt::NoFocus);
    m_servers->verticalHeader()->hide();
    m_servers->horizontalHeader()->setStretchLastSection(true);
    m_servers->setAlternatingRowColors(true);
    m_servers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_servers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    section->form()->addRow(m_servers);
    m_empty = section->addNote(tr("No host has the ZooKeeper role yet: add it on the Topology "
                                  "page."));
    section->addNote(tr("Server ids, ports and data folders belong to each host: edit them on "
                        "the Topology page."));

    section->addHeading(tr("More zoo.cfg settings"));
    m_extra = new QPlainTextEdit(section->widget());
    m_extra->setPlaceholderText(QStringLiteral("autopurge.snapRetainCount=3\n"
                                               "autopurge.purgeInterval=24"));
    m_extra->setToolTip(tr("One key=value per line, written to every server's zoo.cfg after "
                           "the settings above. Passwords are never saved here."));
    m_extra->setTabChangesFocus(true);
    m_extra->setFixedHeight(m_extra->fontMetrics().lineSpacing() * 6 + 12);
    connect(m_extra, &QPlainTextEdit::textChanged, this, &ZooKeeperFields::extraEdited);
    section->form()->addRow(m_extra);
}

std::optional<QList<std::pair<QString, QString>>> ZooKeeperFields::parseExtra(const QString &text,
                                                                              QString *problem)
{
    QList<std::pair<QString, QString>> out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        const QString key = line.left(eq).trimmed();
        if (eq <= 0 || key.isEmpty()) {
            *problem = tr("Line %1: write key=value.").arg(i + 1);
            return std::nullopt;
        }
        if (ConfigSchema::builtin().isSecret(key)) {
            *problem =
                tr("Line %1: %2 is a secret; a project never holds secrets.").arg(i + 1).arg(key);
            return std::nullopt;
        }
        out.append({key, line.mid(eq + 1).trimmed()});
    }
    return out;
}

void ZooKeeperFields::extraEdited()
{
    QString problem;
    const auto extra = parseExtra(m_extra->toPlainText(), &problem);
    FieldLook::setProblem(m_extra, problem);
    if (!extra) {
        return; // the project keeps its last good lines until the text is fixed
    }
    m_shownExtra = *extra;
    m_document->edit(
        tr("Edit zoo.cfg settings"), [&extra](ClusterProject &p) { p.zooKeeper.extra = *extra; },
        QStringLiteral("zookeeper:extra"));
}

QSpinBox *ZooKeeperFields::addSpin(ConfigFormSection *section, const QString &label,
                                   const QString &suffix, const QString &help,
                                   int ZooKeeperSettings::*member)
{
    auto *spin = new QSpinBox(section->widget());
    spin->setRange(1, 1000000);
    spin->setSuffix(suffix);
    spin->setToolTip(help);
    spin->setMaximumWidth(
        spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000 ticks")) + 40);
    connect(spin, &QSpinBox::valueChanged, this, [this, member, label](int value) {
        m_document->edit(
            tr("Set ZooKeeper %1").arg(label),
            [member, value](ClusterProject &p) { p.zooKeeper.*member = value; },
            QStringLiteral("zookeeper:") + label);
    });
    section->addRow(label, spin);
    return spin;
}

void ZooKeeperFields::refresh(const ClusterProject &project)
{
    // The text being typed (even half-written) stays unless the project's lines changed
    // elsewhere (an undo, the raw file).
    if (project.zooKeeper.extra != m_shownExtra) {
        m_shownExtra = project.zooKeeper.extra;
        QStringList lines;
        for (const auto &[key, value] : project.zooKeeper.extra) {
            lines.append(key + QLatin1Char('=') + value);
        }
        const QSignalBlocker block(m_extra);
        m_extra->setPlainText(lines.join(u'\n'));
        FieldLook::setProblem(m_extra, {});
    }
    for (const auto &[spin, value] : {std::pair{m_tickTime, project.zooKeeper.tickTime},
                                      std::pair{m_initLimit, project.zooKeeper.initLimit},
                                      std::pair{m_syncLimit, project.zooKeeper.syncLimit}}) {
        if (spin->value() != value) {
            const QSignalBlocker block(spin);
            spin->setValue(value);
        }
    }
    const QList<const Host *> servers = project.zooKeepers();
    m_servers->setRowCount(static_cast<int>(servers.size()));
    int row = 0;
    for (const Host *host : servers) {
        const ZooKeeperRole &zk = *host->zooKeeper;
        const QStringList cells = {
            host->name,
            QString::number(zk.id),
            QString::number(zk.clientPort),
            tr("%1 / %2").arg(zk.peerPort).arg(zk.electionPort),
            zk.adminPort > 0 ? QString::number(zk.adminPort) : tr("off"),
            zk.dataDir,
        };
        for (int column = 0; column < cells.size(); ++column) {
            m_servers->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        ++row;
    }
    m_servers->resizeColumnsToContents();
    int height = m_servers->horizontalHeader()->height() + 2 * m_servers->frameWidth();
    for (int r = 0; r < m_servers->rowCount(); ++r) {
        height += m_servers->rowHeight(r);
    }
    m_servers->setFixedHeight(height);
    m_servers->horizontalHeader()->setStretchLastSection(true);
    m_section->form()->setRowVisible(m_servers, !servers.isEmpty());
    m_section->form()->setRowVisible(m_empty, servers.isEmpty());
}
