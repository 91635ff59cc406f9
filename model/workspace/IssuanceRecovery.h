#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::model {

class Workspace;

/// What IssuanceRecovery did at an open, for the user (CLI warnings, a GUI message) and the tests.
struct IssuanceRecoveryReport
{
    /// Certificate files found signed by the intended CA and recorded in the workspace now.
    QStringList adoptedFiles;
    /// Files removed: keys without a certificate, unreadable certificates, temporary files.
    QStringList removedFiles;
    /// "path: reason" for each file left as it is (not ours to judge: signed by another CA, not a regular file,
    /// a device recorded with another certificate, a file that could not be removed).
    QStringList untouchedFiles;
    /// How many interrupted devices (intent rows) were looked at.
    int intentCount = 0;
    /// "serial (kind) of CA id" for each serial reserved for a CA or verification certificate that a process which
    /// died never recorded: released (SerialReservation; such a certificate never left that process's memory).
    QStringList releasedSerials;

    [[nodiscard]] bool isEmpty() const noexcept { return intentCount == 0; }
    /// Sentences for the user, most important first; empty when nothing was left to recover.
    [[nodiscard]] QStringList messages() const;
};

/// Recovers what a bulk issue that died left behind (the intents of IssuanceIntents), at every read-write open of the
/// workspace, before anything else can write:
///  - a certificate file whose signature verifies against the intended CA is recorded (adopted): the CA signed it,
///    and deleting the file would not unsign it;
///  - a key without its certificate, a certificate file that cannot be read as a certificate, and the job's
///    temporary files (".NAME.part", BatchFileWriter) are removed;
///  - anything else is named in the report and the audit log, and never touched.
/// A serial reserved for any other certificate (SerialReservation) whose process died is released.
/// Files are removed first, then ONE transaction records the adopted certificates ("devices.recovered"), deletes the
/// intents and appends an "issuance.recovered" audit entry with what was done; a crash in between only repeats the
/// work at the next open.
class IssuanceRecovery
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceRecovery)

public:
    [[nodiscard]] static Result<IssuanceRecoveryReport> run(Workspace& workspace);

    /// The largest file taken for one of our certificates; anything bigger is not ours and left untouched.
    static constexpr qint64 maxCertificateFileSize = 64 * 1024;
};

} // namespace iotca::model
