#include "MigrationDialog.h"

#include "ProjectDocument.h"
#include "ProjectRenderer.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
ConfigYamlWriter::Style styleOf(const ClusterProject &project)
{
    return project.configStyle == ClusterProject::ConfigStyle::StandardNested
               ? ConfigYamlWriter::Style::Nested
               : ConfigYamlWriter::Style::Flat;
}
} // namespace

MigrationDialog::MigrationDialog(const ClusterProject &project, const FlinkVersion &target,
                                 QWidget *parent)
    : QDialog(parent)
    , m_from(project.flinkVersion)
    , m_target(target)
    , m_result(ConfigMigrator().migrate(project.flinkConfig, target, styleOf(project)))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Move to Flink %1").arg(target.toString()));
    ClusterProject moved = project;
    moved.flinkVersion = target;
    m_fileName = ProjectRenderer::flinkConfigFileName(moved);
    const QString oldFile = ProjectRenderer::flinkConfigFileName(project);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Flink %1 reads some of this project's keys differently than Flink %2. FlinkDeck can "
           "update them:")
            .arg(target.toString(), m_from.toString()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    fillTable();
    layout->addWidget(m_table, 1);
    auto *file = new QLabel(this);
    file->setWordWrap(true);
    file->setText(
        oldFile == m_fileName
            ? tr("FlinkDeck keeps writing conf/%1.").arg(m_fileName)
            : tr("FlinkDeck will write conf/%1 instead of conf/%2.").arg(m_fileName, oldFile));
    layout->addWidget(file);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply Changes"), QDialogButtonBox::AcceptRole);
    QPushButton *keep =
        buttons->addButton(tr("&Keep Keys as They Are"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Apply;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Keep;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_choice = Choice::Cancel;
        reject();
    });
    layout->addWidget(buttons);
    resize(900, 420);
}

QString MigrationDialog::kindName(ConfigMigrator::Change::Kind kind)
{
    switch (kind) {
    case ConfigMigrator::Change::Kind::Renamed:
        return tr("renamed");
    case ConfigMigrator::Change::Kind::Dropped:
        return tr("dropped");
    case ConfigMigrator::Change::Kind::Converted:
        return tr("converted");
    }
    return {};
}

void MigrationDialog::fillTable()
{
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Change"), tr("Key"), tr("Value"), tr("Reason")});
    m_table->setRowCount(static_cast<int>(m_result.changes.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const auto arrow = [](const QString &from, const QString &to) {
        return to.isEmpty() || to == from ? from : tr("%1 → %2").arg(from, to);
    };
    int row = 0;
    for (const ConfigMigrator::Change &change : m_result.changes) {
        const QString newKey = change.kind == ConfigMigrator::Change::Kind::Dropped
                                   ? tr("%1 (removed)").arg(change.key)
                                   : arrow(change.key, change.newKey);
        const QStringList cells = {
            change.line > 0 ? QString::number(change.line) : QString(),
            kindName(change.kind),
            newKey,
            arrow(change.oldValue, change.newValue),
            change.reason,
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

bool MigrationDialog::apply(ProjectDocument *document) const
{
    const FlinkVersion target = m_target;
    const FlinkConfig config = m_result.config;
    return document->edit(tr("Move to Flink %1 and migrate keys").arg(target.toString()),
                          [&](ClusterProject &p) {
                              p.flinkVersion = target;
                              p.flinkConfig = config;
                          });
}

bool MigrationDialog::carryOut(ProjectDocument *document, Choice choice) const
{
    switch (choice) {
    case Choice::Apply:
        return apply(document);
    case Choice::Keep:
        return document->setFlinkVersion(m_target);
    case Choice::Cancel:
        return false;
    }
    return false;
}
