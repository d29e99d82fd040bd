#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class ClusterProject;

/// A service outside the host list: the shared storage (HA storageDir, checkpoint and savepoint
/// directories) or an external ZooKeeper quorum. Drawn as a card with a cylinder or a ring.
class StorageNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(StorageNodeItem)
public:
    enum
    {
        Type = UserType + 4
    };

    enum class Kind
    {
        Storage,
        ExternalQuorum
    };

    struct Content
    {
        Kind kind = Kind::Storage;
        QString title;
        QList<std::pair<QString, QString>> rows; ///< label, value ("" value = not set)
        friend bool operator==(const Content &, const Content &) = default;
    };

    explicit StorageNodeItem(QGraphicsItem *parent = nullptr);

    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    /// The shared storage of project (HA storage dir, checkpoint and savepoint dirs, titled by
    /// file system); nullopt when HA is off and no directory is set.
    static std::optional<Content> sharedStorage(const ClusterProject &project);
    /// The size the content needs (fixed width, height by rows).
    static QSizeF sizeFor(const Content &content);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Content m_content;
};
