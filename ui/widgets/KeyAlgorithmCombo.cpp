#include "KeyAlgorithmCombo.h"

#include <QEvent>

namespace iotca::ui {

using crypto::KeyAlgorithm;

KeyAlgorithmCombo::KeyAlgorithmCombo(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("keyAlgorithmCombo"));
    setAccessibleName(tr("Key type"));
    setAllowedAlgorithms(everyAlgorithm());
}

QList<KeyAlgorithm> KeyAlgorithmCombo::everyAlgorithm()
{
    return {KeyAlgorithm::EcP256, KeyAlgorithm::EcP384, KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072,
            KeyAlgorithm::Rsa4096};
}

QString KeyAlgorithmCombo::displayName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return tr("RSA 2048-bit");
    case KeyAlgorithm::Rsa3072:
        return tr("RSA 3072-bit");
    case KeyAlgorithm::Rsa4096:
        return tr("RSA 4096-bit");
    case KeyAlgorithm::EcP256:
        return tr("ECDSA P-256");
    case KeyAlgorithm::EcP384:
        return tr("ECDSA P-384");
    }
    return {};
}

void KeyAlgorithmCombo::setAllowedAlgorithms(const QList<KeyAlgorithm>& allowed, KeyAlgorithm preferred)
{
    const bool hadChoice = count() > 0;
    const KeyAlgorithm previous = hadChoice ? algorithm() : preferred;
    m_allowed = allowed;
    fill();
    if (hadChoice && m_allowed.contains(previous))
        setAlgorithm(previous);
    else if (m_allowed.contains(preferred))
        setAlgorithm(preferred);
    else
        setCurrentIndex(count() > 0 ? 0 : -1);
}

void KeyAlgorithmCombo::fill()
{
    const QSignalBlocker blocker(this);
    const int current = currentIndex() >= 0 ? currentData().toInt() : -1;
    clear();
    for (const KeyAlgorithm algorithm : std::as_const(m_allowed))
        addItem(displayName(algorithm), static_cast<int>(algorithm));
    const int index = findData(current);
    setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
}

KeyAlgorithm KeyAlgorithmCombo::algorithm() const
{
    return static_cast<KeyAlgorithm>(currentData().toInt());
}

void KeyAlgorithmCombo::setAlgorithm(KeyAlgorithm algorithm)
{
    const int index = findData(static_cast<int>(algorithm));
    if (index >= 0)
        setCurrentIndex(index);
}

void KeyAlgorithmCombo::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Key type"));
        fill();
    }
    QComboBox::changeEvent(event);
}

} // namespace iotca::ui
