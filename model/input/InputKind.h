#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace iotca::model {

/// What a file given on the command line (or in a dialog) is expected to hold. Each kind has a size limit that is
/// checked before anything is read, and says whether a pipe may stand for it. docs/cli.md lists the limits.
enum class InputKind {
    Certificate, ///< a CA certificate, PEM or DER
    PrivateKey, ///< a CA key, PEM or DER, maybe encrypted
    Pkcs12, ///< a .p12/.pfx bundle
    CertificateRequest, ///< one device CSR
    CaBundle, ///< trusted roots for a platform endpoint, PEM
    CeremonyScript, ///< `ceremony run --script`: the ceremony as JSON
    DeviceNames, ///< --names-file: one device name per line
    Passphrase, ///< --passphrase-file, --key-passphrase-file, --p12-passphrase-file: the first line
    Secret, ///< --secret-file: an AccessKey secret
    Csv, ///< a device-association CSV (read streamed)
    WorkspaceBackup, ///< a workspace backup (an SQLite file)
    KeyShare, ///< --share of `key restore`: one or more key shares as text
    KeyBackupManifest, ///< backup.json of a CA key backup folder
};

class InputKinds
{
    Q_DECLARE_TR_FUNCTIONS(InputKinds)
public:
    /// The largest file of that kind that is read, in bytes.
    [[nodiscard]] static qint64 sizeLimit(InputKind kind);
    /// Whether a FIFO (a pipe such as `--passphrase-file <(echo pw)`) may stand for the file: only for the small
    /// kinds read at once; everything else must be a regular file.
    [[nodiscard]] static bool acceptsPipe(InputKind kind);
    /// "certificate file", "passphrase file", ... for messages.
    [[nodiscard]] static QString noun(InputKind kind);
    /// "1 MiB", "64 KiB"
    [[nodiscard]] static QString sizeText(qint64 bytes);
};

} // namespace iotca::model
