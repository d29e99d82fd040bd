#pragma once

#include "FlinkVersion.h"
#include "MigrationDialog.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>

class AllKeysPage;
class ClusterBasicsFields;
class ProjectDefaultsFields;
class ConfigFormSection;
class ConfigKeyField;
class HaFields;
class ProjectDocument;
class QListWidget;
class QStackedWidget;
class ZooKeeperFields;

/// The Flink configuration as a grouped form plus an "All keys" table.
class ConfigurationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationView)
public:
    /// How the view asks about migrating keys; the default runs the dialog modally.
    using MigrationPrompt = std::function<MigrationDialog::Choice(MigrationDialog &dialog)>;

    explicit ConfigurationView(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows and focuses the field or table row for key; false when the key is not shown.
    bool focusKey(const QString &key);
    /// Moves the project to version, first offering to migrate keys that version reads
    /// differently (what the version box does).
    void requestFlinkVersion(const FlinkVersion &version);
    /// Replaces the modal migration question (tests answer it without a dialog loop).
    void setMigrationPrompt(MigrationPrompt prompt) { m_prompt = std::move(prompt); }

    /// The form pages in navigation order (the All keys page comes after them).
    const QList<ConfigFormSection *> &sections() const { return m_sections; }
    AllKeysPage *allKeysPage() const { return m_allKeys; }
    ClusterBasicsFields *basicsFields() const { return m_basics; }
    ProjectDefaultsFields *defaultsFields() const { return m_defaults; }
    HaFields *haFields() const { return m_ha; }
    ZooKeeperFields *zooKeeperFields() const { return m_zooKeeper; }
    /// The form field whose key is key, or nullptr.
    ConfigKeyField *field(const QString &key) const;
    /// The index of the page shown (sections first, All keys last).
    int currentPage() const;
    /// Shows page index (sections first, All keys last).
    void setCurrentPage(int index);

private:
    ConfigFormSection *addSection(const QString &title, const QString &intro);
    void buildBasics();
    void buildProjectDefaults();
    void buildHighAvailability();
    void buildZooKeeper();
    void buildState();
    void buildMemory();
    void buildNetwork();
    void buildSecurity();
    void refresh();
    void reveal(ConfigFormSection *section, QWidget *widget);

    ProjectDocument *m_document;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QList<ConfigFormSection *> m_sections;
    QSet<QString> m_fieldKeys;
    ClusterBasicsFields *m_basics = nullptr;
    ProjectDefaultsFields *m_defaults = nullptr;
    HaFields *m_ha = nullptr;
    ConfigFormSection *m_haSection = nullptr;
    ZooKeeperFields *m_zooKeeper = nullptr;
    AllKeysPage *m_allKeys = nullptr;
    MigrationPrompt m_prompt;
};
