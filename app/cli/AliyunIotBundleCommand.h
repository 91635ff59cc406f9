#pragma once

#include "model/workspace/CaRecord.h"
#include "model/workspace/PlatformAccountRecord.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// `iotca ca register NAME --account A` for an Alibaba Cloud IoT Platform account, which has no CA API: makes the
/// verification certificate for the registration code the console shows (--code) and writes the upload bundle for
/// the console (OfflineRegistrationBundleWriter) to --out. Nothing is sent and nothing is recorded.
class AliyunIotBundleCommand
{
    Q_DECLARE_TR_FUNCTIONS(AliyunIotBundleCommand)

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
