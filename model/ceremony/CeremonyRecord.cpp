#include "CeremonyRecord.h"

#include "crypto/Certificate.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/Workspace.h"

namespace iotca::model {

namespace {

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// Local time with its offset ("2026-12-06T04:10:00.000+08:00"): the officer signs the paper in local time.
QString localText(const QDateTime& time)
{
    return time.toLocalTime().toOffsetFromUtc(time.toLocalTime().offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace

CeremonyRecord::CeremonyRecord(const CeremonyScript& script, QString scriptPath, QString workspacePath)
    : m_title(script.title)
    , m_officer(script.officer)
    , m_witnesses(script.witnesses)
    , m_scriptPath(std::move(scriptPath))
    , m_scriptSha256(script.sha256)
    , m_workspacePath(std::move(workspacePath))
{ }

Status CeremonyRecord::start(const Workspace& workspace)
{
    m_started = QDateTime::currentDateTimeUtc();
    // Audit ids run 1, 2, 3… without gaps (AuditLog appends head id + 1; a gap is what verify() reports as
    // Missing), so the count is the id of the last entry before the ceremony.
    auto count = workspace.audit().count();
    if (!count)
        return count.error();
    m_auditStartId = *count;
    return {};
}

void CeremonyRecord::addCa(const CaRecord& ca, const QString& role)
{
    if (m_caNames.contains(ca.name))
        return;
    m_caNames.append(ca.name);
    QString fingerprint;
    if (auto certificate = crypto::Certificate::fromDer(ca.certificateDer))
        fingerprint = crypto::Certificate::fingerprintText(certificate->sha256Fingerprint());
    m_cas.append(QJsonObject {{QStringLiteral("name"), ca.name},
                              {QStringLiteral("role"), role},
                              {QStringLiteral("subject"), ca.subject},
                              {QStringLiteral("issuer"), ca.issuer},
                              {QStringLiteral("serial"), ca.serialHex},
                              {QStringLiteral("sha256Fingerprint"), fingerprint},
                              {QStringLiteral("keyType"), ca.keyAlgorithm},
                              {QStringLiteral("notBefore"), utcText(ca.notBefore)},
                              {QStringLiteral("notAfter"), utcText(ca.notAfter)}});
}

void CeremonyRecord::setSigner(const CaRecord& ca, const QString& signatureFile)
{
    QString fingerprint;
    if (auto certificate = crypto::Certificate::fromDer(ca.certificateDer))
        fingerprint = crypto::Certificate::fingerprintText(certificate->sha256Fingerprint());
    m_signer = QJsonObject {{QStringLiteral("ca"), ca.name},
                            {QStringLiteral("serial"), ca.serialHex},
                            {QStringLiteral("sha256Fingerprint"), fingerprint},
                            {QStringLiteral("signatureFile"), signatureFile},
                            {QStringLiteral("algorithm"), QStringLiteral("SHA-256 detached (openssl dgst -sha256)")}};
}

void CeremonyRecord::setUnsigned(const QString& reason)
{
    m_signer = QJsonObject {{QStringLiteral("unsigned"), reason}};
}

Status CeremonyRecord::finish(const Workspace& workspace)
{
    m_finished = QDateTime::currentDateTimeUtc();
    auto entries = workspace.audit().entries(m_auditStartId);
    if (!entries)
        return entries.error();
    m_auditEntries = {};
    for (const AuditEntry& entry : *entries) {
        m_auditEntries.append(QJsonObject {{QStringLiteral("id"), entry.id},
                                           {QStringLiteral("time"), utcText(entry.time)},
                                           {QStringLiteral("action"), entry.action},
                                           {QStringLiteral("objectType"), entry.objectType},
                                           {QStringLiteral("objectId"), entry.objectId},
                                           {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())}});
    }
    // The head the workspace stands at when the record is closed: its last entry (the ceremony's last one, or the
    // one before the ceremony when it wrote none).
    auto last = workspace.audit().entries(qMax<qint64>(0, m_auditStartId + qint64(entries->size()) - 1), 1);
    if (!last)
        return last.error();
    m_auditHead = last->isEmpty()
        ? QJsonObject {{QStringLiteral("id"), 0}, {QStringLiteral("hash"), QString()}}
        : QJsonObject {{QStringLiteral("id"), last->constFirst().id},
                       {QStringLiteral("hash"), QString::fromLatin1(last->constFirst().hash.toHex())}};
    return {};
}

bool CeremonyRecord::completed() const
{
    return std::all_of(m_steps.cbegin(), m_steps.cend(),
                       [](const CeremonyStepRecord& step) { return step.state == CeremonyStepRecord::State::Done; });
}

int CeremonyRecord::stoppedAtStep() const
{
    for (const CeremonyStepRecord& step : m_steps) {
        if (step.state == CeremonyStepRecord::State::Failed)
            return step.number;
    }
    return 0;
}

QString CeremonyRecord::stateName(CeremonyStepRecord::State state)
{
    switch (state) {
    case CeremonyStepRecord::State::Done:
        return QStringLiteral("done");
    case CeremonyStepRecord::State::Failed:
        return QStringLiteral("failed");
    case CeremonyStepRecord::State::NotRun:
        break;
    }
    return QStringLiteral("not-run");
}

QJsonObject CeremonyRecord::toJson() const
{
    QJsonArray steps;
    for (const CeremonyStepRecord& step : m_steps) {
        steps.append(QJsonObject {{QStringLiteral("number"), step.number},
                                  {QStringLiteral("kind"), step.kind},
                                  {QStringLiteral("description"), step.description},
                                  {QStringLiteral("state"), stateName(step.state)},
                                  {QStringLiteral("result"), step.result},
                                  {QStringLiteral("details"), step.details}});
    }
    QJsonObject outcome {{QStringLiteral("completed"), completed()}};
    if (const int stopped = stoppedAtStep(); stopped > 0) {
        outcome.insert(QStringLiteral("stoppedAtStep"), stopped);
        outcome.insert(QStringLiteral("reason"), m_steps.at(stopped - 1).result);
    }
    return QJsonObject {
        {QStringLiteral("format"), QString(formatId)},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("officer"), m_officer},
        {QStringLiteral("witnesses"), QJsonArray::fromStringList(m_witnesses)},
        {QStringLiteral("script"),
         QJsonObject {{QStringLiteral("path"), m_scriptPath}, {QStringLiteral("sha256"), m_scriptSha256}}},
        {QStringLiteral("workspace"), m_workspacePath},
        {QStringLiteral("started"),
         QJsonObject {{QStringLiteral("utc"), utcText(m_started)}, {QStringLiteral("local"), localText(m_started)}}},
        {QStringLiteral("finished"),
         QJsonObject {{QStringLiteral("utc"), utcText(m_finished)}, {QStringLiteral("local"), localText(m_finished)}}},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("cas"), m_cas},
        {QStringLiteral("audit"),
         QJsonObject {{QStringLiteral("entries"), m_auditEntries}, {QStringLiteral("chainHead"), m_auditHead}}},
        {QStringLiteral("signature"), m_signer},
    };
}

} // namespace iotca::model
