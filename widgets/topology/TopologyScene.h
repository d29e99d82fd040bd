#pragma once

#include "HostCardItem.h"
#include "HostRole.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <optional>

class BandItem;
class LinkItem;
class ProjectDocument;
class QGraphicsSimpleTextItem;
class QMimeData;
class StorageNodeItem;

/// The topology as graphics items: bands for hosts without roles, the ZooKeeper ensemble,
/// the JobManagers and the TaskManagers, a shared storage node beside them, and light links.
/// Refreshing updates items in place (keyed by host name), so selection survives and hundreds
/// of hosts refresh quickly.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)
public:
    explicit TopologyScene(ProjectDocument *document, QObject *parent = nullptr);
    ~TopologyScene() override;

    /// Lays the project out again from the document.
    void refresh();
    /// Puts the document's diagnostics on the cards as badges.
    void refreshDiagnostics();

    /// The host's own card (not a reference card), or nullptr.
    HostCardItem *card(const QString &name) const;
    /// Every host card (reference cards excluded), in no particular order.
    QList<HostCardItem *> cards() const;
    /// Reference cards: hosts shown again in a band of a secondary role.
    QList<HostCardItem *> referenceCards() const;
    /// Band titles, top to bottom, then the side band's.
    QStringList bandTitles() const;
    StorageNodeItem *storageNode() const { return m_storage; }
    QList<LinkItem *> links() const { return m_links; }
    /// Whether the empty-project hint is showing.
    bool showsEmptyHint() const;

    /// The names of the selected hosts, in project order.
    QStringList selectedHosts() const;
    /// Selects only the host's card; returns it (nullptr for an unknown host).
    HostCardItem *selectHost(const QString &name);

    /// The role a palette drag carries, if mime is one.
    static std::optional<HostRole> roleFromMime(const QMimeData *mime);
    /// Gives host the role mime carries (a drop from the palette); false when nothing changed.
    bool dropRole(const QString &host, const QMimeData *mime);
    /// Reports a double-click on a host's card.
    void activateHost(const QString &name);

Q_SIGNALS:
    /// A card was double-clicked.
    void hostActivated(const QString &name);
    /// A context menu was asked for over a card (host) or the background (host empty).
    void contextMenuRequested(const QString &host, const QPoint &screenPos);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    struct BandSpec;
    QList<BandSpec> bandsFor() const;
    void placeBands(QList<BandSpec> &specs);
    void rebuildLinks(const QList<BandSpec> &specs);
    void setEmptyHint(bool visible);
    void applyDiagnostics(HostCardItem *card) const;
    HostCardItem *takeCard(QHash<QString, HostCardItem *> &spare, QList<HostCardItem *> &orphans,
                           const QString &key);

    ProjectDocument *m_document;
    QHash<QString, HostCardItem *> m_cards;
    QHash<QString, HostCardItem *> m_refs; ///< keyed by "<role id>/<host>"
    QList<BandItem *> m_bands;
    StorageNodeItem *m_storage = nullptr;
    StorageNodeItem *m_external = nullptr;
    BandItem *m_sideBand = nullptr;
    QList<LinkItem *> m_links;
    QGraphicsSimpleTextItem *m_hintTitle = nullptr;
    QGraphicsSimpleTextItem *m_hintText = nullptr;
    struct HostProblems
    {
        Diagnostic::Severity worst = Diagnostic::Severity::Info;
        QStringList messages;
    };
    QHash<QString, HostProblems> m_problems;
};
