#include "BenchJobLimit.h"
#include "BenchSection.h"
#include "BenchUtil.h"
#include "ProcessMemory.h"

#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/files/BatchFileWriter.h"
#include "model/jobs/DeviceNameSequence.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <optional>

// Section 2: bulk issuance end to end, through the job the CLI and the GUI run (IssueDeviceCertificatesJob): keys,
// certificates, files in the profile's names, the association CSV and the workspace rows, into a real workspace in
// a temporary folder. Rates are compared with the raw OpenSSL limits of section 1, measured in the same process.

namespace iotca::bench {

namespace {

using model::DeviceProfile;
using model::Workspace;

struct Setup
{
    std::unique_ptr<Workspace> workspace;
    qint64 caId = 0;
    crypto::PrivateKey caKey;
};

Result<Setup> setUp(const QString& folder)
{
    auto workspace = Workspace::open(folder);
    if (!workspace)
        return workspace.error();
    model::NewCaParameters parameters;
    parameters.name = QStringLiteral("Bench Fleet Root");
    auto subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Bench Fleet Root,O=IoT CA Desk bench"));
    if (!subject)
        return subject.error();
    parameters.subject = *subject;
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromString(QStringLiteral("bench passphrase"));
    auto caId = model::CaCreator::createRoot(**workspace, parameters, passphrase);
    if (!caId)
        return caId.error();
    auto key = model::CaKeyAccess::unlock(**workspace, *caId, passphrase);
    if (!key)
        return key.error();
    return Setup {std::move(*workspace), *caId, std::move(*key)};
}

struct Run
{
    QString label;
    crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::EcP256;
    DeviceProfile profile;
    qint64 count = 0;
    QString namePrefix;
    /// Cancel once this many are done (0 = never).
    qint64 cancelAfter = 0;
    /// `--archive`: one ZIP instead of files (issue 21).
    bool archive = false;
};

struct Outcome
{
    Status status;
    qint64 issued = 0;
    qint64 wallNanoseconds = 0;
    qint64 cpuNanoseconds = 0;
    qint64 peakAboveBaselineKiB = -1;
    qint64 cancelLatencyNanoseconds = -1;
    qint64 rows = 0;
    qint64 files = 0;
    qint64 csvRows = 0;
    qint64 archiveBytes = -1;
};

qint64 csvDataRows(const QStringList& files)
{
    qint64 rows = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            if (!file.readLine().trimmed().isEmpty())
                ++rows;
        }
        --rows; // the header
    }
    return rows;
}

Outcome issue(Setup& setup, const Run& run, const QString& outputFolder, int threads, int batchSize)
{
    // Made on demand, as `device issue --count` does: no list of a million names (issue 21).
    const auto names = model::DeviceNameSequence::numbered(run.namePrefix, run.count);
    model::DeviceBatchParameters parameters;
    parameters.caId = setup.caId;
    parameters.productKey = QStringLiteral("a1BcDeFgHiJ");
    parameters.profile = run.profile;
    parameters.outputFolder = outputFolder;
    if (run.archive) {
        QDir().mkpath(outputFolder);
        parameters.archivePath = QDir(outputFolder).filePath(QStringLiteral("devices.zip"));
    } else {
        parameters.csvPath = QDir(outputFolder).filePath(QStringLiteral("devices.csv"));
    }
    parameters.threads = threads;
    parameters.batchSize = batchSize;
    const qint64 rowsBefore = setup.workspace->devices().count(setup.caId).valueOr(0);

    model::IssueDeviceCertificatesJob job(*setup.workspace, parameters, names, run.algorithm, setup.caKey);
    Outcome outcome;
    QEventLoop loop;
    QElapsedTimer cancelled;
    QObject::connect(&job, &model::Job::progress, &job, [&](qint64 done, qint64) {
        if (run.cancelAfter > 0 && done >= run.cancelAfter && !cancelled.isValid()) {
            cancelled.start();
            job.cancel();
        }
    });
    QObject::connect(&job, &model::Job::finished, &loop, [&](const Status& status) {
        if (cancelled.isValid())
            outcome.cancelLatencyNanoseconds = cancelled.nsecsElapsed();
        outcome.status = status;
        loop.quit();
    });
    ProcessMemory::resetPeak();
    const qint64 baseline = ProcessMemory::current().residentKiB;
    const Stopwatch watch;
    job.start();
    loop.exec();
    outcome.wallNanoseconds = watch.wallNanoseconds();
    outcome.cpuNanoseconds = watch.cpuNanoseconds();
    const qint64 peak = ProcessMemory::current().peakKiB;
    outcome.peakAboveBaselineKiB = peak >= 0 && baseline >= 0 ? peak - baseline : -1;
    outcome.issued = job.issuedCount();
    outcome.rows = setup.workspace->devices().count(setup.caId).valueOr(0) - rowsBefore;
    if (run.archive) {
        // The archive's own checks are the tests' (tst_cli_archive); here: its size, and rows = devices.
        outcome.archiveBytes = QFileInfo(parameters.archivePath).size();
        outcome.files = outcome.issued;
        outcome.csvRows = outcome.issued;
        return outcome;
    }
    outcome.files = QDir(outputFolder).entryList(QDir::Files).size() - job.csvFiles().size();
    outcome.csvRows = csvDataRows(job.csvFiles());
    return outcome;
}

