// The steps that hand the ceremony's results on: the key backup for custody (model/custody, as `key backup --shares`
// uses it) and the transfer bundle for the online machine (model/bundle, as `bundle export` uses it).
#include "CeremonyRunner.h"

#include "crypto/Certificate.h"
#include "model/bundle/TransferBundleWriter.h"
#include "model/ca/CaChain.h"
#include "model/custody/KeyBackupWriter.h"
#include "model/input/InputFile.h"
#include "model/workspace/VerificationCertificateLedger.h"
#include "print/SharePdfWriter.h"

#include <QDir>
#include <QJsonArray>

namespace iotca::app {

Result<QString> CeremonyRunner::backUpKey(model::Workspace& workspace, QJsonObject& details)
{
    const model::CeremonyCustody& custody = *m_script.custody;
    model::KeyBackupPlan plan;
    plan.folder = custody.out;
    plan.sharesFolder = custody.sharesOut;
    plan.threshold = custody.threshold;
    plan.shareCount = custody.shares;
    if (Status usable = model::KeyBackupWriter::check(plan); !usable)
        return usable.error();
    auto ca = caRecord(workspace, custody.ca);
    if (!ca)
        return ca.error();
    auto key = caKey(workspace, custody.ca);
    if (!key)
        return key.error();
    // A fresh random secret split M-of-N (chosen passphrase null): nobody at the ceremony ever sees it whole.
    auto written =
        model::KeyBackupWriter::write(workspace, ca->id, *key, plan, nullptr, &print::SharePdfWriter::render);
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

Result<QString> CeremonyRunner::writeBundle(model::Workspace& workspace, QJsonObject& details)
{
    const model::CeremonyBundle& bundle = *m_script.bundle;
    auto ca = caRecord(workspace, bundle.ca);
    if (!ca)
        return ca.error();
    model::TransferBundleRequest request;
    request.folder = bundle.out;
    request.caName = ca->name;
    auto chainPath = model::CaChain::pathOf(workspace, ca->id);
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
                         [&](const model::CeremonyVerificationCertificate& v) { return v.out == file; });
        auto bytes = model::InputFile::read(file, model::InputKind::Certificate);
        if (!bytes)
            return bytes.error();
        request.registrations.append({entry->platform, entry->code, *bytes, file});
    }
    request.associationCsvPaths = bundle.csvs;
    request.recordVerificationCertificate = model::VerificationCertificateLedger(workspace).recorder(
        ca->id, model::VerificationCertificatePurpose::TransferBundle);
    auto key = caKey(workspace, bundle.ca);
    if (!key)
        return key.error();
    request.caKey = *key;
    auto written = model::TransferBundleWriter::write(request);
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

} // namespace iotca::app
