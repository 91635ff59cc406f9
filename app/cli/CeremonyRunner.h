#pragma once

#include "model/ceremony/CeremonyFrontEnd.h"
#include "model/ceremony/CeremonyScript.h"

#include <QCoreApplication>

#include <map>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// `ceremony run`'s front end over model::CeremonyStepRunner: runs every step of a checked script in order,
/// printing each step and its result, then writes the record. Passphrases come from --passphrase files, else the
/// terminal (new CAs twice) or, for existing CAs, the keychain when remembered; device batches show ConsoleProgress.
class CeremonyRunner : public model::CeremonyFrontEnd
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyRunner)

public:
    /// `passphraseFiles` maps a CA name of the script to the file its passphrase is read from.
    CeremonyRunner(model::CeremonyScript script, QString scriptPath, std::map<QString, QString> passphraseFiles);

    /// Runs every step, then writes the record; returns the exit code.
    [[nodiscard]] int run(model::Workspace& workspace);

    [[nodiscard]] Result<crypto::SecureBuffer> newCaPassphrase(const QString& caName) override;
    [[nodiscard]] Result<crypto::PrivateKey> unlockCaKey(model::Workspace& workspace,
                                                         const model::CaRecord& ca) override;
    [[nodiscard]] Status runJob(model::Job& job, const QString& title) override;

private:
    model::CeremonyScript m_script;
    QString m_scriptPath;
    std::map<QString, QString> m_passphraseFiles;
};

} // namespace iotca::app
