#pragma once

#include "ClusterProject.h"

#include <QObject>

class ConfigFormSection;
class ProjectDocument;
class QLabel;
class QSpinBox;
class QTableWidget;

/// The ensemble-wide zoo.cfg timings and a read-only summary of the ZooKeeper servers (their
/// ids, ports and data folders are edited on each host).
class ZooKeeperFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZooKeeperFields)
public:
    ZooKeeperFields(ProjectDocument *document, ConfigFormSection *section);

    QSpinBox *tickTimeBox() const { return m_tickTime; }
    QSpinBox *initLimitBox() const { return m_initLimit; }
    QSpinBox *syncLimitBox() const { return m_syncLimit; }
    QTableWidget *serverTable() const { return m_servers; }
    /// Shows the project's ZooKeeper settings without editing the document.
    void refresh(const ClusterProject &project);

private:
    QSpinBox *addSpin(ConfigFormSection *section, const QString &label, const QString &suffix,
                      const QString &help, int ZooKeeperSettings::*member);

    ProjectDocument *m_document;
    ConfigFormSection *m_section;
    QSpinBox *m_tickTime = nullptr;
    QSpinBox *m_initLimit = nullptr;
    QSpinBox *m_syncLimit = nullptr;
    QTableWidget *m_servers;
    QLabel *m_empty;
};
