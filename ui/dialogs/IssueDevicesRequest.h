#pragma once

#include "crypto/KeyAlgorithm.h"

#include <QString>
#include <QStringList>

namespace iotca::ui {

/// What the Issue Device Certificates dialog collected, ready for model/jobs' IssueDeviceCertificatesJob.
struct IssueDevicesRequest
{
    QString accountId; ///< empty: issue in the workspace only
    QString productKey;
    QStringList deviceNames; ///< validated: unique, each allowed by the account's platform
    crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::Rsa2048;
    QString profile;
    int validityDays = 3650;
    QString outputFolder;
    /// Not empty: one ZIP archive holds every device's files, the association CSV and SHA256SUMS
    /// (`device issue --archive`); outputFolder is then the archive's folder.
    QString archivePath;
    /// Register the new device certificates on the account's platform right after issuing them.
    bool registerOnPlatform = false;
};

} // namespace iotca::ui
