#pragma once

#include "AliyunAssociationFiles.h"
#include "OfflineRegistrationRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace iotca::model {

/// The README.txt of an offline registration bundle: what each file is, then, in the platform's own terms (console
/// labels, API action and parameter names from its documentation), how to finish the registration online, and the
/// platform's limits that apply. Where the documentation leaves something open (how ApsaraMQ and Tencent want the
/// registration code in the verification certificate), the README says what the bundle assumed.
class OfflineRegistrationReadme
{
    Q_DECLARE_TR_FUNCTIONS(OfflineRegistrationReadme)

public:
    [[nodiscard]] static QByteArray text(const OfflineRegistrationRequest& request,
                                         const crypto::Certificate& verification,
                                         const QList<AliyunAssociationFile>& associations);
};

} // namespace iotca::model
