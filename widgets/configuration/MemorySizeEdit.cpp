#include "MemorySizeEdit.h"

#include "FieldLook.h"
#include "MemorySize.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace {
/// Flink's spellings of each unit, the one FlinkDeck writes first.
struct Unit
{
    const char *written;
    QStringList spellings;
};

const QList<Unit> &units()
{
    static const QList<Unit> list = {
        {"", {QStringLiteral(""), QStringLiteral("b"), QStringLiteral("bytes")}},
        {"k", {QStringLiteral("k"), QStringLiteral("kb"), QStringLiteral("kibibytes")}},
        {"m", {QStringLiteral("m"), QStringLiteral("mb"), QStringLiteral("mebibytes")}},
        {"g", {QStringLiteral("g"), QStringLiteral("gb"), QStringLiteral("gibibytes")}},
        {"t", {QStringLiteral("t"), QStringLiteral("tb"), QStringLiteral("tebibytes")}},
    };
    return list;
}

constexpr int kMegabytes = 2;
} // namespace

MemorySizeEdit::MemorySizeEdit(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLineEdit(this))
    , m_unit(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_unit->addItem(tr("bytes"));
    m_unit->addItem(tr("KiB (k)"));
    m_unit->addItem(tr("MiB (m)"));
    m_unit->addItem(tr("GiB (g)"));
    m_unit->addItem(tr("TiB (t)"));
    m_unit->setCurrentIndex(kMegabytes);
    m_unit->setToolTip(tr("Unit: Flink counts in powers of 1024"));
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_number);
    connect(m_number, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(text()); });
    connect(m_unit, &QComboBox::activated, this, [this] {
        if (!m_number->text().trimmed().isEmpty()) {
            Q_EMIT edited(text());
        }
    });
}

QString MemorySizeEdit::text() const
{
    const QString number = m_number->text().trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (number.isEmpty() || !digits.match(number).hasMatch()) {
        return number; // empty, or a size with its own unit, or garbage for the caller to reject
    }
    return number + QLatin1String(units().at(m_unit->currentIndex()).written);
}

void MemorySizeEdit::setText(const QString &value)
{
    const QSignalBlocker blockNumber(m_number);
    const QSignalBlocker blockUnit(m_unit);
    static const QRegularExpression split(QStringLiteral("^\\s*([0-9]+)\\s*([A-Za-z]*)\\s*$"));
    const QRegularExpressionMatch match = split.match(value);
    QString number = value;
    if (match.hasMatch()) {
        const QString unit = match.captured(2).toLower();
        for (qsizetype i = 0; i < units().size(); ++i) {
            if (units().at(i).spellings.contains(unit)) {
                number = match.captured(1);
                m_unit->setCurrentIndex(static_cast<int>(i));
                break;
            }
        }
    }
    if (m_number->text() != number) {
        const int cursor = m_number->cursorPosition();
        m_number->setText(number);
        if (m_number->hasFocus()) {
            m_number->setCursorPosition(std::min(cursor, static_cast<int>(number.size())));
        }
    }
}

void MemorySizeEdit::setPlaceholderText(const QString &text)
{
    m_number->setPlaceholderText(text);
}

void MemorySizeEdit::setProblem(const QString &message)
{
    FieldLook::setProblem(m_number, message);
}