QString seconds(qint64 nanoseconds)
{
    return QString::number(static_cast<double>(nanoseconds) / 1e9, 'f', 3) + QStringLiteral(" s");
}

void report(const Run& run, const Outcome& outcome, const RawRate& raw, const QString& rawName, int batchSize)
{
    const double rate = outcome.wallNanoseconds > 0
        ? static_cast<double>(outcome.issued) * 1e9 / static_cast<double>(outcome.wallNanoseconds)
        : 0;
    const double cpuEach = outcome.issued > 0
        ? static_cast<double>(outcome.cpuNanoseconds) / 1e3 / static_cast<double>(outcome.issued)
        : 0;
    out() << "  " << run.label << " (profile " << run.profile.name() << ", batches of " << batchSize << ")\n";
    out() << "    " << number(outcome.issued) << " issued in " << seconds(outcome.wallNanoseconds) << " (CPU "
          << seconds(outcome.cpuNanoseconds) << "): " << perSecond(rate);
    if (raw.allThreadsPerSecond > 0) {
        out() << " = " << QString::number(100.0 * rate / raw.allThreadsPerSecond, 'f', 0) << " % of the raw " << rawName
              << " limit on " << raw.threads << " threads (" << perSecond(raw.allThreadsPerSecond) << ")";
    }
    out() << '\n';
    const auto micro = [](double value) {
        return value >= 10'000 ? QString::number(value / 1000, 'f', 1) + QStringLiteral(" ms")
                               : QString::number(value, 'f', 1) + QStringLiteral(" µs");
    };
    // On a shared machine the rates above swing with the load; the CPU each device costs does not, so the ratio of
    // the raw CPU to the job's CPU per device is the steadier "fraction of the raw limit".
    out() << "    CPU per device " << micro(cpuEach) << " (raw " << rawName << ": " << micro(raw.cpuMicrosecondsEach)
          << (cpuEach > 0
                  ? QStringLiteral(" = %1 % of the job's").arg(100.0 * raw.cpuMicrosecondsEach / cpuEach, 0, 'f', 0)
                  : QString())
          << "); peak RSS " << mib(outcome.peakAboveBaselineKiB) << " above the start\n";
    if (outcome.archiveBytes >= 0) {
        out() << "    recorded: " << number(outcome.rows) << " workspace rows, archive "
              << mib(outcome.archiveBytes / 1024)
              << (outcome.rows == outcome.issued ? QStringLiteral(" (consistent)") : QStringLiteral(" — INCONSISTENT"))
              << "; outcome: " << (outcome.status.ok() ? QStringLiteral("ok") : outcome.status.error().message) << '\n';
        out().flush();
        return;
    }
    const bool consistent =
        outcome.rows == outcome.issued && outcome.files == 2 * outcome.issued && outcome.csvRows == outcome.issued;
    out() << "    recorded: " << number(outcome.rows) << " workspace rows, " << number(outcome.files) << " files, "
          << number(outcome.csvRows) << " CSV rows"
          << (consistent ? QStringLiteral(" (consistent)") : QStringLiteral(" — INCONSISTENT"))
          << "; outcome: " << (outcome.status.ok() ? QStringLiteral("ok") : outcome.status.error().message) << '\n';
    if (outcome.cancelLatencyNanoseconds >= 0)
        out() << "    cancel() after " << number(run.cancelAfter) << " done → finished "
              << ms(outcome.cancelLatencyNanoseconds) << " later\n";
    out().flush();
}

