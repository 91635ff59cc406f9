#include "RenewCaDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotca::ui {

RenewCaDialog::RenewCaDialog(const QString& caName, const QString& signerName, bool registered, QWidget* parent)
    : ValidatingDialog(parent)
    , m_days(new QSpinBox(this))
{
    setObjectName(QStringLiteral("renewCaDialog"));
    setWindowTitle(tr("Renew CA"));
    okButton()->setText(tr("&Renew"));
    //: %1 is a CA name
    QString text = tr("Renews the certificate of '%1' with the same subject and key: a new serial number and validity, "
                      "and the device certificates it issued keep verifying.")
                       .arg(caName);
    if (signerName != caName)
        //: %1 is the name of the issuing CA
        text += QLatin1Char(' ')
            + tr("Its issuer '%1' signs the new certificate; its passphrase is asked.").arg(signerName);
    if (registered)
        text += QLatin1Char(' ')
            + tr("The platforms know a CA certificate by its content: register the renewed certificate there again.");
    auto* intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    // 36,500 days is the longest validity we issue (CertificateProfile).
    m_days->setRange(1, 36500);
    m_days->setValue(3650);
    auto* form = new QFormLayout;
    addField(form, tr("&Valid for (days):"), m_days, QStringLiteral("daysSpin"));
    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    setContent(content);
}

int RenewCaDialog::validityDays() const
{
    return m_days->value();
}

std::optional<ValidatingDialog::FieldError> RenewCaDialog::validate() const
{
    return std::nullopt;
}

} // namespace iotca::ui
