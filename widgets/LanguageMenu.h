#pragma once

#include <QMenu>

/// View > Language: System, English, 简体中文. The choice is stored in QSettings
/// ("ui/language") and applies at the next start, where the translators are installed.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// The settings key the application reads at start-up.
    static QString settingsKey() { return QStringLiteral("ui/language"); }
};
