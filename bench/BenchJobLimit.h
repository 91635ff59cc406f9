#pragma once

#include <QString>

#include <optional>

// Section 2's "job limit" (issue 21): what a bulk issue cannot go below besides the raw keygen+sign of section 1 —
// creating each device's two files the way the job does (BatchFileWriter), and one indexed SQLite row — and the
// python `cryptography` script it is compared with. Also what the workspace's own record of a device costs (its
// intent, its row with the workspace's indexes), which the "one indexed row" stands in for.

namespace iotca::model {
class Workspace;
}

namespace iotca::bench {

/// Process CPU per device (µs) and the rate on `threads` threads of one part of the job.
struct PartCost
{
    double cpuMicrosecondsEach = 0;
    double perSecond = 0;
};

/// Creates `devices` × (a `keyBytes` owner-only file and a `certificateBytes` public file) in `folder` with
/// BatchFileWriter on `threads` threads, one syncFolder() per `batchSize` devices, as the job does.
PartCost measureFileCreation(const QString& folder, qint64 devices, int threads, int batchSize, int certificateBytes,
                             int keyBytes);
/// The same with plain open(O_CREAT|O_EXCL)/write/close (no temporary file, no link), for reference.
PartCost measurePlainFileCreation(const QString& folder, qint64 devices, int threads, int certificateBytes,
                                  int keyBytes);
/// Inserts `rows` rows of `derBytes` certificates into an indexed SQLite table (the workspace's pragmas: WAL,
/// synchronous NORMAL) in transactions of `batchSize`, on one thread as the job's commit thread does.
PartCost measureIndexedRows(const QString& databasePath, qint64 rows, int batchSize, int derBytes);

/// The workspace's own record of `devices` devices the way a bulk job keeps it, on one thread as the job's commit
/// thread does: the intents reserving their serials (IssuanceIntents::insert, in windows of 4 batches, one
/// transaction), then per batch of `batchSize` one transaction with the device rows (DeviceCertificateRepository::add:
/// the table's indexes, the name search and the per-status counts the workspace keeps for its views) and the intents
/// cleared. Into `workspace` (the bench's, which holds the jobs' devices already), for the CA `caId`, under a product
/// of its own; a certificate of `derBytes` bytes. Zero when it failed (`why` says why).
PartCost measureWorkspaceRecord(model::Workspace& workspace, qint64 caId, qint64 devices, int batchSize, int derBytes,
                                QString& why);

/// One run of bench/python_issue.py: which python and cryptography ran it, and its devices per second.
struct PythonRun
{
    QString interpreter; ///< sys.executable
    QString pythonVersion;
    QString cryptographyVersion;
    double perSecond = 0;
};

/// Runs bench/python_issue.py with `python` (a name looked up in PATH, or a path) for `devices` devices into `folder`
/// with a process per core when that python has `cryptography`; or nothing (and why, in `why`).
std::optional<PythonRun> runPythonScript(const QString& python, const QString& folder, qint64 devices, QString& why);

} // namespace iotca::bench
