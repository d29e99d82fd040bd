#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

/// The shared look of configuration fields: the red frame of rejected input and dim key labels.
class FieldLook final
{
    Q_DECLARE_TR_FUNCTIONS(FieldLook)
public:
    /// Frames editor in red with message as its tooltip; an empty message restores the editor.
    static void setProblem(QWidget *editor, const QString &message);
    /// Sets the tooltip shown while the editor has no problem.
    static void setHelp(QWidget *editor, const QString &toolTip);
    /// Rich text for a form label: the title over the key name in a dim small font.
    static QString labelText(const QWidget *context, const QString &title, const QString &key);
    /// The key's schema description (and default) as a tooltip paragraph.
    static QString keyToolTip(const QString &key);
};
