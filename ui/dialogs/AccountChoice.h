#pragma once

#include "crypto/KeyAlgorithm.h"

#include <QList>
#include <QString>

namespace iotca::ui {

/// One platform account as the issue and register flows offer it, with what its platform allows.
struct AccountChoice
{
    QString id; ///< workspace id of the account; empty for "workspace only, no platform"
    QString displayName; ///< e.g. "Production (Alibaba IoT Platform, cn-shanghai)"
    QList<crypto::KeyAlgorithm> deviceKeyAlgorithms; ///< e.g. RSA only for Alibaba IoT Platform
    QString deviceNamePattern = QStringLiteral("^[A-Za-z0-9_@.:-]{1,128}$"); ///< whole-name regular expression
    QString deviceNameRule; ///< the pattern in words, shown when a name does not match
    QString productKey; ///< default product, may be empty
    QString profileId; ///< the device profile the platform needs (IssueDevicesDialog::Profile::id), may be empty
    /// Non-empty (the platform's name) when the CA is registered on this account and its platform registers device
    /// certificates one by one (Tencent, AWS): the Issue dialog then offers "Register on <platform> after issuing".
    QString registerPlatformName;
};

} // namespace iotca::ui
