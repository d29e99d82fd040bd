#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

/// Asks whether to trust a host key FlinkDeck has not seen before. Shows the key's SHA256
/// fingerprint and how to check it on the host; Cancel is the default, because trusting a
/// key unseen is how a man-in-the-middle gets in.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)
public:
    HostKeyDialog(const QString &host, const QString &address, const QString &keyType,
                  const QString &fingerprint, QWidget *parent = nullptr);

    QString fingerprint() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QString m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};
