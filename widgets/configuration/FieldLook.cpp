#include "FieldLook.h"

#include "ConfigSchema.h"
#include "StatusIcons.h"

#include <QColor>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace {
constexpr const char *kHelpProperty = "flinkdeckHelp";
}

void FieldLook::setProblem(QWidget *editor, const QString &message)
{
    if (message.isEmpty()) {
        editor->setStyleSheet({});
        editor->setToolTip(editor->property(kHelpProperty).toString());
        return;
    }
    const QColor red = StatusIcons::colorFor(Diagnostic::Severity::Error);
    editor->setStyleSheet(QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
                              .arg(QLatin1String(editor->metaObject()->className()), red.name()));
    editor->setToolTip(message.toHtmlEscaped());
}

void FieldLook::setHelp(QWidget *editor, const QString &toolTip)
{
    editor->setProperty(kHelpProperty, toolTip);
    if (editor->styleSheet().isEmpty()) {
        editor->setToolTip(toolTip);
    }
}

QString FieldLook::labelText(const QWidget *context, const QString &title, const QString &key)
{
    // Rich text ignores alpha, so mix the text colour into the background by hand.
    const QColor text = context->palette().color(QPalette::WindowText);
    const QColor back = context->palette().color(QPalette::Window);
    const QColor dim =
        QColor::fromRgbF((text.redF() + back.redF()) / 2, (text.greenF() + back.greenF()) / 2,
                         (text.blueF() + back.blueF()) / 2);
    return QStringLiteral("%1<br><span style=\"color:%2; font-size:small\">%3</span>")
        .arg(title.toHtmlEscaped(), dim.name(), key.toHtmlEscaped());
}

QString FieldLook::keyToolTip(const QString &key)
{
    const ConfigKeyInfo *info = ConfigSchema::builtin().find(key);
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(key.toHtmlEscaped());
    if (!info) {
        return text;
    }
    text += QStringLiteral("<p>%1</p>").arg(info->description.toHtmlEscaped());
    if (!info->defaultValue.isEmpty()) {
        text += QStringLiteral("<p>%1</p>")
                    .arg(tr("Default: %1").arg(info->defaultValue).toHtmlEscaped());
    }
    return text;
}
