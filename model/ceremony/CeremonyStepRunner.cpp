#include "CeremonyStepRunner.h"

#include "CeremonyRecordWriter.h"
#include "CeremonyScriptChecks.h"

#include "crypto/Certificate.h"
#include "crypto/KeyAlgorithm.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/VerificationCertificateFile.h"
#include "model/files/OwnerOnlyDirectory.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace iotca::model {

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString fingerprintOf(const CaRecord& ca)
{
    auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    return certificate ? crypto::Certificate::fingerprintText(certificate->sha256Fingerprint()) : QString();
}

} // namespace

CeremonyStepRunner::CeremonyStepRunner(Workspace& workspace, CeremonyScript script, QString scriptPath,
                                       CeremonyFrontEnd& frontEnd, CeremonyPrinters printers)
    : m_workspace(workspace)
    , m_script(std::move(script))
    , m_scriptPath(std::move(scriptPath))
    , m_frontEnd(frontEnd)
    , m_printers(std::move(printers))
{ }

QList<CeremonyStepRecord> CeremonyStepRunner::plannedSteps(const CeremonyScript& script)
{
    QList<CeremonyStepRecord> steps;
    const auto add = [&](const QString& kind, const QString& description) {
        CeremonyStepRecord step;
        step.number = int(steps.size()) + 1;
        step.kind = kind;
        step.description = description;
        steps.append(step);
    };
    for (const CeremonyNewCa& ca : script.newCas) {
        const QString days = QString::number(ca.days);
        if (ca.issuer.isEmpty())
            //: %1 is a CA name, %2 a subject, %3 a key type, %4 a number of days
            add(QStringLiteral("create-ca"),
                tr("Create the root CA '%1' (%2, key %3, %4 days)").arg(ca.name, ca.subject, ca.key, days));
        else
            //: %1 is a CA name, %2 the issuing CA, %3 a subject, %4 a key type, %5 a number of days
            add(QStringLiteral("create-ca"),
                tr("Create the intermediate CA '%1' under '%2' (%3, key %4, %5 days)")
                    .arg(ca.name, ca.issuer, ca.subject, ca.key, days));
    }
    for (const CeremonyVerificationCertificate& entry : script.verificationCertificates)
        //: %1 is a CA name, %2 a registration code, %3 a file
        add(QStringLiteral("verification-certificate"),
            tr("Make the verification certificate of '%1' for the registration code %2 into '%3'")
                .arg(entry.ca, entry.code, nativePath(entry.out)));
    for (const CeremonyDeviceBatch& batch : script.deviceBatches) {
        const int count = int(CeremonyScriptChecks::deviceNames(batch).size());
        //: %n devices, %1 a product, %2 a CA name, %3 a folder
        add(QStringLiteral("device-batch"),
            tr("Issue %n device certificate(s) for the product '%1' from '%2' into '%3'", nullptr, count)
                .arg(batch.product, batch.ca, nativePath(batch.out)));
    }
    if (script.custody)
        //: %1 is a CA name, %2 a folder, %3 shares needed, %4 shares made, %5 a folder
        add(QStringLiteral("key-backup"),
            tr("Back up the key of '%1' to '%2', its passphrase split into %4 shares (%3 needed) into '%5'")
                .arg(script.custody->ca, nativePath(script.custody->out))
                .arg(script.custody->threshold)
                .arg(script.custody->shares)
                .arg(nativePath(script.custody->sharesOut)));
    if (script.bundle)
        //: %1 is a CA name, %2 a folder
        add(QStringLiteral("transfer-bundle"),
            tr("Write the transfer bundle of '%1' to '%2'").arg(script.bundle->ca, nativePath(script.bundle->out)));
    //: %1 is a folder, %2 a CA name
    add(QStringLiteral("record"),
        tr("Write the ceremony record to '%1', signed by '%2'")
            .arg(nativePath(script.recordOut), script.recordSigner()));
    return steps;
}

Status CeremonyStepRunner::start()
{
    m_record.emplace(m_script, m_scriptPath, m_workspace.folder());
    if (Status started = m_record->start(m_workspace); !started)
        return started;
    m_record->steps() = plannedSteps(m_script);
    for (const QString& name : m_script.existingCas) {
        if (auto ca = caRecord(name))
            m_record->addCa(*ca, QStringLiteral("used"));
    }
    m_next = 0;
    m_stopped = false;
    return {};
}

int CeremonyStepRunner::stepCount() const
{
    return m_record ? int(m_record->steps().size()) : 0;
}

int CeremonyStepRunner::nextStepIndex() const
{
    return m_stopped ? stepCount() - 1 : m_next;
}

