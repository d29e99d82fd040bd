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
        QCoreApplication::setOrganizationName(QStringLiteral("FlinkDeck"));
        Translations::install(app);
        return CommandLine::run(args);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FlinkDeck"));
    QApplication::setOrganizationName(QStringLiteral("FlinkDeck"));
    QApplication::setApplicationVersion(QStringLiteral(FLINKDECK_VERSION));
    Translations::install(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, deploy and watch Apache Flink HA clusters. "
                                            "Verbs: validate, render, migrate, import, deploy."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a PNG of each page (topology, configuration, files) into DIR and quit."),
        QStringLiteral("DIR"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(
        QStringLiteral("projects"),
        QCoreApplication::translate("main", "*.flinkdeck.yaml files to open."),
        QStringLiteral("[PROJECT…]"));
    parser.process(app);

    MainWindow window;
    const bool screenshots = parser.isSet(screenshot);
    window.setInteractive(!screenshots);
    if (screenshots) {
        window.resize(1280, 800);
    }
    for (const QString &path : parser.positionalArguments()) {
        window.openProject(path);
    }
    window.show();
    if (screenshots) {
        // Give the first paint a moment, then capture what a user sees.
        QTimer::singleShot(500, &window, [&window, dir = parser.value(screenshot)] {
            const bool saved = window.saveScreenshots(dir);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return QApplication::exec();
}
