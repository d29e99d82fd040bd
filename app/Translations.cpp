#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    // FLINKDECK_LANG (tests, screenshots) beats the language chosen in the menu, which beats
    // the system locale.
    QString chosen = QString::fromLocal8Bit(qgetenv("FLINKDECK_LANG"));
    if (chosen.isEmpty()) {
        chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    }
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("flinkdeck"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace Translations
