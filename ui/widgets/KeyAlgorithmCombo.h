#pragma once

#include "crypto/KeyAlgorithm.h"

#include <QComboBox>
#include <QList>

namespace iotca::ui {

/// Chooses one of the key algorithms a caller allows (a platform may accept RSA only). The item data is the
/// KeyAlgorithm as an int, so tests select with findData(int(KeyAlgorithm::EcP256)).
class KeyAlgorithmCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit KeyAlgorithmCombo(QWidget* parent = nullptr);

    /// Lists `allowed`, keeping the current choice when it is still allowed, else choosing `preferred` or the first.
    void setAllowedAlgorithms(const QList<crypto::KeyAlgorithm>& allowed,
                              crypto::KeyAlgorithm preferred = crypto::KeyAlgorithm::EcP256);
    [[nodiscard]] QList<crypto::KeyAlgorithm> allowedAlgorithms() const { return m_allowed; }

    [[nodiscard]] crypto::KeyAlgorithm algorithm() const;
    void setAlgorithm(crypto::KeyAlgorithm algorithm);

    [[nodiscard]] static QString displayName(crypto::KeyAlgorithm algorithm);
    [[nodiscard]] static QList<crypto::KeyAlgorithm> everyAlgorithm();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QList<crypto::KeyAlgorithm> m_allowed;
};

} // namespace iotca::ui
