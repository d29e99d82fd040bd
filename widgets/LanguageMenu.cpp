#include "LanguageMenu.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(settingsKey()).toString();
    // Language names are shown in their own language, as every language menu does.
    const QList<std::pair<QString, QString>> languages{
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    for (const auto &[code, name] : languages) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(settingsKey(), code);
            QMessageBox::information(parentWidget(), tr("Language"),
                                     tr("FlinkDeck will use the new language after a restart."));
        });
    }
}
