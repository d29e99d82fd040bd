#include "TopologyScene.h"

#include "BandItem.h"
#include "LinkItem.h"
#include "ProjectDocument.h"
#include "StorageNodeItem.h"
#include "TopologyLayout.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSimpleTextItem>
#include <QMimeData>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <climits>

struct TopologyScene::BandSpec
{
    std::optional<HostRole> role;
    QString title;
    QString hint;
    QList<HostCardItem::Content> items;
    std::optional<StorageNodeItem::Content> external; ///< an external quorum, first in the band
    QList<QRectF> rects;                              ///< filled by placeBands()
    QRectF rect;
    int columns = 1;

    int count() const { return int(items.size()) + (external ? 1 : 0); }
};

namespace {
QString bandTitle(std::optional<HostRole> role)
{
    if (!role) {
        return TopologyScene::tr("Hosts without a role");
    }
    switch (*role) {
    case HostRole::ZooKeeper:
        return TopologyScene::tr("ZooKeeper ensemble");
    case HostRole::JobManager:
        return TopologyScene::tr("JobManagers");
    case HostRole::TaskManager:
        return TopologyScene::tr("TaskManagers");
    }
    return {};
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}
} // namespace

TopologyScene::TopologyScene(ProjectDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    // Items are placed by hand and never move, so the BSP index only costs time on refresh.
    setItemIndexMethod(NoIndex);
}

TopologyScene::~TopologyScene() = default;

QList<TopologyScene::BandSpec> TopologyScene::bandsFor() const
{
    const ClusterProject &project = m_document->project();
    const bool ha = project.ha.mode == HaSettings::Mode::ZooKeeper;
    BandSpec none{std::nullopt, bandTitle(std::nullopt), {}, {}, {}, {}, {}, 1};
    BandSpec zk{HostRole::ZooKeeper, bandTitle(HostRole::ZooKeeper), {}, {}, {}, {}, {}, 1};
    BandSpec jm{HostRole::JobManager, bandTitle(HostRole::JobManager), {}, {}, {}, {}, {}, 1};
    BandSpec tm{HostRole::TaskManager, bandTitle(HostRole::TaskManager), {}, {}, {}, {}, {}, 1};
    auto bandOf = [&](HostRole role) -> BandSpec & {
        return role == HostRole::ZooKeeper ? zk : role == HostRole::JobManager ? jm : tm;
    };

    QList<const Host *> ordered;
    ordered.reserve(project.hosts.size());
    for (const Host &h : project.hosts) {
        ordered.append(&h);
    }
    // The ensemble reads best in server-id order; other bands keep the project's order.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Host *a, const Host *b) {
        const int ia = a->zooKeeper ? a->zooKeeper->id : INT_MAX;
        const int ib = b->zooKeeper ? b->zooKeeper->id : INT_MAX;
        return ia < ib;
    });
    for (const Host *h : ordered) {
        const std::optional<HostRole> primary = RoleStyle::primaryRole(*h);
        HostCardItem::Content card{h->name, h->address, RoleStyle::chips(*h), {}, primary, false};
        if (!primary) {
            none.items.append(card);
            continue;
        }
        // ZK sorting must not reorder the other bands: they are filled in a second pass.
        if (*primary == HostRole::ZooKeeper) {
            zk.items.append(card);
        }
        if (h->zooKeeper && *primary != HostRole::ZooKeeper) {
            HostCardItem::Content ref = card;
            ref.reference = true;
            ref.band = HostRole::ZooKeeper;
            ref.note = tr("See card in %1").arg(bandTitle(primary));
            zk.items.append(ref);
        }
    }
    for (const Host &h : project.hosts) {
        const std::optional<HostRole> primary = RoleStyle::primaryRole(h);
        if (!primary) {
            continue;
        }
        HostCardItem::Content card{h.name, h.address, RoleStyle::chips(h), {}, primary, false};
        if (*primary != HostRole::ZooKeeper) {
            bandOf(*primary).items.append(card);
        }
        if (h.taskManager && *primary != HostRole::TaskManager) {
            HostCardItem::Content ref = card;
            ref.reference = true;
            ref.band = HostRole::TaskManager;
            ref.note = tr("See card in %1").arg(bandTitle(primary));
            tm.items.append(ref);
        }
    }

    QList<BandSpec> out;
    if (!none.items.isEmpty()) {
        out.append(none);
    }
    if (ha || !zk.items.isEmpty()) {
        if (zk.items.isEmpty() && !project.ha.quorum.isEmpty()) {
            StorageNodeItem::Content external;
            external.kind = StorageNodeItem::Kind::ExternalQuorum;
            external.title = tr("External ZooKeeper");
            external.rows.append({tr("Quorum"), project.ha.quorum});
            zk.external = external;
        } else if (zk.items.isEmpty()) {
            zk.hint = tr("HA needs a ZooKeeper quorum: drag the ZooKeeper role onto three hosts.");
        }
        out.append(zk);
    }
    if (jm.items.isEmpty()) {
        jm.hint = tr("No JobManager yet: drag the JobManager role from the palette onto a host.");
    }
    if (tm.items.isEmpty()) {
        tm.hint = tr("No TaskManager yet: drag the TaskManager role onto the worker hosts.");
    }
    out.append(jm);
    out.append(tm);
    return out;
}

