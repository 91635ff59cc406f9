#include "CeremonyScriptChecks.h"

#include "crypto/KeyAlgorithm.h"
#include "model/custody/KeyBackupWriter.h"
#include "model/jobs/DeviceNameRules.h"
#include "model/jobs/DeviceProfile.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace iotca::model {

namespace {

QString indexed(const char* key, qsizetype index)
{
    return QStringLiteral("$.%1[%2]").arg(QLatin1String(key)).arg(index);
}

/// An output folder must be new or empty: a ceremony never mixes its files with older ones.
void checkFolder(const QString& path, const QString& jsonPath, QList<ScriptProblem>& problems)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        problems.append(
            {jsonPath,
             CeremonyScriptChecks::tr("'%1' exists and is not a folder").arg(QDir::toNativeSeparators(path))});
    else if (info.exists()
             && !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        problems.append(
            {jsonPath, CeremonyScriptChecks::tr("the folder '%1' is not empty").arg(QDir::toNativeSeparators(path))});
}

void checkNewFile(const QString& path, const QString& jsonPath, QList<ScriptProblem>& problems)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        problems.append(
            {jsonPath, CeremonyScriptChecks::tr("'%1' exists already").arg(QDir::toNativeSeparators(path))});
}

/// Two outputs at the same path (or one inside another output folder that must be empty) would overwrite or mix.
void checkDistinct(const QList<std::pair<QString, QString>>& outputs, QList<ScriptProblem>& problems)
{
    QHash<QString, QString> firstUse;
    for (const auto& [path, jsonPath] : outputs) {
        if (path.isEmpty())
            continue;
        if (firstUse.contains(path)) {
            //: %1 is a JSON path such as $.record.out
            problems.append({jsonPath, CeremonyScriptChecks::tr("the same path as %1").arg(firstUse.value(path))});
            continue;
        }
        firstUse.insert(path, jsonPath);
    }
}

std::optional<CaRecord> existingCa(const Workspace& workspace, const QString& name)
{
    auto found = workspace.cas().findByName(name);
    if (!found || !*found)
        return std::nullopt;
    return **found;
}

} // namespace

QString CeremonyScriptChecks::deviceKeyText(const CeremonyDeviceBatch& batch)
{
    if (!batch.key.isEmpty())
        return batch.key;
    const auto profile = DeviceProfile::fromName(batch.profile.isEmpty() ? QStringLiteral("generic") : batch.profile);
    return profile && profile->id() == DeviceProfile::Id::AlibabaIot ? QStringLiteral("rsa:2048")
                                                                     : QStringLiteral("ec:P-256");
}

QStringList CeremonyScriptChecks::deviceNames(const CeremonyDeviceBatch& batch)
{
    return batch.count > 0 ? DeviceNameRules::numberedNames(batch.prefix, batch.count) : batch.names;
}

void CeremonyScriptChecks::check(const CeremonyScript& script, const Workspace& workspace,
                                 QList<ScriptProblem>& problems)
{
    for (qsizetype i = 0; i < script.newCas.size(); ++i) {
        const QString& name = script.newCas.at(i).name;
        if (!name.isEmpty() && existingCa(workspace, name))
            //: %1 is a CA name
            problems.append({indexed("cas", i) + QStringLiteral(".name"),
                             tr("the workspace already has a CA named '%1'").arg(name)});
    }
    for (qsizetype i = 0; i < script.existingCas.size(); ++i) {
        const auto ca = existingCa(workspace, script.existingCas.at(i));
        if (!ca)
            problems.append(
                {indexed("existingCas", i), tr("the workspace has no CA named '%1'").arg(script.existingCas.at(i))});
        else if (!ca->hasStoredKey())
            problems.append({indexed("existingCas", i),
                             tr("the key of '%1' is not in this workspace").arg(script.existingCas.at(i))});
    }

    QList<std::pair<QString, QString>> outputs;
    for (qsizetype i = 0; i < script.verificationCertificates.size(); ++i) {
        const QString jsonPath = indexed("verificationCertificates", i) + QStringLiteral(".out");
        checkNewFile(script.verificationCertificates.at(i).out, jsonPath, problems);
        outputs.append({script.verificationCertificates.at(i).out, jsonPath});
    }
    for (qsizetype i = 0; i < script.deviceBatches.size(); ++i) {
        const CeremonyDeviceBatch& batch = script.deviceBatches.at(i);
        const QString base = indexed("deviceBatches", i);
        checkFolder(batch.out, base + QStringLiteral(".out"), problems);
        checkNewFile(batch.csv, base + QStringLiteral(".csv"), problems);
        outputs.append({batch.out, base + QStringLiteral(".out")});
        outputs.append({batch.csv, base + QStringLiteral(".csv")});
        // A batch of an existing CA gets all of `device issue`'s checks now; one of a new CA gets them when the CA
        // exists (its step), and the names and key type here.
        const auto algorithm = crypto::parseKeyAlgorithm(deviceKeyText(batch));
        const auto profile =
            DeviceProfile::fromName(batch.profile.isEmpty() ? QStringLiteral("generic") : batch.profile);
        if (!algorithm || !profile)
            continue;
        const Status accepted = profile->checkKeyAlgorithm(*algorithm);
        if (!accepted)
            problems.append({base + QStringLiteral(".key"), accepted.error().message});
        const auto ca = script.isNewCa(batch.ca) ? std::nullopt : existingCa(workspace, batch.ca);
        if (!ca || batch.out.isEmpty() || !accepted)
            continue;
        DeviceBatchParameters parameters;
        parameters.caId = ca->id;
        parameters.productKey = batch.product;
        parameters.profile = *profile;
        parameters.outputFolder = batch.out;
        parameters.csvPath = batch.csv;
        parameters.validityDays = batch.days;
        if (Status valid = IssueDeviceCertificatesJob::validate(workspace, parameters, deviceNames(batch), *algorithm);
            !valid)
            problems.append({base, valid.error().message});
    }
    if (script.custody) {
        checkFolder(script.custody->out, QStringLiteral("$.custody.out"), problems);
        checkFolder(script.custody->sharesOut, QStringLiteral("$.custody.sharesOut"), problems);
        outputs.append({script.custody->out, QStringLiteral("$.custody.out")});
        outputs.append({script.custody->sharesOut, QStringLiteral("$.custody.sharesOut")});
        // The backup's own rules (the two folders apart, neither inside the other), as `key backup` checks them.
        KeyBackupPlan plan;
        plan.folder = script.custody->out;
        plan.sharesFolder = script.custody->sharesOut;
        plan.threshold = script.custody->threshold;
        plan.shareCount = script.custody->shares;
        if (!plan.folder.isEmpty() && !plan.sharesFolder.isEmpty() && plan.threshold >= 2
            && plan.threshold <= plan.shareCount) {
            if (Status usable = KeyBackupWriter::check(plan); !usable)
                problems.append({QStringLiteral("$.custody"), usable.error().message});
        }
    }
    if (script.bundle) {
        checkFolder(script.bundle->out, QStringLiteral("$.bundle.out"), problems);
        outputs.append({script.bundle->out, QStringLiteral("$.bundle.out")});
    }
    checkFolder(script.recordOut, QStringLiteral("$.record.out"), problems);
    outputs.append({script.recordOut, QStringLiteral("$.record.out")});
    checkDistinct(outputs, problems);
}

} // namespace iotca::model
