#pragma once

#include <QStringView>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace iotca::ui {

/// A bar and a word ("Weak", "Fair", "Strong", "Very strong") under a passphrase field. The estimate is a rough
/// guide for people (character classes and length, with runs and repeats discounted), not a security proof.
class PassphraseStrengthHint : public QWidget
{
    Q_OBJECT
public:
    enum class Strength { Empty, Weak, Fair, Strong, VeryStrong };

    /// The shortest passphrase a new key is protected with (New CA, Import CA with an unencrypted key).
    static constexpr int minimumLength = 12;
    /// The rule in words, shown before anything is typed ("At least 12 characters; …").
    [[nodiscard]] static QString ruleText();

    explicit PassphraseStrengthHint(QWidget* parent = nullptr);

    /// Estimated entropy in bits.
    [[nodiscard]] static double estimateBits(QStringView passphrase);
    [[nodiscard]] static Strength classify(double bits);

    [[nodiscard]] Strength strength() const { return m_strength; }

public Q_SLOTS:
    void setPassphrase(const QString& passphrase);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QProgressBar* m_bar;
    QLabel* m_label;
    Strength m_strength = Strength::Empty;
};

} // namespace iotca::ui