double rateOf(const Outcome& outcome)
{
    return outcome.wallNanoseconds > 0
        ? static_cast<double>(outcome.issued) * 1e9 / static_cast<double>(outcome.wallNanoseconds)
        : 0;
}

/// Issue 21's job limit: raw keygen+sign + the device's two files the job's way + one indexed row, in CPU per device
/// (the steady figure on a shared machine) and as a rate on every core; the job as a % of it.
void reportJobLimit(const Outcome& job, const RawRate& raw, Setup& setup, const QString& folder, qint64 devices,
                    int threads, int batchSize)
{
    // The sizes of an apsaramq EC P-256 device: certificate PEM about 700 bytes, SEC1 key PEM 227.
    constexpr int certificatePem = 700;
    constexpr int keyPem = 227;
    constexpr int certificateDer = 480;
    const int workers = threads > 0 ? threads : QThread::idealThreadCount();
    const PartCost files =
        measureFileCreation(folder + QStringLiteral("/files"), devices, workers, batchSize, certificatePem, keyPem);
    const PartCost plain =
        measurePlainFileCreation(folder + QStringLiteral("/plain"), devices, workers, certificatePem, keyPem);
    const PartCost rows =
        measureIndexedRows(folder + QStringLiteral("/rows.sqlite"), devices, batchSize, certificateDer);
    const double limitCpu = raw.cpuMicrosecondsEach + files.cpuMicrosecondsEach + rows.cpuMicrosecondsEach;
    const double limitRate = limitCpu > 0 ? 1e6 * workers / limitCpu : 0;
    const double jobRate = rateOf(job);
    const double jobCpu =
        job.issued > 0 ? static_cast<double>(job.cpuNanoseconds) / 1e3 / static_cast<double>(job.issued) : 0;
    const auto micro = [](double value) { return QString::number(value, 'f', 1) + QStringLiteral(" µs"); };
    out() << "  job limit (same run, same folder): keygen+sign " << micro(raw.cpuMicrosecondsEach) << " + 2 files "
          << micro(files.cpuMicrosecondsEach) << " (BatchFileWriter, " << perSecond(files.perSecond)
          << "; plain open/write/close " << micro(plain.cpuMicrosecondsEach) << ", " << perSecond(plain.perSecond)
          << ") + 1 indexed row " << micro(rows.cpuMicrosecondsEach) << " (" << perSecond(rows.perSecond)
          << ") = " << micro(limitCpu) << " CPU a device → " << perSecond(limitRate) << " on " << workers << " cores\n";
    if (limitRate > 0 && jobCpu > 0)
        out() << "    the job: " << perSecond(jobRate) << " = " << QString::number(100.0 * jobRate / limitRate, 'f', 0)
              << " % of the job limit; CPU " << micro(jobCpu)
              << " a device = " << QString::number(100.0 * limitCpu / jobCpu, 'f', 0)
              << " % efficiency against the limit's CPU\n";
    // The issue's "one indexed row" stands in for the workspace's record; what that record costs, measured the same
    // way, and the limit it makes (the job cannot skip it: rule 1).
    QString why;
    const PartCost record =
        measureWorkspaceRecord(*setup.workspace, setup.caId, devices, batchSize, certificateDer, why);
    if (record.cpuMicrosecondsEach <= 0 || jobCpu <= 0) {
        out() << "    the workspace's record of a device: not measured (" << why << ")\n";
    } else {
        const double recordLimitCpu = raw.cpuMicrosecondsEach + files.cpuMicrosecondsEach + record.cpuMicrosecondsEach;
        const double recordLimitRate = 1e6 * workers / recordLimitCpu;
        out() << "    the workspace's own record of a device (intent with its reserved serial, row with the "
                 "workspace's indexes, name search and counts, intent cleared; one thread) "
              << micro(record.cpuMicrosecondsEach) << " (" << perSecond(record.perSecond)
              << ") in place of the indexed row: limit " << micro(recordLimitCpu) << " → " << perSecond(recordLimitRate)
              << "; the job " << QString::number(100.0 * jobRate / recordLimitRate, 'f', 0) << " % of it by rate, "
              << QString::number(100.0 * recordLimitCpu / jobCpu, 'f', 0) << " % by CPU\n";
    }
    out().flush();
}

