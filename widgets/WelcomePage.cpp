#include "WelcomePage.h"

#include "ProjectTemplates.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    auto *title = new QLabel(tr("FlinkDeck"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);
    auto *subtitle = new QLabel(
        tr("Design, deploy and watch Apache Flink standalone clusters with high availability."),
        this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(subtitle);
    column->addSpacing(16);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    auto *startLabel = new QLabel(tr("<b>Start a new cluster project</b>"), this);
    grid->addWidget(startLabel, 0, 0);
    auto *start = new QVBoxLayout;
    for (const ProjectTemplates::Template &t : ProjectTemplates::all()) {
        auto *button = new QCommandLinkButton(t.title, t.description, this);
        connect(button, &QCommandLinkButton::clicked, this,
                [this, id = t.id] { Q_EMIT templateChosen(id); });
        start->addWidget(button);
    }
    start->addStretch(1);
    grid->addLayout(start, 1, 0);

    grid->addWidget(new QLabel(tr("<b>Open</b>"), this), 0, 1);
    auto *right = new QVBoxLayout;
    auto *open = new QPushButton(tr("Open a project…"), this);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    right->addWidget(open);
    auto *import = new QPushButton(tr("Import a Flink conf directory…"), this);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    right->addWidget(import);
    right->addSpacing(12);
    right->addWidget(new QLabel(tr("<b>Recent projects</b>"), this));
    m_recent = new QVBoxLayout;
    right->addLayout(m_recent);
    right->addStretch(1);
    grid->addLayout(right, 1, 1);
    column->addLayout(grid);
    column->addStretch(2);
    outer->addLayout(column, 4);
    outer->addStretch(1);
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path) || shown == 6) {
            continue;
        }
        ++shown;
        auto *link = new QPushButton(QFileInfo(path).fileName(), this);
        link->setFlat(true);
        link->setStyleSheet(QStringLiteral("text-align: left"));
        link->setToolTip(QDir::toNativeSeparators(path));
        connect(link, &QPushButton::clicked, this, [this, path] { Q_EMIT recentChosen(path); });
        m_recent->addWidget(link);
    }
    if (shown == 0) {
        auto *none = new QLabel(tr("None yet."), this);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_recent->addWidget(none);
    }
}