Result<QString> CeremonyStepRunner::runNextStep()
{
    const int index = nextStepIndex();
    if (!m_record || index + 1 >= stepCount())
        return Error {tr("There is no step left to run before the record.")};
    CeremonyStepRecord& step = m_record->steps()[index];
    auto result = runStep(step, index);
    if (!result) {
        step.state = CeremonyStepRecord::State::Failed;
        step.result = result.error().message;
        if (!result.error().detail.isEmpty())
            step.details.insert(QStringLiteral("errorDetail"), result.error().detail);
        step.details.insert(QStringLiteral("errorCode"), result.error().code);
        m_stopped = true;
        return result;
    }
    step.state = CeremonyStepRecord::State::Done;
    step.result = *result;
    ++m_next;
    return result;
}

Result<QStringList> CeremonyStepRunner::writeRecord()
{
    if (!m_record)
        return Error {tr("The ceremony was not started.")};
    const bool stoppedEarly = m_record->stoppedAtStep() > 0;
    std::optional<crypto::PrivateKey> signingKey;
    std::optional<CaRecord> signer;
    // The signer's key is not asked for again after a failure: a wrong passphrase must not be retried unseen.
    if (auto ca = caRecord(m_script.recordSigner())) {
        signer = *ca;
        if (m_keys.count(ca->name) > 0 || !stoppedEarly) {
            auto key = caKey(ca->name);
            if (key)
                signingKey = *key;
            else
                m_record->setUnsigned(key.error().message);
        } else {
            //: %1 is a CA name
            m_record->setUnsigned(tr("The key of '%1' was not unlocked before the ceremony stopped.").arg(ca->name));
        }
    } else {
        m_record->setUnsigned(ca.error().message);
    }
    return CeremonyRecordWriter::write(m_workspace, *m_record, m_script.recordOut, signingKey ? &*signingKey : nullptr,
                                       signer ? &*signer : nullptr, m_printers.recordPdf);
}

Result<QString> CeremonyStepRunner::runStep(CeremonyStepRecord& step, int index)
{
    // Steps are numbered in the order plannedSteps() makes them: CAs, verification certificates, device batches,
    // the backup, the bundle.
    qsizetype offset = index;
    if (offset < m_script.newCas.size())
        return createCa(m_script.newCas.at(offset), step.details);
    offset -= m_script.newCas.size();
    if (offset < m_script.verificationCertificates.size())
        return makeVerificationCertificate(m_script.verificationCertificates.at(offset), step.details);
    offset -= m_script.verificationCertificates.size();
    if (offset < m_script.deviceBatches.size())
        return issueDevices(m_script.deviceBatches.at(offset), step.details);
    if (step.kind == QLatin1String("key-backup"))
        return backUpKey(step.details);
    return writeBundle(step.details);
}

Result<CaRecord> CeremonyStepRunner::caRecord(const QString& name) const
{
    auto found = m_workspace.cas().findByName(name);
    if (!found)
        return found.error();
    if (!found.value())
        //: %1 is a CA name, %2 a folder
        return Error {tr("There is no CA named '%1' in the workspace '%2'.")
                          .arg(name, QDir::toNativeSeparators(m_workspace.folder()))};
    return std::move(*found.value());
}

Result<crypto::PrivateKey> CeremonyStepRunner::caKey(const QString& name)
{
    if (const auto cached = m_keys.find(name); cached != m_keys.end())
        return cached->second;
    auto ca = caRecord(name);
    if (!ca)
        return ca.error();
    auto key = m_frontEnd.unlockCaKey(m_workspace, *ca);
    if (!key)
        return key.error();
    m_keys.emplace(name, *key);
    return key;
}

Result<QString> CeremonyStepRunner::createCa(const CeremonyNewCa& ca, QJsonObject& details)
{
    NewCaParameters parameters;
    parameters.name = ca.name;
    auto subject = crypto::DistinguishedName::parse(ca.subject);
    if (!subject)
        return subject.error();
    parameters.subject = std::move(*subject);
    const auto algorithm = crypto::parseKeyAlgorithm(ca.key);
    if (!algorithm)
        return Error {tr("Unknown key type '%1'.").arg(ca.key)};
    parameters.algorithm = *algorithm;
    parameters.validityDays = ca.days;
    parameters.pathLength = ca.pathLength;
    // The issuer's key first: a wrong passphrase stops here, before a new passphrase is asked or a key generated.
    std::optional<crypto::PrivateKey> issuerKey;
    std::optional<CaRecord> issuer;
    if (!ca.issuer.isEmpty()) {
        auto found = caRecord(ca.issuer);
        if (!found)
            return found.error();
        auto key = caKey(ca.issuer);
        if (!key)
            return key.error();
        issuer = std::move(*found);
        issuerKey = std::move(*key);
    }
    auto passphrase = m_frontEnd.newCaPassphrase(ca.name);
    if (!passphrase)
        return passphrase.error();
    auto caId = issuer ? CaCreator::createIntermediate(m_workspace, parameters, *passphrase, issuer->id, *issuerKey)
                       : CaCreator::createRoot(m_workspace, parameters, *passphrase);
    if (!caId)
        return caId.error();
    auto created = m_workspace.cas().get(*caId);
    if (!created)
        return created.error();
    m_record->addCa(*created, QStringLiteral("created"));
    if (issuer)
        m_record->addCa(*issuer, QStringLiteral("used"));
    // The new key is kept unlocked for the later steps (and the record's signature) of this ceremony only.
    auto key = CaKeyAccess::unlock(*created, *passphrase);
    if (!key)
        return key.error();
    m_keys.emplace(ca.name, *key);
    const QString fingerprint = fingerprintOf(*created);
    details = QJsonObject {{QStringLiteral("ca"), created->name},
                           {QStringLiteral("serial"), created->serialHex},
                           {QStringLiteral("sha256Fingerprint"), fingerprint},
                           {QStringLiteral("keyType"), created->keyAlgorithm},
                           {QStringLiteral("notAfter"), created->notAfter.toString(Qt::ISODate)}};
    //: %1 is a CA name, %2 a serial number, %3 a fingerprint
    return tr("Created the CA '%1', serial %2, SHA-256 %3.").arg(created->name, created->serialHex, fingerprint);
}

