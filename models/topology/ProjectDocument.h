#pragma once

#include "ClusterProject.h"
#include "Diagnostic.h"
#include "HostRole.h"
#include "ProjectRenderer.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>

#include <functional>

/// One open cluster project: its content, its file, its undo history, and what validation and
/// rendering make of it. Every change goes through edit(), so every change can be undone.
/// The views observe changed(); none of them keeps its own copy of the project.
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)
public:
    explicit ProjectDocument(ClusterProject project, QString path = {}, QObject *parent = nullptr);
    ~ProjectDocument() override;

    const ClusterProject &project() const { return m_project; }
    /// The project file; empty for a project not saved yet.
    QString path() const { return m_path; }
    /// The project's name, else the file name, else "Untitled".
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }

    /// Validation findings for the current content (computed on demand, cached until the next
    /// change; diagnosticsChanged() fires shortly after each change).
    const DiagnosticList &diagnostics() const;
    /// The worst severity among diagnostics(), or nullopt when there are none.
    std::optional<Diagnostic::Severity> worstSeverity() const;
    /// Every file each host gets, for the current content (cached like diagnostics()).
    const QList<RenderedFile> &renderedFiles() const;
    /// The name diagnostics use for this project's file.
    QString diagnosticsFileName() const;

    /// Applies change to a copy of the project and pushes the result as one undoable step.
    /// Consecutive edits with the same non-empty mergeKey become one step (typing in a field).
    /// An edit that changes nothing is not recorded. Returns whether something changed.
    bool edit(const QString &text, const std::function<void(ClusterProject &)> &change,
              const QString &mergeKey = {});
    /// Replaces the whole project in one undoable step.
    bool replaceProject(const QString &text, const ClusterProject &project);

    /// Adds a host with a free name based on base ("host" when empty); returns the name.
    QString addHost(const QString &base = {});
    bool removeHost(const QString &name);
    /// Renames a host; false when the new name is empty or taken.
    bool renameHost(const QString &from, const QString &to);
    /// Replaces the host called name (which may be renamed by host.name).
    bool updateHost(const QString &name, const Host &host);
    /// Gives a host a role with sensible defaults (next free ZooKeeper id, default ports).
    bool assignRole(const QString &host, HostRole role);
    bool removeRole(const QString &host, HostRole role);
    /// How an edit joins the undo history.
    enum class Merge
    {
        Typing,  ///< consecutive edits of the same field become one step
        Separate ///< always its own step (a menu choice, a table cell, a dialog)
    };
    /// Sets a project-wide Flink key; an empty value removes it. Refuses a value for a secret
    /// key (ConfigSchema::isSecret): projects never hold credentials.
    bool setConfigValue(const QString &key, const QString &value, Merge merge = Merge::Typing);
    bool removeConfigKey(const QString &key);
    /// Renames a key keeping its value and position (a deprecated key to its replacement).
    bool renameConfigKey(const QString &from, const QString &to);
    bool setFlinkVersion(const FlinkVersion &version);
    bool setHa(const HaSettings &ha);

    /// Writes the project to path() through QSaveFile and marks the undo stack clean.
    bool save(QString *error);
    /// Writes to a new path, which becomes path().
    bool saveAs(const QString &path, QString *error);

    /// A host name not used in the project yet: base, base-2, base-3, …
    QString freeHostName(const QString &base) const;
    /// Whether a project holds a credential anywhere (Flink keys, per-host keys, zoo.cfg lines).
    static bool holdsSecret(const ClusterProject &project);
    /// Why name cannot name a host (empty, characters other than letters, digits, '.', '_', '-',
    /// "." or ".."), or empty when fine.
    /// Host names become folder names in exports, so they must be plain.
    static QString hostNameProblem(const QString &name);

Q_SIGNALS:
    /// The content changed (an edit, an undo or a redo).
    void changed();
    /// diagnostics() has new content.
    void diagnosticsChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    class EditCommand;
    void setProject(const ClusterProject &project);

    ClusterProject m_project;
    QString m_path;
    QUndoStack m_undo;
    QTimer m_validateTimer;
    mutable DiagnosticList m_diagnostics;
    mutable QList<RenderedFile> m_rendered;
    mutable bool m_diagnosticsStale = true;
    mutable bool m_renderedStale = true;
};
