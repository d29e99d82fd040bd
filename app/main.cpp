#include "CommandLine.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (CommandLine::handles(args)) {
        // The verbs run headless: no display, no widgets.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("FlinkDeck"));
        Translations::install(app);
        return CommandLine::run(args);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FlinkDeck"));
    QApplication::setOrganizationName(QStringLiteral("FlinkDeck"));
    Translations::install(app);
    MainWindow window;
    const QStringList positional = QApplication::arguments().mid(1);
    if (!positional.isEmpty()) {
        window.openProject(positional.first());
    }
    window.show();
    return QApplication::exec();
}
