// The steps that hand the ceremony's results on: the key backup for custody (model/custody, as `key backup --shares`
// uses it) and the transfer bundle for the online machine (model/bundle, as `bundle export` uses it).
#include "CeremonyStepRunner.h"

#include "crypto/Certificate.h"
#include "model/bundle/TransferBundleWriter.h"
#include "model/ca/CaChain.h"
#include "model/custody/KeyBackupWriter.h"
#include "model/input/InputFile.h"
#include "model/workspace/VerificationCertificateLedger.h"

#include <QDir>
#include <QJsonArray>

namespace iotca::model {

Result<QString> CeremonyStepRunner::backUpKey(QJsonObject& details)
{
    const CeremonyCustody& custody = *m_script.custody;
    KeyBackupPlan plan;
    plan.folder = custody.out;
    plan.sharesFolder = custody.sharesOut;
    plan.threshold = custody.threshold;
    plan.shareCount = custody.shares;
    if (Status usable = KeyBackupWriter::check(plan); !usable)
        return usable.error();
    auto ca = caRecord(custody.ca);
    if (!ca)
        return ca.error();
    auto key = caKey(custody.ca);
    if (!key)
        return key.error();
    // A fresh random secret split M-of-N (chosen passphrase null): nobody at the ceremony ever sees it whole.
    auto written = KeyBackupWriter::write(m_workspace, ca->id, *key, plan, nullptr, m_printers.sharePdf);
    if (!written)
        return written.error();
    details = QJsonObject {{QStringLiteral("ca"), ca->name},
                           {QStringLiteral("folder"), custody.out},
                           {QStringLiteral("sharesFolder"), custody.sharesOut},
                           {QStringLiteral("shareSet"), written->shareSetId},
                           {QStringLiteral("threshold"), custody.threshold},
                           {QStringLiteral("shares"), custody.shares},
                           {QStringLiteral("files"), QJsonArray::fromStringList(written->files)}};
    //: %1 is a CA name, %2 a folder, %3 a share set id, %4 shares needed, %5 shares made, %6 a folder
    return tr("Backed up the key of '%1' to '%2'; its passphrase is split into the share set %3 (%4 of %5 needed), "
              "share sheets in '%6': print them, hand them out, then delete that folder.")
        .arg(ca->name, QDir::toNativeSeparators(custody.out), written->shareSetId)
        .arg(custody.threshold)
        .arg(custody.shares)
        .arg(QDir::toNativeSeparators(custody.sharesOut));
}

Result<QString> CeremonyStepRunner::writeBundle(QJsonObject& details)
{
    const CeremonyBundle& bundle = *m_script.bundle;
    auto ca = caRecord(bundle.ca);
    if (!ca)
        return ca.error();
    TransferBundleRequest request;
    request.folder = bundle.out;
    request.caName = ca->name;
    auto chainPath = CaChain::pathOf(m_workspace, ca->id);
    if (!chainPath)
        return chainPath.error();
    if (!chainPath->complete)
        //: %1 is a CA name
        return Error {tr("The issuers of the CA '%1' up to its root are not all in this workspace; the bundle carries "
                         "the whole chain.")
                          .arg(ca->name)};
    request.caCertificate = chainPath->certificates.value(0);
    request.chain = chainPath->certificates.mid(1);
    for (const QString& file : bundle.verificationCertificates) {
        const auto entry =
            std::find_if(m_script.verificationCertificates.cbegin(), m_script.verificationCertificates.cend(),
                         [&](const CeremonyVerificationCertificate& v) { return v.out == file; });
        auto bytes = InputFile::read(file, InputKind::Certificate);
        if (!bytes)
            return bytes.error();
        request.registrations.append({entry->platform, entry->code, *bytes, file});
    }
    request.associationCsvPaths = bundle.csvs;
    request.recordVerificationCertificate =
        VerificationCertificateLedger(m_workspace).recorder(ca->id, VerificationCertificatePurpose::TransferBundle);
    request.reserveVerificationSerial = VerificationCertificateLedger(m_workspace).serialReserver(ca->id);
    auto key = caKey(bundle.ca);
    if (!key)
        return key.error();
    request.caKey = *key;
    auto written = TransferBundleWriter::write(request);
    request.caKey = crypto::PrivateKey();
    if (!written)
        return written.error();
    details = QJsonObject {{QStringLiteral("ca"), ca->name},
                           {QStringLiteral("folder"), bundle.out},
                           {QStringLiteral("caSha256Fingerprint"), written->manifest.caSha256Fingerprint},
                           {QStringLiteral("files"), QJsonArray::fromStringList(written->paths)}};
    //: %1 is a CA name, %2 a folder, %3 a fingerprint, %n the number of files
    return tr("Wrote the transfer bundle of '%1' to '%2' (%n file(s) and the signed manifest; CA SHA-256 %3).", nullptr,
              int(written->manifest.files.size()))
        .arg(ca->name, QDir::toNativeSeparators(bundle.out), written->manifest.caSha256Fingerprint);
}

} // namespace iotca::model
