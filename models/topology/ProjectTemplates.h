#pragma once

#include "ClusterProject.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The starting points File > New offers: an empty project, a single JobManager, standalone HA
/// with a three-node ZooKeeper ensemble, and the clusters of the seed posts.
class ProjectTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectTemplates)
public:
    struct Template
    {
        QString id; ///< stable: "empty", "single", "ha", "seed000", "seed003"
        QString title;
        QString description;
    };

    static QList<Template> all();
    /// The project a template describes; an empty project for an unknown id.
    static ClusterProject create(const QString &id);
};
