#include "YamlSyntaxError.h"

Diagnostic YamlSyntaxError::diagnostic(const YAML::Exception &e, const QString &fileName)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.rule = QStringLiteral("yaml-syntax");
    d.file = fileName;
    d.line = e.mark.is_null() ? 0 : e.mark.line + 1;
    d.message = tr("Not valid YAML (column %1): %2")
                    .arg(e.mark.is_null() ? 0 : e.mark.column + 1)
                    .arg(QString::fromStdString(e.msg));
    return d;
}
