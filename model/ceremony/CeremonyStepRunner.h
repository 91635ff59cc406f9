#pragma once

#include "CeremonyFrontEnd.h"
#include "CeremonyRecord.h"
#include "CeremonyScript.h"

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/workspace/CaRecord.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace iotca::model {

class Workspace;

/// Runs the steps of a checked ceremony script one at a time, in order, through the model classes the single
/// commands use (CaCreator, CaKeyAccess, VerificationCertificateFile, IssueDeviceCertificatesJob, KeyBackupWriter,
/// TransferBundleWriter), keeping the record (CeremonyRecord) as it goes; writeRecord() then writes it
/// (CeremonyRecordWriter). Both front ends drive it: the CLI's `ceremony run` runs every step, the GUI's Key Ceremony
/// wizard runs each one when the officer confirms it. The first failing step stops the ceremony; the record says so,
/// and what was done before it stays done and recorded (the brief: the record is the truth).
class CeremonyStepRunner
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyStepRunner)

public:
    CeremonyStepRunner(Workspace& workspace, CeremonyScript script, QString scriptPath, CeremonyFrontEnd& frontEnd,
                       CeremonyPrinters printers);

    /// The numbered steps of `script`, not yet run (also what --dry-run prints). The last is the record itself.
    [[nodiscard]] static QList<CeremonyStepRecord> plannedSteps(const CeremonyScript& script);

    /// Starts the record (where the audit log stands, the CAs the script uses); call once before the steps.
    [[nodiscard]] Status start();

    [[nodiscard]] const CeremonyScript& script() const { return m_script; }
    [[nodiscard]] const CeremonyRecord& record() const { return *m_record; }
    /// All steps, the record's own last.
    [[nodiscard]] int stepCount() const;
    /// The index of the next step to run; stepCount() - 1 (the record) once every other step ran or one failed.
    [[nodiscard]] int nextStepIndex() const;
    /// True once a step failed: the remaining ones are not run, only the record is written.
    [[nodiscard]] bool stopped() const { return m_stopped; }

    /// Runs the step at nextStepIndex() (never the record's); returns what it did, or why it failed (the step is
    /// then marked failed in the record and the ceremony is stopped).
    [[nodiscard]] Result<QString> runNextStep();

    /// Signs and writes the record into the script's record folder (whatever happened before); returns the paths.
    [[nodiscard]] Result<QStringList> writeRecord();

private:
    [[nodiscard]] Result<QString> runStep(CeremonyStepRecord& step, int index);
    [[nodiscard]] Result<QString> createCa(const CeremonyNewCa& ca, QJsonObject& details);
    [[nodiscard]] Result<QString> makeVerificationCertificate(const CeremonyVerificationCertificate& entry,
                                                              QJsonObject& details);
    [[nodiscard]] Result<QString> issueDevices(const CeremonyDeviceBatch& batch, QJsonObject& details);
    [[nodiscard]] Result<QString> backUpKey(QJsonObject& details);
    [[nodiscard]] Result<QString> writeBundle(QJsonObject& details);

    /// The unlocked key of a CA of the script (cached: each passphrase is asked once).
    [[nodiscard]] Result<crypto::PrivateKey> caKey(const QString& name);
    [[nodiscard]] Result<CaRecord> caRecord(const QString& name) const;

    Workspace& m_workspace;
    CeremonyScript m_script;
    QString m_scriptPath;
    CeremonyFrontEnd& m_frontEnd;
    CeremonyPrinters m_printers;
    std::map<QString, crypto::PrivateKey> m_keys;
    std::optional<CeremonyRecord> m_record;
    int m_next = 0;
    bool m_stopped = false;
};

} // namespace iotca::model