void reportPython(const BenchOptions& options, const Outcome& job, const QString& folder, qint64 devices)
{
    const qint64 count = options.intSetting(QStringLiteral("issuance.python-count"), devices);
    if (count <= 0) {
        out() << "  python comparison skipped (issuance.python-count = 0)\n";
        return;
    }
    // python3 from PATH (what a user's shell runs), and Debian's own /usr/bin/python3 (python3-cryptography, what a
    // fresh Debian 12 has) when that is another interpreter: the issue's figures came from the latter.
    QStringList pythons {QStringLiteral("python3")};
    const QString debianPython = QFileInfo(QStringLiteral("/usr/bin/python3")).canonicalFilePath();
    if (!debianPython.isEmpty()
        && QFileInfo(QStandardPaths::findExecutable(QStringLiteral("python3"))).canonicalFilePath() != debianPython)
        pythons.append(QStringLiteral("/usr/bin/python3"));
    QStringList ran;
    for (const QString& python : std::as_const(pythons)) {
        QString why;
        const std::optional<PythonRun> run =
            runPythonScript(python, folder + QLatin1Char('-') + QString::number(ran.size()), count, why);
        if (!run) {
            out() << "  python comparison (" << python << ") skipped: " << why << '\n';
            continue;
        }
        const QString real = QFileInfo(run->interpreter).canonicalFilePath();
        if (ran.contains(real))
            continue; // PATH's python3 was /usr/bin/python3: one figure
        ran.append(real);
        const double jobRate = rateOf(job);
        out() << "  python cryptography script (bench/python_issue.py, " << run->interpreter << ": Python "
              << run->pythonVersion << ", cryptography " << run->cryptographyVersion << "; a process per core, "
              << number(count) << " devices, 2 files each + CSV): " << perSecond(run->perSecond) << "; the job "
              << QString::number(run->perSecond > 0 ? jobRate / run->perSecond : 0, 'f', 1) << "× that\n";
        out().flush();
    }
}

} // namespace

