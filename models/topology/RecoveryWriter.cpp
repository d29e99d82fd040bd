#include "RecoveryWriter.h"

#include "ProjectDocument.h"

RecoveryWriter::RecoveryWriter(ProjectDocument *document, RecoveryStore store, int delayMs)
    : QObject(document)
    , m_document(document)
    , m_store(std::move(store))
    , m_id(RecoveryStore::idFor(document->path()))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryWriter::flush);
    connect(document, &ProjectDocument::changed, this, [this] { m_timer.start(); });
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer.stop();
            m_store.remove(m_id);
        }
    });
    connect(document, &ProjectDocument::pathChanged, this, [this](const QString &path) {
        // The copy follows the file it belongs to.
        m_store.remove(m_id);
        m_id = RecoveryStore::idFor(path);
        if (m_document->isModified()) {
            flush();
        }
    });
}

RecoveryWriter::~RecoveryWriter() = default;

void RecoveryWriter::discard()
{
    m_discarded = true;
    m_timer.stop();
    m_store.remove(m_id);
}

void RecoveryWriter::flush()
{
    if (m_document->isModified() && !m_discarded) {
        m_store.write(m_id, m_document->path(), m_document->project());
    }
}
