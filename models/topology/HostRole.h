#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// The three roles a host can play; the editor's palette and chips use these.
enum class HostRole
{
    JobManager,
    TaskManager,
    ZooKeeper
};

/// Names for roles as shown to users and as used in drag-and-drop payloads.
class HostRoles final
{
    Q_DECLARE_TR_FUNCTIONS(HostRoles)
public:
    /// "JobManager", "TaskManager", "ZooKeeper", translated.
    static QString displayName(HostRole role);
    /// Stable id for mime data and settings: "jobmanager", "taskmanager", "zookeeper".
    static QString id(HostRole role);
    static std::optional<HostRole> fromId(const QString &id);
    /// The MIME type a palette drag carries (the payload is id()).
    static QString mimeType() { return QStringLiteral("application/x-flinkdeck-role"); }
};
