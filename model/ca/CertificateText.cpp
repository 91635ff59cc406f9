#include "CertificateText.h"

#include <utility>

namespace iotca::model {

QString CertificateText::basicConstraints(const crypto::BasicConstraints& constraints)
{
    if (!constraints.present)
        return {};
    if (!constraints.isCa)
        return tr("Not a CA");
    if (constraints.pathLength)
        //: %1 is a number
        return tr("CA, path length %1").arg(*constraints.pathLength);
    return tr("CA, no path length limit");
}

QStringList CertificateText::keyUsages(crypto::KeyUsages usages)
{
    using crypto::KeyUsage;
    const std::pair<KeyUsage, QString> names[] = {
        {KeyUsage::DigitalSignature, tr("Digital Signature")},
        {KeyUsage::NonRepudiation, tr("Non-Repudiation")},
        {KeyUsage::KeyEncipherment, tr("Key Encipherment")},
        {KeyUsage::DataEncipherment, tr("Data Encipherment")},
        {KeyUsage::KeyAgreement, tr("Key Agreement")},
        {KeyUsage::KeyCertSign, tr("Certificate Sign")},
        {KeyUsage::CrlSign, tr("CRL Sign")},
        {KeyUsage::EncipherOnly, tr("Encipher Only")},
        {KeyUsage::DecipherOnly, tr("Decipher Only")},
    };
    QStringList bits;
    for (const auto& [flag, name] : names) {
        if (usages.testFlag(flag))
            bits << name;
    }
    return bits;
}

QString CertificateText::extendedKeyUsage(const QString& shortName)
{
    // RFC 5280 4.2.1.12's purposes, by the short names OpenSSL gives them (OBJ_nid2sn).
    if (shortName == QLatin1String("serverAuth"))
        return tr("TLS server authentication");
    if (shortName == QLatin1String("clientAuth"))
        return tr("TLS client authentication");
    if (shortName == QLatin1String("codeSigning"))
        return tr("Code signing");
    if (shortName == QLatin1String("emailProtection"))
        return tr("Email protection");
    if (shortName == QLatin1String("timeStamping"))
        return tr("Time stamping");
    if (shortName == QLatin1String("OCSPSigning"))
        return tr("OCSP signing");
    return shortName;
}

QString CertificateText::revocationReason(crypto::RevocationReason reason)
{
    using R = crypto::RevocationReason;
    switch (reason) {
    case R::Unspecified:
        return tr("Unspecified");
    case R::KeyCompromise:
        return tr("Key compromise");
    case R::CaCompromise:
        return tr("CA compromise");
    case R::AffiliationChanged:
        return tr("Affiliation changed");
    case R::Superseded:
        return tr("Superseded");
    case R::CessationOfOperation:
        return tr("Cessation of operation");
    case R::PrivilegeWithdrawn:
        return tr("Privilege withdrawn");
    case R::AaCompromise:
        return tr("AA compromise");
    }
    return crypto::revocationReasonName(reason);
}

} // namespace iotca::model
