#pragma once

#include "crypto/DistinguishedName.h"
#include "crypto/KeyAlgorithm.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace iotca::model {

/// What the user asked for when creating a CA (the value a "New CA" dialog or `iotca ca create` collects).
struct NewCaParameters
{
    /// Unique within the workspace.
    QString name;
    crypto::DistinguishedName subject;
    crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::Rsa2048;
    int validityDays = 3650;
    /// basicConstraints pathLenConstraint; none = unlimited.
    std::optional<int> pathLength;
    /// Start of validity; invalid = now.
    QDateTime notBefore;
    QString notes;
};

} // namespace iotca::model
