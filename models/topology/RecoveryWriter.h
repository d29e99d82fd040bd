#pragma once

#include "RecoveryStore.h"

#include <QObject>
#include <QTimer>

class ProjectDocument;

/// Keeps a recovery copy of one document while it has unsaved changes: written a few seconds
/// after the last edit, removed when the document is saved or when the user discards the changes
/// (discard()). Destroying the writer keeps the copy: an exit that skipped the question must not
/// lose the work.
class RecoveryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryWriter)
public:
    /// Watches document (and is owned by it); delayMs is the pause after an edit.
    RecoveryWriter(ProjectDocument *document, RecoveryStore store, int delayMs = 3000);
    ~RecoveryWriter() override;

    /// Writes the copy now if the document has unsaved changes.
    void flush();
    /// The user decided (saved elsewhere or discarded): the copy goes, and no new one is written.
    void discard();
    QString id() const { return m_id; }

private:
    ProjectDocument *m_document;
    RecoveryStore m_store;
    QString m_id;
    QTimer m_timer;
    bool m_discarded = false;
};
