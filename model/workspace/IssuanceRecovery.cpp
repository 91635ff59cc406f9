#include "IssuanceRecovery.h"

#include "CaRepository.h"
#include "DeviceCertificateHistory.h"
#include "DeviceCertificateRepository.h"
#include "IssuanceIntents.h"
#include "Transaction.h"
#include "Workspace.h"
#include "crypto/Certificate.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <optional>

namespace iotca::model {

namespace {

/// Paths named in the audit entry per list; the counts are always complete.
constexpr qsizetype maxPathsInAudit = 100;
/// Untouched files named one by one in messages().
constexpr qsizetype maxUntouchedInMessages = 10;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// A link counts as present even when it dangles.
bool present(const QFileInfo& info)
{
    return info.exists() || info.isSymLink();
}

bool isPlainFile(const QFileInfo& info)
{
    return info.isFile() && !info.isSymLink();
}

QJsonArray sample(const QStringList& list)
{
    QJsonArray array;
    for (qsizetype i = 0; i < list.size() && i < maxPathsInAudit; ++i)
        array.append(list.at(i));
    return array;
}

class Run
{
public:
    explicit Run(Workspace& workspace)
        : m_workspace(workspace)
    { }

    Status look(const IssuanceIntent& intent);
    Status commit(const QList<qint64>& intentIds);
    IssuanceRecoveryReport report;

private:
    void untouched(const QString& path, const QString& reason)
    {
        //: %1 is a file, %2 why it was left as it is
        report.untouchedFiles.append(IssuanceRecovery::tr("'%1' (%2)").arg(native(path), reason));
    }
    /// Removes a regular file we wrote (never a link or anything else).
    void remove(const QString& path)
    {
        const QFileInfo info(path);
        if (!present(info))
            return;
        if (!isPlainFile(info))
            return untouched(path, IssuanceRecovery::tr("not a regular file"));
        if (QFile::remove(path))
            report.removedFiles.append(native(path));
        else
            untouched(path, IssuanceRecovery::tr("could not be removed"));
    }
    /// BatchFileWriter's temporary file for `path` where the file system has no O_TMPFILE.
    void removeTemporary(const QString& path)
    {
        if (path.isEmpty())
            return;
        const QFileInfo target(path);
        remove(target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part")));
    }
    const crypto::Certificate* caCertificate(qint64 caId);

    Workspace& m_workspace;
    QHash<qint64, std::optional<crypto::Certificate>> m_caCertificates;
    QMap<qint64, QList<DeviceCertificateRecord>> m_adopted;
    /// Re-issues signed before the crash, with the serial each supersedes.
    QList<QPair<DeviceCertificateRecord, QString>> m_reissued;
    QSet<QString> m_adoptedKeys;
};

const crypto::Certificate* Run::caCertificate(qint64 caId)
{
    auto found = m_caCertificates.find(caId);
    if (found == m_caCertificates.end()) {
        std::optional<crypto::Certificate> certificate;
        if (auto ca = m_workspace.cas().get(caId)) {
            if (auto parsed = crypto::Certificate::fromDer(ca->certificateDer))
                certificate = std::move(*parsed);
        }
        found = m_caCertificates.insert(caId, std::move(certificate));
    }
    return found->has_value() ? &**found : nullptr;
}

Status Run::look(const IssuanceIntent& intent)
{
    removeTemporary(intent.certificatePath);
    removeTemporary(intent.keyPath);
    const QFileInfo certificateFile(intent.certificatePath);
    if (!present(certificateFile)) {
        // The job writes the key first and the certificate last: a key alone was never part of a certificate.
        if (!intent.keyPath.isEmpty())
            remove(intent.keyPath);
        return {};
    }
    if (!isPlainFile(certificateFile)) {
        untouched(intent.certificatePath, IssuanceRecovery::tr("not a regular file"));
        return {};
    }
    if (certificateFile.size() > IssuanceRecovery::maxCertificateFileSize) {
        untouched(intent.certificatePath, IssuanceRecovery::tr("too large to be a device certificate"));
        return {};
    }
    QFile file(intent.certificatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        untouched(intent.certificatePath, file.errorString());
        return {};
    }
    const QByteArray data = file.read(IssuanceRecovery::maxCertificateFileSize + 1);
    file.close();
    auto certificate = crypto::Certificate::fromData(data);
    if (!certificate) {
        remove(intent.certificatePath);
        if (!intent.keyPath.isEmpty())
            remove(intent.keyPath);
        return {};
    }
    const crypto::Certificate* ca = caCertificate(intent.caId);
    if (!ca || !certificate->isSignedBy(*ca)) {
        untouched(intent.certificatePath, IssuanceRecovery::tr("not signed by the CA the issue was for"));
        return {};
    }
    const QString serial = DeviceCertificateRepository::normaliseSerial(certificate->serialNumberHex());
    auto bySerial = m_workspace.devices().find(intent.caId, serial);
    if (!bySerial)
        return bySerial.error();
    if (*bySerial) {
        if ((*bySerial)->productKey != intent.productKey || (*bySerial)->deviceName != intent.deviceName)
            untouched(intent.certificatePath, IssuanceRecovery::tr("its serial number is recorded for another device"));
        return {}; // else: recorded already
    }
    const QString key = QString::number(intent.caId) + QLatin1Char('/') + serial;
    if (m_adoptedKeys.contains(key)) {
        untouched(intent.certificatePath, IssuanceRecovery::tr("its serial number is recorded for another device"));
        return {};
    }
    auto byDevice = m_workspace.devices().findByDevice(intent.productKey, intent.deviceName);
    if (!byDevice)
        return byDevice.error();
    // A first issue adopts only for a device with no certificate; a re-issue only while the certificate it
    // supersedes is still the device's newest (DeviceCertificateHistory::addReissue checks the same).
    const bool reissue = !intent.supersedesSerial.isEmpty();
    const bool expected = reissue
        ? (*byDevice && (*byDevice)->caId == intent.caId
           && (*byDevice)->serialHex == DeviceCertificateRepository::normaliseSerial(intent.supersedesSerial))
        : !byDevice->has_value();
    if (!expected) {
        untouched(intent.certificatePath, IssuanceRecovery::tr("the device is recorded with another certificate"));
        return {};
    }
    DeviceCertificateRecord record;
    record.caId = intent.caId;
    record.serialHex = serial;
    record.productKey = intent.productKey;
    record.deviceName = intent.deviceName;
    record.certificateDer = certificate->toDer();
    record.status = DeviceCertificateStatus::Issued;
    record.notAfter = certificate->notAfter();
    record.exportedPath = intent.certificatePath;
    if (reissue)
        m_reissued.append({std::move(record), intent.supersedesSerial});
    else
        m_adopted[intent.caId].append(std::move(record));
    m_adoptedKeys.insert(key);
    report.adoptedFiles.append(native(intent.certificatePath));
    return {};
}

Status Run::commit(const QList<qint64>& intentIds)
{
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction)
        return transaction.error();
    for (auto it = m_adopted.cbegin(); it != m_adopted.cend(); ++it) {
        auto added = m_workspace.devices().add(it.key(), it.value(), DeviceCertificateOrigin::Recovered);
        if (!added)
            return added.error();
    }
    for (const auto& [record, superseded] : std::as_const(m_reissued)) {
        auto added = DeviceCertificateHistory::addReissue(*transaction, m_workspace, record, superseded,
                                                          {{QStringLiteral("recovered"), true}});
        if (!added)
            return added.error();
    }
    if (Status cleared = IssuanceIntents::clearIds(*transaction, intentIds); !cleared)
        return cleared;
    const QJsonObject details {
        {QStringLiteral("intents"), qint64(intentIds.size())},
        {QStringLiteral("adopted"), qint64(report.adoptedFiles.size())},
        {QStringLiteral("removed"), qint64(report.removedFiles.size())},
        {QStringLiteral("untouched"), qint64(report.untouchedFiles.size())},
        {QStringLiteral("adoptedFiles"), sample(report.adoptedFiles)},
        {QStringLiteral("removedFiles"), sample(report.removedFiles)},
        {QStringLiteral("untouchedFiles"), sample(report.untouchedFiles)},
        {QStringLiteral("releasedSerials"), sample(report.releasedSerials)},
    };
    auto audited = m_workspace.audit().append(*transaction, QString(AuditAction::IssuanceRecovered),
                                              QStringLiteral("workspace"), native(m_workspace.folder()), details);
    if (!audited)
        return audited.error();
    return transaction->commit();
}

} // namespace

QStringList IssuanceRecoveryReport::messages() const
{
    QStringList messages;
    if (!adoptedFiles.isEmpty())
        //: %n certificates, %1 the first certificate file
        messages.append(IssuanceRecovery::tr("An interrupted bulk issue had signed %n certificate(s) that the "
                                             "workspace did not record; they are recorded now (first: '%1').",
                                             nullptr, int(adoptedFiles.size()))
                            .arg(adoptedFiles.constFirst()));
    if (!removedFiles.isEmpty())
        //: %n files, %1 the first of them
        messages.append(IssuanceRecovery::tr("An interrupted bulk issue left %n file(s) that hold no recordable "
                                             "certificate (keys without a certificate, unreadable or temporary files); "
                                             "they were removed (first: '%1').",
                                             nullptr, int(removedFiles.size()))
                            .arg(removedFiles.constFirst()));
    for (qsizetype i = 0; i < untouchedFiles.size() && i < maxUntouchedInMessages; ++i)
        //: %1 is a file and the reason it was left as it is
        messages.append(IssuanceRecovery::tr("An interrupted bulk issue left %1; it was not changed, check it.")
                            .arg(untouchedFiles.at(i)));
    if (untouchedFiles.size() > maxUntouchedInMessages)
        messages.append(IssuanceRecovery::tr("%n more file(s) were left as they are; the audit log names them.",
                                             nullptr, int(untouchedFiles.size() - maxUntouchedInMessages)));
    return messages;
}

Result<IssuanceRecoveryReport> IssuanceRecovery::run(Workspace& workspace)
{
    auto intents = IssuanceIntents::pending(workspace);
    if (!intents)
        return intents.error();
    if (workspace.isTeamWorkspace()) {
        // Several operators share a team workspace: only the intents of jobs whose process is gone are ours to
        // recover (IssuanceIntents::claimJob(): the claim is free once the job's connection ended).
        auto database = workspace.connection();
        if (!database)
            return database.error();
        QHash<QString, bool> orphaned;
        QList<IssuanceIntent> recoverable;
        for (const IssuanceIntent& intent : std::as_const(*intents)) {
            if (!orphaned.contains(intent.job)) {
                auto claimed = IssuanceIntents::claimJob(*database, intent.job, false);
                if (!claimed)
                    return claimed.error();
                orphaned.insert(intent.job, *claimed);
            }
            if (orphaned.value(intent.job))
                recoverable.append(intent);
        }
        *intents = std::move(recoverable);
    }
    Run run(workspace);
    if (intents->isEmpty())
        return run.report;
    QList<qint64> ids;
    ids.reserve(intents->size());
    for (const IssuanceIntent& intent : std::as_const(*intents)) {
        if (intent.kind == IssuedCertificateKind::Device) {
            ++run.report.intentCount;
            if (Status looked = run.look(intent); !looked)
                return looked.error();
        } else {
            //: %1 is a serial number, %2 the kind of certificate ("ca", "verification"), %3 a CA id
            run.report.releasedSerials.append(tr("%1 (%2) of CA %3")
                                                  .arg(intent.serial.toHex(), IssuanceIntents::kindName(intent.kind))
                                                  .arg(intent.caId));
        }
        ids.append(intent.id);
    }
    if (Status committed = run.commit(ids); !committed)
        return committed.error();
    return run.report;
}

} // namespace iotca::model