HostCardItem *TopologyScene::takeCard(QHash<QString, HostCardItem *> &spare,
                                      QList<HostCardItem *> &orphans, const QString &key)
{
    if (HostCardItem *card = spare.take(key)) {
        return card;
    }
    // Reuse a card whose host went away (a rename keeps its card, and so its selection).
    if (!orphans.isEmpty()) {
        return orphans.takeFirst();
    }
    auto *card = new HostCardItem;
    addItem(card);
    return card;
}

void TopologyScene::refresh()
{
    const ClusterProject &project = m_document->project();
    if (project.hosts.isEmpty()) {
        // Deleting a selected card emits selectionChanged at once; nobody may find it then.
        const auto cards = std::exchange(m_cards, {});
        qDeleteAll(cards);
        qDeleteAll(m_refs);
        m_refs.clear();
        qDeleteAll(m_bands);
        m_bands.clear();
        qDeleteAll(m_links);
        m_links.clear();
        delete m_storage;
        m_storage = nullptr;
        delete m_external;
        m_external = nullptr;
        delete m_sideBand;
        m_sideBand = nullptr;
        setEmptyHint(true);
        return;
    }
    setEmptyHint(false);
    QList<BandSpec> specs = bandsFor();
    placeBands(specs);
    rebuildLinks(specs);
    QRectF bounds;
    for (const BandItem *band : std::as_const(m_bands)) {
        bounds = bounds.united(band->rect());
    }
    if (m_sideBand) {
        bounds = bounds.united(m_sideBand->rect());
    }
    for (const LinkItem *link : std::as_const(m_links)) {
        bounds = bounds.united(link->boundingRect());
    }
    setSceneRect(bounds.adjusted(-40, -40, 40, 40));
}

