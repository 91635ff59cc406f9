#pragma once

#include "KeyBackupFolder.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

/// README.txt of a key backup folder: what is in it and how to restore the key — with this program, and without it
/// (python3 and the openssl command line only), because custody must outlive the program.
class KeyBackupReadme
{
    Q_DECLARE_TR_FUNCTIONS(KeyBackupReadme)

public:
    [[nodiscard]] static QString text(const KeyBackupManifest& manifest);
};

} // namespace iotca::model
