#pragma once

#include "Diagnostic.h"

#include <QCoreApplication>

#include <yaml-cpp/exceptions.h>

/// The diagnostic for a file yaml-cpp cannot parse, with the line and column it stopped at.
class YamlSyntaxError final
{
    Q_DECLARE_TR_FUNCTIONS(YamlSyntaxError)
public:
    static Diagnostic diagnostic(const YAML::Exception &e, const QString &fileName);
};
