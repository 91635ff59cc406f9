#pragma once

#include "SubjectFields.h"

#include "crypto/KeyAlgorithm.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace iotca::ui {

/// What the New CA dialog collected: everything needed to create a root or intermediate CA and store its key
/// encrypted.
/// Move-only because it carries the passphrase.
struct NewCaRequest
{
    QString name;
    crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::EcP256;
    SubjectFields subject;
    int validityDays = 3650;
    crypto::SecureBuffer passphrase;
    bool rememberPassphrase = false;
    /// "Signed by": the workspace CA that signs the new one (an intermediate); 0 for a self-signed root.
    qint64 issuerCaId = 0;
};

} // namespace iotca::ui