void TopologyScene::placeBands(QList<BandSpec> &specs)
{
    const std::optional<StorageNodeItem::Content> storage =
        StorageNodeItem::sharedStorage(m_document->project());
    const bool showStorage = storage.has_value();

    QList<int> counts;
    for (const BandSpec &spec : std::as_const(specs)) {
        counts.append(spec.count());
    }
    // The storage column starts beside the first role band, below any hosts without a role.
    const int sideFrom = specs.first().role ? 0 : 1;
    const TopologyLayout::Result layout = TopologyLayout::compute(
        counts, showStorage ? StorageNodeItem::sizeFor(*storage) : QSizeF(), sideFrom);

    QHash<QString, HostCardItem *> spareCards;
    spareCards.swap(m_cards);
    QHash<QString, HostCardItem *> spareRefs;
    spareRefs.swap(m_refs);
    // Cards of hosts that are gone (or renamed) may serve hosts that are new.
    QList<HostCardItem *> orphanCards;
    QList<HostCardItem *> orphanRefs;
    {
        QSet<QString> cardKeys;
        QSet<QString> refKeys;
        for (const BandSpec &spec : std::as_const(specs)) {
            for (const HostCardItem::Content &content : spec.items) {
                if (content.reference) {
                    refKeys.insert(HostRoles::id(*content.band) + u'/' + content.name);
                } else {
                    cardKeys.insert(content.name);
                }
            }
        }
        for (auto it = spareCards.begin(); it != spareCards.end();) {
            if (cardKeys.contains(it.key())) {
                ++it;
            } else {
                orphanCards.append(it.value());
                it = spareCards.erase(it);
            }
        }
        for (auto it = spareRefs.begin(); it != spareRefs.end();) {
            if (refKeys.contains(it.key())) {
                ++it;
            } else {
                orphanRefs.append(it.value());
                it = spareRefs.erase(it);
            }
        }
    }
    const QSizeF cardSize(TopologyLayout::cardWidth, TopologyLayout::cardHeight);
    bool externalUsed = false;
    while (m_bands.size() < specs.size()) {
        auto *band = new BandItem;
        addItem(band);
        m_bands.append(band);
    }
    while (m_bands.size() > specs.size()) {
        delete m_bands.takeLast();
    }
    for (int b = 0; b < specs.size(); ++b) {
        BandSpec &spec = specs[b];
        const TopologyLayout::Band &band = layout.bands.at(b);
        spec.rect = band.rect;
        spec.columns = band.columns;
        m_bands.at(b)->setBand(band.rect, spec.title, spec.role, spec.count(), spec.hint);
        int slot = 0;
        if (spec.external) {
            if (!m_external) {
                m_external = new StorageNodeItem;
                addItem(m_external);
            }
            m_external->setContent(*spec.external);
            m_external->setPos(band.positions.at(slot++));
            spec.rects.append(QRectF(m_external->pos(), cardSize));
            externalUsed = true;
        }
        for (const HostCardItem::Content &content : std::as_const(spec.items)) {
            HostCardItem *card = nullptr;
            if (content.reference) {
                const QString key = HostRoles::id(*content.band) + u'/' + content.name;
                card = takeCard(spareRefs, orphanRefs, key);
                m_refs.insert(key, card);
            } else {
                card = takeCard(spareCards, orphanCards, content.name);
                m_cards.insert(content.name, card);
            }
            card->setContent(content);
            applyDiagnostics(card);
            card->setPos(band.positions.at(slot++));
            spec.rects.append(QRectF(card->pos(), cardSize));
        }
    }
    qDeleteAll(spareCards);
    qDeleteAll(spareRefs);
    qDeleteAll(orphanCards);
    qDeleteAll(orphanRefs);
    if (!externalUsed) {
        delete m_external;
        m_external = nullptr;
    }

    if (showStorage) {
        if (!m_storage) {
            m_storage = new StorageNodeItem;
            addItem(m_storage);
            m_sideBand = new BandItem;
            addItem(m_sideBand);
        }
        m_storage->setContent(*storage);
        m_storage->setPos(layout.sidePosition);
        m_sideBand->setBand(layout.side, tr("Shared storage"), std::nullopt, 0, {});
    } else {
        delete m_storage;
        m_storage = nullptr;
        delete m_sideBand;
        m_sideBand = nullptr;
    }
}

