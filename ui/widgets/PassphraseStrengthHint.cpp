#include "PassphraseStrengthHint.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace iotca::ui {

namespace {
constexpr int maximumShownBits = 128;
}

PassphraseStrengthHint::PassphraseStrengthHint(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseStrengthHint"));
    m_bar->setObjectName(QStringLiteral("passphraseStrengthBar"));
    m_bar->setRange(0, maximumShownBits);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_label->setObjectName(QStringLiteral("passphraseStrengthLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    retranslateUi();
}

QString PassphraseStrengthHint::ruleText()
{
    //: %1 is a number of characters (12)
    return tr("At least %1 characters. A few unrelated words make a strong passphrase.").arg(minimumLength);
}

double PassphraseStrengthHint::estimateBits(QStringView passphrase)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : passphrase) {
        if (c.unicode() > 0x7f)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    if (alphabet == 0)
        return 0.0;

    // Characters that repeat the previous one or continue a run ("aaaa", "1234", "abcd") add almost nothing.
    double effectiveLength = 0.0;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        if (i > 0) {
            const int step = passphrase[i].unicode() - passphrase[i - 1].unicode();
            if (step >= -1 && step <= 1) {
                effectiveLength += 0.25;
                continue;
            }
        }
        effectiveLength += 1.0;
    }
    // Few distinct characters ("abababab") cap what the length can add.
    QSet<QChar> distinct(passphrase.begin(), passphrase.end());
    effectiveLength = std::min(effectiveLength, 2.0 * static_cast<double>(distinct.size()));
    return effectiveLength * std::log2(static_cast<double>(alphabet));
}

PassphraseStrengthHint::Strength PassphraseStrengthHint::classify(double bits)
{
    if (bits <= 0.0)
        return Strength::Empty;
    if (bits < 50.0)
        return Strength::Weak;
    if (bits < 70.0)
        return Strength::Fair;
    if (bits < 100.0)
        return Strength::Strong;
    return Strength::VeryStrong;
}

void PassphraseStrengthHint::setPassphrase(const QString& passphrase)
{
    const double bits = estimateBits(passphrase);
    m_strength = classify(bits);
    m_bar->setValue(std::min(maximumShownBits, static_cast<int>(bits)));
    retranslateUi();
}

void PassphraseStrengthHint::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassphraseStrengthHint::retranslateUi()
{
    QString text;
    switch (m_strength) {
    case Strength::Empty:
        text = tr("No passphrase");
        break;
    case Strength::Weak:
        //: Passphrase strength
        text = tr("Weak");
        break;
    case Strength::Fair:
        //: Passphrase strength
        text = tr("Fair");
        break;
    case Strength::Strong:
        //: Passphrase strength
        text = tr("Strong");
        break;
    case Strength::VeryStrong:
        //: Passphrase strength
        text = tr("Very strong");
        break;
    }
    m_label->setText(text);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_bar->setAccessibleDescription(text);
    setAccessibleName(tr("Passphrase strength: %1").arg(text));
}

} // namespace iotca::ui
