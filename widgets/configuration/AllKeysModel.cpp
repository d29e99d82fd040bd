#include "AllKeysModel.h"

#include "ConfigSchema.h"
#include "ProjectDocument.h"
#include "ProjectRenderer.h"
#include "StatusIcons.h"
#include "ValueSyntax.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

AllKeysModel::AllKeysModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    refresh();
}

int AllKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int AllKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AllKeysModel::rowOf(const QString &key) const
{
    return static_cast<int>(m_keys.indexOf(key));
}

void AllKeysModel::refresh()
{
    const ClusterProject &project = m_document->project();
    QStringList keys;
    for (const ConfigKeyInfo &info : ConfigSchema::builtin().keys()) {
        keys.append(info.key);
    }
    QStringList custom;
    for (const ConfigEntry &entry : project.flinkConfig.entries()) {
        if (!ConfigSchema::builtin().find(entry.key)) {
            custom.append(entry.key);
        }
    }
    std::sort(custom.begin(), custom.end());
    keys += custom;
    m_effective = ProjectRenderer().effectiveConfig(project);
    if (keys != m_keys) {
        beginResetModel();
        m_keys = keys;
        endResetModel();
        return;
    }
    // Same rows: repaint in place so the selection, the scroll position and an open editor stay.
    if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString AllKeysModel::status(const QString &key, const ConfigKeyInfo *info) const
{
    const ConfigSchema &schema = ConfigSchema::builtin();
    const FlinkVersion &version = m_document->project().flinkVersion;
    if (!info) {
        return schema.family(key) ? tr("custom") : tr("unknown");
    }
    if (info->removedIn(version)) {
        return tr("removed in %1").arg(info->removed.toString());
    }
    if (info->uselessIn(version)) {
        return tr("no effect");
    }
    if (info->deprecatedIn(version)) {
        return tr("deprecated since %1").arg(info->deprecated.toString());
    }
    if (!info->existsIn(version)) {
        return tr("from %1").arg(info->since.toString());
    }
    if (!info->scope.isEmpty()) {
        return tr("%1 only").arg(info->scope);
    }
    return {};
}

QVariant AllKeysModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size()) {
        return {};
    }
    const QString &key = m_keys.at(index.row());
    const ConfigKeyInfo *info = ConfigSchema::builtin().find(key);
    const FlinkConfig &config = m_document->project().flinkConfig;
    const bool set = config.contains(key);
    const bool derived = !set && m_effective.contains(key);
    switch (role) {
    case KeyRole:
        return key;
    case SearchRole:
        return info ? key + QLatin1Char('\n') + info->description : key;
    case IsSetRole:
        return set || derived ? QStringLiteral("1") : QStringLiteral("0");
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return key;
        case ValueColumn:
            return set ? config.value(key) : m_effective.value(key);
        case DefaultColumn:
            return info ? info->defaultValue : QString();
        case TypeColumn:
            return info ? ConfigKeyInfo::typeName(info->type) : QString();
        case StatusColumn:
            return status(key, info);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && derived) {
            return tr("Written from the High availability section");
        }
        if (index.column() == ValueColumn && set && info) {
            if (const auto problem = ValueSyntax::check(*info, config.value(key))) {
                return problem->message;
            }
        }
        return info ? QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                          .arg(key.toHtmlEscaped(), info->description.toHtmlEscaped())
                    : QVariant();
    case Qt::FontRole:
        if (set && index.column() <= ValueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && derived) {
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        if (index.column() == StatusColumn && info &&
            (info->removedIn(m_document->project().flinkVersion) ||
             !info->existsIn(m_document->project().flinkVersion))) {
            return StatusIcons::colorFor(Diagnostic::Severity::Error);
        }
        if (index.column() == StatusColumn && !status(key, info).isEmpty()) {
            return StatusIcons::colorFor(Diagnostic::Severity::Warning);
        }
        return {};
    default:
        return {};
    }
}

bool AllKeysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || index.row() >= m_keys.size()) {
        return false;
    }
    const QString key = m_keys.at(index.row());
    const QString text = value.toString();
    if (text == m_document->project().flinkConfig.value(key)) {
        return false;
    }
    // Same rule as the form: a value Flink would reject never reaches the project.
    if (const ConfigKeyInfo *info = ConfigSchema::builtin().find(key); info && !text.isEmpty()) {
        if (const auto problem = ValueSyntax::check(*info, text);
            problem && problem->severity == Diagnostic::Severity::Error) {
            Q_EMIT valueRejected(key,
                                 problem->suggestion.isEmpty()
                                     ? problem->message
                                     : tr("%1. %2").arg(problem->message, problem->suggestion));
            return false;
        }
    }
    return m_document->setConfigValue(key, text, ProjectDocument::Merge::Separate);
}

Qt::ItemFlags AllKeysModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn) {
        const QString &key = m_keys.at(index.row());
        // Keys the HA section writes are edited there; the file would drop a value typed here.
        // Secrets are asked for at deploy time and never typed into a project.
        if ((m_document->project().flinkConfig.contains(key) || !m_effective.contains(key)) &&
            !ConfigSchema::builtin().isSecret(key)) {
            f |= Qt::ItemIsEditable;
        }
    }
    return f;
}

QVariant AllKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case DefaultColumn:
        return tr("Default");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