void TopologyScene::rebuildLinks(const QList<BandSpec> &specs)
{
    qDeleteAll(m_links);
    m_links.clear();
    const BandSpec *zk = nullptr;
    const BandSpec *jm = nullptr;
    const BandSpec *tm = nullptr;
    for (const BandSpec &spec : specs) {
        if (spec.role == HostRole::ZooKeeper) {
            zk = &spec;
        } else if (spec.role == HostRole::JobManager) {
            jm = &spec;
        } else if (spec.role == HostRole::TaskManager) {
            tm = &spec;
        }
    }
    const QColor muted = palette().color(QPalette::Text);
    // Rows of a band: the first and the last, for links leaving upwards or downwards.
    auto firstRow = [](const BandSpec &spec) {
        return spec.rects.mid(0, spec.columns);
    };
    auto lastRow = [](const BandSpec &spec) {
        const qsizetype n = spec.rects.size();
        const qsizetype inLast = n % spec.columns == 0 ? spec.columns : n % spec.columns;
        return spec.rects.mid(n - inLast);
    };

    // JobManagers → ZooKeeper: every server and every JobManager hangs off one quorum bus.
    if (zk && jm && !zk->rects.isEmpty() && !jm->rects.isEmpty()) {
        auto *link = new LinkItem(withAlpha(RoleStyle::color(HostRole::ZooKeeper), 150),
                                  LinkItem::Style::Solid);
        const qreal busY = (zk->rect.bottom() + jm->rect.top()) / 2;
        qreal minX = 1e12;
        qreal maxX = -1e12;
        for (const QRectF &r : lastRow(*zk)) {
            link->addPolyline({QPointF(r.center().x(), r.bottom()), QPointF(r.center().x(), busY)});
            minX = std::min(minX, r.center().x());
            maxX = std::max(maxX, r.center().x());
        }
        for (const QRectF &r : firstRow(*jm)) {
            link->addPolyline({QPointF(r.center().x(), busY), QPointF(r.center().x(), r.top())});
            minX = std::min(minX, r.center().x());
            maxX = std::max(maxX, r.center().x());
        }
        link->addPolyline({QPointF(minX, busY), QPointF(maxX, busY)});
        link->setCaption(tr("ZooKeeper quorum"), QPointF(minX - 12, busY), true);
        addItem(link);
        m_links.append(link);
    }

    // TaskManagers → JobManagers: one trunk from the TaskManager band to a JobManager bus.
    if (jm && tm && !jm->rects.isEmpty() && !tm->rects.isEmpty()) {
        auto *link = new LinkItem(withAlpha(RoleStyle::color(HostRole::JobManager), 150),
                                  LinkItem::Style::Solid);
        const qreal busY = (jm->rect.bottom() + tm->rect.top()) / 2;
        qreal minX = 1e12;
        qreal maxX = -1e12;
        for (const QRectF &r : lastRow(*jm)) {
            link->addPolyline({QPointF(r.center().x(), busY), QPointF(r.center().x(), r.bottom())});
            link->addArrow(QPointF(r.center().x(), r.bottom()), QPointF(r.center().x(), busY));
            minX = std::min(minX, r.center().x());
            maxX = std::max(maxX, r.center().x());
        }
        const qreal trunkX = (minX + maxX) / 2;
        link->addPolyline({QPointF(minX, busY), QPointF(maxX, busY)});
        link->addPolyline({QPointF(trunkX, busY), QPointF(trunkX, tm->rect.top())});
        link->addDot(QPointF(trunkX, tm->rect.top()));
        link->setCaption(tr("TaskManagers register with the leader"), QPointF(minX - 12, busY),
                         true);
        addItem(link);
        m_links.append(link);
    }

    // JobManagers and TaskManagers → shared storage, entering the storage node from below.
    if (m_storage) {
        const QRectF node(m_storage->pos(), StorageNodeItem::sizeFor(m_storage->content()));
        auto route = [&](const BandSpec &from, qreal offset, LinkItem::Style style,
                         const QString &caption) {
            if (from.rects.isEmpty()) {
                return;
            }
            auto *link = new LinkItem(withAlpha(muted, 110), style);
            const QPointF start(from.rect.right(), from.rects.first().center().y());
            if (start.y() >= node.top() + 12 && start.y() <= node.bottom() - 12) {
                link->addPolyline({start, QPointF(node.left(), start.y())});
                link->addArrow(QPointF(node.left(), start.y()), start);
            } else {
                const qreal x = node.center().x() + offset;
                const QPointF corner(x, start.y());
                const QPointF end(x, node.bottom());
                link->addPolyline({start, corner, end});
                link->addArrow(end, corner);
            }
            link->setCaption(caption, QPointF(start.x() + 10, start.y() - 10), false);
            addItem(link);
            m_links.append(link);
        };
        if (jm) {
            route(*jm, -14, LinkItem::Style::Solid, tr("HA metadata, checkpoints"));
        }
        if (tm) {
            route(*tm, 14, LinkItem::Style::Dashed, tr("checkpoint data"));
        }
    }
}

