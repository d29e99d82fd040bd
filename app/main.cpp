#include "CommandLine.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, deploy and watch Apache Flink HA clusters. "
                                            "Verbs: validate, render, migrate, import."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "A *.flinkdeck.yaml to open."));
    parser.process(app);

    MainWindow window;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openProject(positional.first());
    }
    window.show();
    if (parser.isSet(screenshot)) {
        // Give the window manager and the first paint a moment, then capture what a user sees.
        QTimer::singleShot(800, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
