#include "RevokeDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {
/// What each RFC 5280 5.3.1 reason means, in words.
QString reasonText(crypto::RevocationReason reason)
{
    using R = crypto::RevocationReason;
    switch (reason) {
    case R::Unspecified:
        return RevokeDialog::tr("Unspecified");
    case R::KeyCompromise:
        return RevokeDialog::tr("Key compromise: the device's private key may be known to others");
    case R::CaCompromise:
        return RevokeDialog::tr("CA compromise");
    case R::AffiliationChanged:
        return RevokeDialog::tr("Affiliation changed");
    case R::Superseded:
        return RevokeDialog::tr("Superseded: replaced by a new certificate");
    case R::CessationOfOperation:
        return RevokeDialog::tr("Cessation of operation: the device is retired");
    case R::PrivilegeWithdrawn:
        return RevokeDialog::tr("Privilege withdrawn");
    case R::AaCompromise:
        return RevokeDialog::tr("AA compromise");
    }
    return {};
}
} // namespace

RevokeDialog::RevokeDialog(const QString& caName, const QStringList& serials, int onPlatform, QWidget* parent)
    : ValidatingDialog(parent)
    , m_reason(new QComboBox(this))
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke Device Certificates"));
    okButton()->setText(tr("&Revoke"));
    //: %n device certificates, %1 a CA name
    QString text = tr("Revoke %n device certificate(s) of the CA '%1'? This cannot be undone: the CA's next CRL (CA → "
                      "Publish CRL…) lists them.",
                      nullptr, static_cast<int>(serials.size()))
                       .arg(caName);
    if (onPlatform > 0)
        //: %n certificates
        text += QLatin1Char(' ')
            + tr("%n of them are still active on a platform; deactivate them there too (Devices → Deactivate "
                 "Selected…).",
                 nullptr, onPlatform);
    auto* intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    for (const crypto::RevocationReason reason : crypto::allRevocationReasons())
        m_reason->addItem(
            //: %1 is the reason in words, %2 its RFC 5280 name (keyCompromise)
            tr("%1 (%2)").arg(reasonText(reason), crypto::revocationReasonName(reason)), static_cast<int>(reason));
    auto* form = new QFormLayout;
    addField(form, tr("&Reason:"), m_reason, QStringLiteral("reasonCombo"));
    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    setContent(content);
}

crypto::RevocationReason RevokeDialog::reason() const
{
    return crypto::revocationReasonFromCode(m_reason->currentData().toInt())
        .value_or(crypto::RevocationReason::Unspecified);
}

std::optional<ValidatingDialog::FieldError> RevokeDialog::validate() const
{
    return std::nullopt;
}

} // namespace iotca::ui
