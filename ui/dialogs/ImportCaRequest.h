#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace iotca::ui {

/// What the Import CA dialog collected: an existing CA certificate and its private key, from files.
struct ImportCaRequest
{
    QString name;
    QString certificatePath;
    QString keyPath;
    crypto::SecureBuffer keyPassphrase; ///< empty for an unencrypted key file
    bool rememberPassphrase = false;
};

} // namespace iotca::ui
