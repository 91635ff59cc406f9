#include "DeviceCertificateDetails.h"

#include "model/audit/AuditLog.h"
#include "model/ca/CaChain.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace iotca::model {

bool DeviceCertificateDetails::isOnPlatform() const
{
    return device.status == DeviceCertificateStatus::Associated
        || device.status == DeviceCertificateStatus::Inactivated;
}

Result<DeviceCertificateDetails> DeviceCertificateDetails::read(Workspace& workspace, qint64 caId,
                                                                const QString& serial)
{
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return ca.error();
    auto device = workspace.devices().find(caId, serial);
    if (!device)
        return device.error();
    if (!device->has_value())
        //: %1 is a serial number, %2 a CA name
        return Error {DeviceCertificateDetailsText::tr("The CA '%2' has no device certificate with the serial %1.")
                          .arg(serial, ca->name),
                      {},
                      QStringLiteral("NotFound")};
    auto certificate = crypto::Certificate::fromDer((*device)->certificateDer);
    if (!certificate)
        return certificate.error();
    RevocationRepository revocations(workspace);
    auto revocation = revocations.find(caId, (*device)->serialHex);
    if (!revocation)
        return revocation.error();
    auto entries = workspace.audit().entries();
    if (!entries)
        return entries.error();
    DeviceCertificateDetails details {*ca, **device, *certificate, *revocation, {}};
    const QByteArray serialBytes = details.device.serialHex.toLatin1();
    for (const AuditEntry& entry : std::as_const(*entries)) {
        const QByteArray text = QJsonDocument(entry.details).toJson(QJsonDocument::Compact);
        if (entry.objectId == QString::number(caId) && text.contains(serialBytes))
            details.history.append(entry);
    }
    return details;
}

QStringList DeviceCertificateDetails::keyUsageNames(const crypto::Certificate& certificate)
{
    static const QList<std::pair<crypto::KeyUsage, const char*>> names {
        {crypto::KeyUsage::DigitalSignature, "digitalSignature"},
        {crypto::KeyUsage::NonRepudiation, "nonRepudiation"},
        {crypto::KeyUsage::KeyEncipherment, "keyEncipherment"},
        {crypto::KeyUsage::DataEncipherment, "dataEncipherment"},
        {crypto::KeyUsage::KeyAgreement, "keyAgreement"},
        {crypto::KeyUsage::KeyCertSign, "keyCertSign"},
        {crypto::KeyUsage::CrlSign, "cRLSign"},
        {crypto::KeyUsage::EncipherOnly, "encipherOnly"},
        {crypto::KeyUsage::DecipherOnly, "decipherOnly"}};
    QStringList result;
    for (const auto& [usage, name] : names) {
        if (certificate.keyUsage().testFlag(usage))
            result.append(QString::fromLatin1(name));
    }
    return result;
}

QString DeviceCertificateDetails::colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

Result<QByteArray> DeviceCertificateDetails::pemWithChain(const Workspace& workspace,
                                                          const DeviceCertificateDetails& details, bool* complete)
{
    auto path = CaChain::pathOf(workspace, details.ca.id);
    if (!path)
        return path.error();
    if (complete)
        *complete = path->complete;
    return details.certificate.toPem() + CaChain::toPemBundle(*path);
}

Status DeviceCertificateDetails::writeFile(const Workspace& workspace, const DeviceCertificateDetails& details,
                                           const QString& filePath, ExportFormat format, bool* chainComplete)
{
    const QFileInfo target(filePath);
    if (target.exists() || target.isSymLink())
        //: %1 is a file
        return Error {DeviceCertificateDetailsText::tr("'%1' already exists; nothing was written.")
                          .arg(QDir::toNativeSeparators(filePath)),
                      {},
                      QStringLiteral("FileExists")};
    QByteArray data;
    switch (format) {
    case ExportFormat::Pem:
        data = details.certificate.toPem();
        break;
    case ExportFormat::Der:
        data = details.certificate.toDer();
        break;
    case ExportFormat::PemWithChain: {
        auto bundle = pemWithChain(workspace, details, chainComplete);
        if (!bundle)
            return bundle.error();
        data = *bundle;
        break;
    }
    }
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        //: %1 is a serial number, %2 a file
        return Error {DeviceCertificateDetailsText::tr("Cannot write the device certificate %1 to '%2'.")
                          .arg(details.device.serialHex, QDir::toNativeSeparators(filePath)),
                      file.errorString()};
    return {};
}

} // namespace iotca::model