Result<QString> CeremonyStepRunner::makeVerificationCertificate(const CeremonyVerificationCertificate& entry,
                                                                QJsonObject& details)
{
    auto ca = caRecord(entry.ca);
    if (!ca)
        return ca.error();
    auto key = caKey(entry.ca);
    if (!key)
        return key.error();
    if (Status folder = OwnerOnlyDirectory::ensure(QFileInfo(entry.out).absolutePath()); !folder)
        return folder.error();
    auto written = VerificationCertificateFile::write(m_workspace, ca->id, *key, entry.code, entry.days, entry.out);
    if (!written)
        return written.error();
    details = QJsonObject {{QStringLiteral("ca"), ca->name},
                           {QStringLiteral("registrationCode"), entry.code},
                           {QStringLiteral("platform"), entry.platform},
                           {QStringLiteral("file"), entry.out},
                           {QStringLiteral("serial"), written->certificate.serialNumberHex()}};
    QString result = tr("Wrote '%1' (serial %2).").arg(nativePath(entry.out), written->certificate.serialNumberHex());
    if (!written->warning.isEmpty())
        result += QLatin1Char(' ') + written->warning;
    return result;
}

Result<QString> CeremonyStepRunner::issueDevices(const CeremonyDeviceBatch& batch, QJsonObject& details)
{
    auto ca = caRecord(batch.ca);
    if (!ca)
        return ca.error();
    const auto profile = DeviceProfile::fromName(batch.profile.isEmpty() ? QStringLiteral("generic") : batch.profile);
    const auto algorithm = crypto::parseKeyAlgorithm(CeremonyScriptChecks::deviceKeyText(batch));
    if (!profile || !algorithm)
        return Error {tr("The profile or key type of the batch is unknown.")};
    DeviceBatchParameters parameters;
    parameters.caId = ca->id;
    parameters.productKey = batch.product;
    parameters.profile = *profile;
    parameters.outputFolder = batch.out;
    parameters.csvPath = batch.csv;
    parameters.validityDays = batch.days;
    const QStringList names = CeremonyScriptChecks::deviceNames(batch);
    // `device issue`'s own checks, now that the CA exists (a CA made earlier in this ceremony was not there when
    // the script was checked).
    if (Status valid = IssueDeviceCertificatesJob::validate(m_workspace, parameters, names, *algorithm); !valid)
        return valid.error();
    auto key = caKey(batch.ca);
    if (!key)
        return key.error();
    IssueDeviceCertificatesJob job(m_workspace, parameters, names, *algorithm, *key);
    const Status status = m_frontEnd.runJob(job, tr("Issuing device certificates"));
    QJsonArray serials;
    for (const IssuedDeviceFiles& issued : job.issued())
        serials.append(
            QJsonObject {{QStringLiteral("device"), issued.deviceName}, {QStringLiteral("serial"), issued.serialHex}});
    details = QJsonObject {{QStringLiteral("ca"), ca->name},
                           {QStringLiteral("product"), batch.product},
                           {QStringLiteral("profile"), profile->name()},
                           {QStringLiteral("keyType"), crypto::keyAlgorithmName(*algorithm)},
                           {QStringLiteral("folder"), batch.out},
                           {QStringLiteral("csvFiles"), QJsonArray::fromStringList(job.csvFiles())},
                           {QStringLiteral("requested"), job.requestedCount()},
                           {QStringLiteral("issued"), qint64(job.issued().size())},
                           {QStringLiteral("devices"), serials}};
    if (!status)
        return status.error();
    //: %n devices, %1 a folder
    QString result =
        tr("Issued %n device certificate(s) into '%1'.", nullptr, int(job.issued().size())).arg(nativePath(batch.out));
    for (const QString& csv : job.csvFiles())
        result += QLatin1Char(' ') + tr("Association CSV: %1.").arg(nativePath(csv));
    return result;
}

} // namespace iotca::model
