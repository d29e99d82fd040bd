#pragma once

#include "Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// conf/masters and conf/workers (conf/slaves before 1.11), read as Flink's config.sh does:
/// text before the first '#', first word only, "host[:webUiPort]".
class HostListFile final
{
    Q_DECLARE_TR_FUNCTIONS(HostListFile)
public:
    struct Entry
    {
        QString host;
        int port = 0; ///< web UI port from "host:port"; 0 when none was given
        int line = 0;
        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.host == b.host && a.port == b.port;
        }
    };
    enum class Kind
    {
        Masters,
        Workers
    };

    struct Result
    {
        QList<Entry> entries;
        DiagnosticList diagnostics;
    };

    static Result parse(const QString &text, Kind kind, const QString &fileName);
    static QString write(const QList<Entry> &entries);
};
