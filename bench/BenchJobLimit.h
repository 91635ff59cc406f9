#pragma once

#include <QString>

#include <optional>

// Section 2's "job limit" (issue 21): what a bulk issue cannot go below besides the raw keygen+sign of section 1 —
// creating each device's two files the way the job does (BatchFileWriter), and one indexed SQLite row — and the
// python `cryptography` script it is compared with.

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
