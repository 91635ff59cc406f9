#include "InputKind.h"

namespace iotca::model {

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
} // namespace

qint64 InputKinds::sizeLimit(InputKind kind)
{
    // Generous for what each kind really holds (a 16384-bit RSA certificate with long extensions is under 10 KiB, a
    // CA bundle like Debian's ca-certificates.crt about 220 KiB; a million 32-character device names 33 MiB; a
    // million association rows about 60 MiB), small enough that a link to /dev/zero or a wrong file is refused
    // before memory grows.
    switch (kind) {
    case InputKind::Certificate:
    case InputKind::PrivateKey:
    case InputKind::CeremonyScript:
        return 1 * MiB;
    case InputKind::Pkcs12:
        return 4 * MiB;
    case InputKind::CertificateRequest:
        return 256 * KiB;
    case InputKind::CaBundle:
        return 4 * MiB;
    case InputKind::DeviceNames:
        return 40 * MiB;
    case InputKind::Passphrase:
    case InputKind::Secret:
    case InputKind::KeyShare:
    case InputKind::KeyBackupManifest:
        return 64 * KiB;
    case InputKind::Csv:
        return 1 * GiB;
    case InputKind::WorkspaceBackup:
        return 64 * GiB;
    }
    return 0;
}

bool InputKinds::acceptsPipe(InputKind kind)
{
    return kind == InputKind::Passphrase || kind == InputKind::Secret || kind == InputKind::KeyShare;
}

QString InputKinds::noun(InputKind kind)
{
    switch (kind) {
    case InputKind::Certificate:
        return tr("certificate file");
    case InputKind::PrivateKey:
        return tr("key file");
    case InputKind::Pkcs12:
        return tr("PKCS#12 file");
    case InputKind::CertificateRequest:
        return tr("certificate request");
    case InputKind::CaBundle:
        return tr("CA bundle");
    case InputKind::DeviceNames:
        return tr("names file");
    case InputKind::Passphrase:
        return tr("passphrase file");
    case InputKind::Secret:
        return tr("secret file");
    case InputKind::CeremonyScript:
        return tr("ceremony script");
    case InputKind::Csv:
        return tr("CSV file");
    case InputKind::WorkspaceBackup:
        return tr("backup file");
    case InputKind::KeyShare:
        return tr("key share file");
    case InputKind::KeyBackupManifest:
        return tr("key backup description");
    }
    return tr("file");
}

QString InputKinds::sizeText(qint64 bytes)
{
    if (bytes >= GiB && bytes % GiB == 0)
        //: Size in gibibytes
        return tr("%1 GiB").arg(bytes / GiB);
    if (bytes >= MiB && bytes % MiB == 0)
        return tr("%1 MiB").arg(bytes / MiB);
    if (bytes >= KiB && bytes % KiB == 0)
        return tr("%1 KiB").arg(bytes / KiB);
    return tr("%1 bytes").arg(bytes);
}

} // namespace iotca::model
