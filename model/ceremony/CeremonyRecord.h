#pragma once

#include "CeremonyScript.h"

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iotca::model {

class Workspace;
struct CaRecord;

/// One step of a ceremony as the record keeps it.
struct CeremonyStepRecord
{
    enum class State { Done, Failed, NotRun };
    int number = 0;
    /// "create-ca", "verification-certificate", "device-batch", "key-backup", "transfer-bundle".
    QString kind;
    /// The step in words, as --dry-run prints it.
    QString description;
    State state = State::NotRun;
    /// What it did (or why it failed), one or more sentences.
    QString result;
    /// Files written, serials, counts: what a reader needs to check the step.
    QJsonObject details;
};

/// The record of a ceremony (docs/ceremony.md, "Ceremony record"): who, when, the script's SHA-256, each step with
/// its result, every CA created or used (subject, serial, SHA-256 fingerprint, key type) and the audit entries the
/// ceremony wrote with the audit chain's head hash. It is the truth of what happened: a ceremony that stopped says at
/// which step and why, and the steps after it say they were not run.
///
/// toJson() is what is written and signed; the PDF is rendered from the same object (print/), so the two cannot
/// say different things.
class CeremonyRecord
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyRecord)

public:
    static constexpr QLatin1String formatId {"iotca-ceremony-record-1"};

    CeremonyRecord(const CeremonyScript& script, QString scriptPath, QString workspacePath);

    /// Remembers where the audit log stands, so that finish() lists exactly the entries the ceremony wrote.
    [[nodiscard]] Status start(const Workspace& workspace);

    [[nodiscard]] QList<CeremonyStepRecord>& steps() { return m_steps; }
    [[nodiscard]] const QList<CeremonyStepRecord>& steps() const { return m_steps; }

    /// A CA created ("created") or used ("used") by the ceremony; once per CA.
    void addCa(const CaRecord& ca, const QString& role);
    /// Who signs the record (filled in just before the signature is made).
    void setSigner(const CaRecord& ca, const QString& signatureFile);
    /// Why the record is not signed (the signing CA's key could not be unlocked, or this build cannot sign).
    void setUnsigned(const QString& reason);

    /// Reads the audit entries written since start() and the chain head; stamps the end time.
    [[nodiscard]] Status finish(const Workspace& workspace);

    /// True when every step was done.
    [[nodiscard]] bool completed() const;
    /// The first failed step, or 0.
    [[nodiscard]] int stoppedAtStep() const;

    /// The record as JSON (compact keys sorted by QJsonObject; written indented, and signed as written).
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static QString stateName(CeremonyStepRecord::State state);

private:
    QString m_title;
    QString m_officer;
    QStringList m_witnesses;
    QString m_scriptPath;
    QString m_scriptSha256;
    QString m_workspacePath;
    QDateTime m_started;
    QDateTime m_finished;
    QList<CeremonyStepRecord> m_steps;
    QJsonArray m_cas;
    QStringList m_caNames;
    QJsonObject m_signer;
    qint64 m_auditStartId = 0;
    QJsonArray m_auditEntries;
    QJsonObject m_auditHead;
};

} // namespace iotca::model
