#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for a key (completed from the schema) and its value.
class AddConfigKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddConfigKeyDialog)
public:
    explicit AddConfigKeyDialog(QWidget *parent = nullptr);

    QString key() const;
    QString value() const;
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *valueEdit() const { return m_value; }

private:
    void update();

    QLineEdit *m_key;
    QLineEdit *m_value;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
