#pragma once

#include "ClusterProject.h"
#include "ConfigMigrator.h"

#include <QDialog>

class ProjectDocument;
class QTableWidget;

/// Shows what moving a project to another Flink version does to its keys (renamed, dropped,
/// converted, each with the reason) and which file is written, and applies it as one step.
class MigrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationDialog)
public:
    enum class Choice
    {
        Apply, ///< change the version and migrate the keys
        Keep,  ///< change the version, keep the keys as they are
        Cancel ///< stay on the current version
    };

    MigrationDialog(const ClusterProject &project, const FlinkVersion &target,
                    QWidget *parent = nullptr);

    /// What the migrator proposes.
    const ConfigMigrator::Result &result() const { return m_result; }
    FlinkVersion target() const { return m_target; }
    /// The conf/ file the project renders to after the move.
    QString fileName() const { return m_fileName; }
    QTableWidget *table() const { return m_table; }
    /// The button the user pressed (Cancel until one is).
    Choice choice() const { return m_choice; }
    /// Sets the version and replaces the keys with the migrated ones, as one undo step.
    bool apply(ProjectDocument *document) const;
    /// Carries out choice on document: Apply migrates, Keep only sets the version.
    bool carryOut(ProjectDocument *document, Choice choice) const;
    /// Localised name of a change kind ("renamed", "dropped", "converted").
    static QString kindName(ConfigMigrator::Change::Kind kind);

private:
    void fillTable();

    FlinkVersion m_from;
    FlinkVersion m_target;
    ConfigMigrator::Result m_result;
    QString m_fileName;
    QTableWidget *m_table;
    Choice m_choice = Choice::Cancel;
};
