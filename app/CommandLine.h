#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/// The command-line verbs (validate, render, migrate, import; deploy via DeployCommand): same binary, no display needed.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// Whether args (without the program name) start with a verb this class handles.
    static bool handles(const QStringList &args);
    /// Runs the verb; returns the process exit status.
    static int run(const QStringList &args);

private:
    static int validate(const QStringList &args, QTextStream &out, QTextStream &err);
    static int render(const QStringList &args, QTextStream &out, QTextStream &err);
    static int migrate(const QStringList &args, QTextStream &out, QTextStream &err);
    static int importConf(const QStringList &args, QTextStream &out, QTextStream &err);
};
