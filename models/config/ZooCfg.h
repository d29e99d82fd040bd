#pragma once

#include "Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// ZooKeeper's zoo.cfg (a java.util.Properties file) with its server.N lines understood.
class ZooCfg final
{
    Q_DECLARE_TR_FUNCTIONS(ZooCfg)
public:
    struct Property
    {
        QString key;
        QString value;
        int line = 0;
        friend bool operator==(const Property &a, const Property &b)
        {
            return a.key == b.key && a.value == b.value;
        }
    };
    struct Server
    {
        int id = 0;
        QString host;
        int peerPort = 2888;
        int electionPort = 3888;
        int line = 0;
    };
    struct Result;

    static Result parse(const QString &text, const QString &fileName);

    const QList<Property> &properties() const { return m_properties; }
    QString value(const QString &key, const QString &fallback = {}) const;
    void set(const QString &key, const QString &value);
    QList<Server> servers() const;
    QString toText() const;

private:
    QList<Property> m_properties;
};

struct ZooCfg::Result
{
    ZooCfg cfg;
    QList<Server> servers;
    DiagnosticList diagnostics;
};