int runBulkIssuanceBench(const BenchOptions& options)
{
    const qint64 ecCount = options.size(QStringLiteral("issuance.ec-count"), 10'000);
    const qint64 rsaCount =
        options.size(QStringLiteral("issuance.rsa-count"), 200, std::max<qint64>(2, options.rows / 200));
    const int threads = static_cast<int>(options.intSetting(QStringLiteral("issuance.threads"), 0));
    const int batchSize =
        static_cast<int>(std::max<qint64>(1, options.intSetting(QStringLiteral("issuance.batch"), 512)));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "  cannot create a temporary folder\n";
        return 1;
    }
    dir.setAutoRemove(!options.keepFiles);
    out() << "  " << loadAverage() << "; job threads " << (threads > 0 ? threads : QThread::idealThreadCount())
          << "; files in " << QDir::toNativeSeparators(dir.path())
          << (options.keepFiles ? QString() : QStringLiteral(" (removed at the end)")) << '\n';
    const RawRate ec = rawEcKeygenSignRate(options);
    const RawRate rsa = rawRsaKeygenRate(options);
    out() << "  raw limits (section 1): EC P-256 key generation + signature " << perSecond(ec.oneThreadPerSecond)
          << " on 1 thread, " << perSecond(ec.allThreadsPerSecond) << " on " << ec.threads
          << "; RSA 2048 key generation " << perSecond(rsa.oneThreadPerSecond) << " / "
          << perSecond(rsa.allThreadsPerSecond) << '\n';

    auto setup = setUp(dir.filePath(QStringLiteral("workspace")));
    if (!setup) {
        out() << "  " << setup.error().fullText() << '\n';
        return 1;
    }
    const auto folder = [&dir](const QString& name) { return dir.filePath(name); };
    {
        const Stopwatch sync;
        constexpr int syncs = 5;
        for (int i = 0; i < syncs; ++i)
            (void)model::BatchFileWriter::syncFolder(dir.path());
        out() << "  syncfs() of the output's file system (one per batch): " << ms(sync.wallNanoseconds() / syncs)
              << " a call on this machine now\n";
    }

    const Run ecRun {QStringLiteral("%1 EC P-256 devices").arg(number(ecCount)),
                     crypto::KeyAlgorithm::EcP256,
                     DeviceProfile(DeviceProfile::Id::ApsaraMq),
                     ecCount,
                     QStringLiteral("ec-"),
                     0};
    const Outcome ecOutcome = issue(*setup, ecRun, folder(QStringLiteral("ec")), threads, batchSize);
    report(ecRun, ecOutcome, ec, QStringLiteral("keygen+sign"), batchSize);
    reportJobLimit(ecOutcome, ec, *setup, folder(QStringLiteral("limit")), ecCount, threads, batchSize);
    const Run ecArchive {QStringLiteral("%1 EC P-256 devices, --archive").arg(number(ecCount)),
                         crypto::KeyAlgorithm::EcP256,
                         DeviceProfile(DeviceProfile::Id::ApsaraMq),
                         ecCount,
                         QStringLiteral("zip-"),
                         0,
                         true};
    report(ecArchive, issue(*setup, ecArchive, folder(QStringLiteral("ec-archive")), threads, batchSize), ec,
           QStringLiteral("keygen+sign"), batchSize);
    reportPython(options, ecOutcome, folder(QStringLiteral("python")), ecCount);
    const Run rsaRun {QStringLiteral("%1 RSA 2048 devices").arg(number(rsaCount)), crypto::KeyAlgorithm::Rsa2048,
                      // Not alibaba-iot: that profile needs an RSA CA (seed 000), and this CA is EC.
                      DeviceProfile(DeviceProfile::Id::ApsaraMq), rsaCount, QStringLiteral("rsa-"), 0};
    report(rsaRun, issue(*setup, rsaRun, folder(QStringLiteral("rsa")), threads, batchSize), rsa,
           QStringLiteral("keygen"), batchSize);

    // Cancel half-way through the second batch (EC) / after a tenth (RSA); what is recorded must still agree.
    const Run ecCancel {QStringLiteral("cancel %1 EC P-256 devices").arg(number(ecCount)),
                        crypto::KeyAlgorithm::EcP256,
                        DeviceProfile(DeviceProfile::Id::ApsaraMq),
                        ecCount,
                        QStringLiteral("cancel-ec-"),
                        std::min<qint64>(ecCount, batchSize + batchSize / 2)};
    report(ecCancel, issue(*setup, ecCancel, folder(QStringLiteral("cancel-ec")), threads, batchSize), ec,
           QStringLiteral("keygen+sign"), batchSize);
    const Run rsaCancel {QStringLiteral("cancel %1 RSA 2048 devices").arg(number(rsaCount)),
                         crypto::KeyAlgorithm::Rsa2048,
                         DeviceProfile(DeviceProfile::Id::ApsaraMq),
                         rsaCount,
                         QStringLiteral("cancel-rsa-"),
                         std::max<qint64>(1, rsaCount / 10)};
    report(rsaCancel, issue(*setup, rsaCancel, folder(QStringLiteral("cancel-rsa")), threads, batchSize), rsa,
           QStringLiteral("keygen"), batchSize);

    // Opt-in (takes long): a million devices into one archive, for its peak RSS (issue 21: < 200 MB).
    if (const qint64 million = options.intSetting(QStringLiteral("issuance.archive-million"), 0); million > 0) {
        const Run big {QStringLiteral("%1 EC P-256 devices, --archive").arg(number(million)),
                       crypto::KeyAlgorithm::EcP256,
                       DeviceProfile(DeviceProfile::Id::ApsaraMq),
                       million,
                       QStringLiteral("m-"),
                       0,
                       true};
        report(big, issue(*setup, big, folder(QStringLiteral("million")), threads, batchSize), ec,
               QStringLiteral("keygen+sign"), batchSize);
        out() << "    (peak RSS of the whole process: " << mib(ProcessMemory::current().peakKiB) << ")\n";
    }
    return 0;
}

} // namespace iotca::bench
