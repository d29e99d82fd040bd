#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    const QByteArray forced = qgetenv("FLINKDECK_LANG");
    const QLocale locale =
        forced.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(forced));
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
