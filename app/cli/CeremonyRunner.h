#pragma once

#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "model/ceremony/CeremonyRecord.h"
#include "model/ceremony/CeremonyScript.h"
#include "model/workspace/CaRecord.h"

#include <QCoreApplication>

#include <map>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// Runs the steps of a checked ceremony script in order through the model classes the single commands use
/// (CaCreator, CaKeyAccess, VerificationCertificateFile, IssueDeviceCertificatesJob, …), printing each step and its
/// result, and writes the record (CeremonyRecordWriter). The first failing step stops the ceremony; the record says
/// so, and what was done before it stays done and recorded (the brief: the record is the truth).
class CeremonyRunner
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyRunner)

public:
    /// `passphraseFiles` maps a CA name of the script to the file its passphrase is read from; the others are asked
    /// on the terminal (new CAs twice) or, for existing CAs, taken from the keychain when remembered.
    CeremonyRunner(model::CeremonyScript script, QString scriptPath, std::map<QString, QString> passphraseFiles);

    /// The numbered steps of `script`, not yet run (also what --dry-run prints).
    [[nodiscard]] static QList<model::CeremonyStepRecord> plannedSteps(const model::CeremonyScript& script);

    /// Runs every step, then writes the record; returns the exit code.
    [[nodiscard]] int run(model::Workspace& workspace);

private:
    [[nodiscard]] Result<QString> runStep(model::Workspace& workspace, model::CeremonyStepRecord& step, int index);
    [[nodiscard]] Result<QString> createCa(model::Workspace& workspace, const model::CeremonyNewCa& ca,
                                           QJsonObject& details);
    [[nodiscard]] Result<QString> makeVerificationCertificate(model::Workspace& workspace,
                                                              const model::CeremonyVerificationCertificate& entry,
                                                              QJsonObject& details);
    [[nodiscard]] Result<QString> issueDevices(model::Workspace& workspace, const model::CeremonyDeviceBatch& batch,
                                               QJsonObject& details);
    [[nodiscard]] Result<QString> backUpKey(model::Workspace& workspace, QJsonObject& details);
    [[nodiscard]] Result<QString> writeBundle(model::Workspace& workspace, QJsonObject& details);

    /// The unlocked key of a CA of the script (cached: each passphrase is asked or read once).
    [[nodiscard]] Result<crypto::PrivateKey> caKey(model::Workspace& workspace, const QString& name);
    [[nodiscard]] Result<model::CaRecord> caRecord(const model::Workspace& workspace, const QString& name) const;

    model::CeremonyScript m_script;
    QString m_scriptPath;
    std::map<QString, QString> m_passphraseFiles;
    std::map<QString, crypto::PrivateKey> m_keys;
    std::optional<model::CeremonyRecord> m_record;
};

} // namespace iotca::app
