#pragma once

#include "model/workspace/CaRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// `iotca ca register NAME --account A --code C --out DIR`: registering without talking to the platform. Makes the
/// verification certificate for the registration code given with --code and writes the upload bundle
/// (OfflineRegistrationBundleWriter) to --out, with a README naming the console steps or the API call that finish
/// the registration. The only way for an Alibaba Cloud IoT Platform account (no CA API); for the other platforms the
/// way from an air-gapped machine. Nothing is sent, no credentials are read and nothing is recorded.
class OfflineBundleCommand
{
    Q_DECLARE_TR_FUNCTIONS(OfflineBundleCommand)

public:
    struct Request
    {
        QString registrationCode;
        QString remoteName;
        QString outputFolder;
        QString passphraseFile;
        bool json = false;
    };

    [[nodiscard]] static int run(const QString& path, model::Workspace& workspace, const model::CaRecord& ca,
                                 const model::PlatformAccountRecord& account, const Request& request);
};

} // namespace iotca::app