void TopologyScene::setEmptyHint(bool visible)
{
    if (!visible) {
        delete m_hintTitle;
        m_hintTitle = nullptr;
        delete m_hintText;
        m_hintText = nullptr;
        return;
    }
    if (!m_hintTitle) {
        m_hintTitle = addSimpleText({});
        m_hintText = addSimpleText({});
    }
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_hintTitle->setFont(titleFont);
    m_hintTitle->setText(tr("No hosts yet"));
    m_hintTitle->setBrush(withAlpha(palette().color(QPalette::Text), 190));
    m_hintText->setText(
        tr("Add a host with “Add host”, then drag a role from the palette onto its card."));
    m_hintText->setBrush(withAlpha(palette().color(QPalette::Text), 150));
    const QRectF t = m_hintTitle->boundingRect();
    const QRectF s = m_hintText->boundingRect();
    m_hintTitle->setPos(-t.width() / 2, -t.height() - 6);
    m_hintText->setPos(-s.width() / 2, 6);
    setSceneRect(QRectF(-s.width() / 2 - 40, -t.height() - 60, s.width() + 80,
                        t.height() + s.height() + 120));
}

bool TopologyScene::showsEmptyHint() const
{
    return m_hintTitle != nullptr;
}

void TopologyScene::refreshDiagnostics()
{
    m_problems.clear();
    for (const Diagnostic &d : m_document->diagnostics()) {
        if (d.host.isEmpty()) {
            continue;
        }
        auto it = m_problems.find(d.host);
        if (it == m_problems.end()) {
            it = m_problems.insert(d.host, HostProblems{d.severity, {}});
        }
        it->worst = std::max(it->worst, d.severity);
        it->messages.append(d.message);
    }
    for (HostCardItem *card : std::as_const(m_cards)) {
        applyDiagnostics(card);
    }
    for (HostCardItem *card : std::as_const(m_refs)) {
        applyDiagnostics(card);
    }
}

void TopologyScene::applyDiagnostics(HostCardItem *card) const
{
    const auto it = m_problems.constFind(card->hostName());
    if (it == m_problems.cend()) {
        card->setDiagnostics(std::nullopt, {});
    } else {
        card->setDiagnostics(it->worst, it->messages);
    }
}

HostCardItem *TopologyScene::card(const QString &name) const
{
    return m_cards.value(name);
}

QList<HostCardItem *> TopologyScene::cards() const
{
    return m_cards.values();
}

QList<HostCardItem *> TopologyScene::referenceCards() const
{
    return m_refs.values();
}

QStringList TopologyScene::bandTitles() const
{
    QStringList out;
    for (const BandItem *band : m_bands) {
        out.append(band->title());
    }
    if (m_sideBand) {
        out.append(m_sideBand->title());
    }
    return out;
}

QStringList TopologyScene::selectedHosts() const
{
    QStringList out;
    for (const Host &h : m_document->project().hosts) {
        if (const HostCardItem *c = m_cards.value(h.name); c && c->isSelected()) {
            out.append(h.name);
        }
    }
    return out;
}

HostCardItem *TopologyScene::selectHost(const QString &name)
{
    HostCardItem *target = m_cards.value(name);
    if (target && target->isSelected() && selectedItems().size() == 1) {
        return target;
    }
    // One selectionChanged for the whole switch, not one per card.
    QSignalBlocker blocker(this);
    clearSelection();
    if (target) {
        target->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
    return target;
}

std::optional<HostRole> TopologyScene::roleFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(HostRoles::mimeType())) {
        return std::nullopt;
    }
    return HostRoles::fromId(QString::fromUtf8(mime->data(HostRoles::mimeType())).trimmed());
}

bool TopologyScene::dropRole(const QString &host, const QMimeData *mime)
{
    const std::optional<HostRole> role = roleFromMime(mime);
    return role && m_document->assignRole(host, *role);
}

void TopologyScene::activateHost(const QString &name)
{
    Q_EMIT hostActivated(name);
}

bool TopologyScene::event(QEvent *event)
{
    const bool handled = QGraphicsScene::event(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        // Cards cache their pixmaps and links take colours and caption sizes from the look.
        if (!m_cards.isEmpty() || showsEmptyHint()) {
            refresh();
        }
        const QList<QGraphicsItem *> all = items();
        for (QGraphicsItem *item : all) {
            item->update();
        }
    }
    return handled;
}

void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QString host;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == HostCardItem::Type) {
            host = static_cast<HostCardItem *>(item)->hostName();
            break;
        }
    }
    if (!host.isEmpty() && !selectedHosts().contains(host)) {
        selectHost(host);
    }
    event->accept();
    Q_EMIT contextMenuRequested(host, event->screenPos());
}
