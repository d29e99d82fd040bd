#pragma once

#include <QCoreApplication>
#include <QStringList>

/// `flinkdeck deploy PROJECT --plan | --apply | --action … | --rollback`: the command-line face
/// of the deploy engine the GUI's Deploy view uses.
class DeployCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)

public:
    /// Runs the verb (args start with "deploy"); returns the process exit status.
    static int run(const QStringList &args);
};
