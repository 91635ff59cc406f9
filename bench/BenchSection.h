#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace iotca::bench {

/// What every section gets from the command line.
struct BenchOptions
{
    /// Extra `name=value` settings given with --set, for a section's own knobs (e.g. csv.large-rows=200000).
    QStringList settings;
    /// Keep generated files instead of deleting them (their folder is printed).
    bool keepFiles = false;
    /// --rows N: the main size of every section run (devices, rows, keys), for a quick smoke run; 0 = each
    /// section's default (the sizes of issue #10).
    qint64 rows = 0;

    /// The value of --set `name`=..., or `fallback`.
    [[nodiscard]] QString setting(const QString& name, const QString& fallback = {}) const;
    [[nodiscard]] qint64 intSetting(const QString& name, qint64 fallback) const;
    /// A size: --set `name`=... when given, else `fromRows`(--rows) when --rows was given, else `fallback`.
    [[nodiscard]] qint64 size(const QString& name, qint64 fallback, qint64 fromRows) const;
    /// The same with --rows itself as the size.
    [[nodiscard]] qint64 size(const QString& name, qint64 fallback) const { return size(name, fallback, rows); }
};

/// Raw OpenSSL throughput of one operation, on one thread and on every thread (BenchOpenSsl.cpp).
struct RawRate
{
    double oneThreadPerSecond = 0;
    double allThreadsPerSecond = 0;
    int threads = 1;
    /// Process CPU time per item on every thread (what a loaded machine does not distort much).
    double cpuMicrosecondsEach = 0;
};

/// The raw limits bulk issuance is compared with (issue #10): EC P-256 key generation + one ECDSA signature, and
/// RSA 2048 key generation, per device. Measured by the openssl section; when it did not run in this process, they
/// are measured here first (a shorter run).
RawRate rawEcKeygenSignRate(const BenchOptions& options);
RawRate rawRsaKeygenRate(const BenchOptions& options);
/// One unit of the raw limit (BenchOpenSsl.cpp), for sections that time it beside their own work: a new EC P-256 (or
/// RSA 2048) key and one ECDSA P-256/SHA-256 CA signature over a TBSCertificate-sized message.
std::function<bool()> rawKeygenSignWork(bool rsa);

/// One section of iotca-bench: measures one thing and prints figures; never asserts on time.
struct BenchSection
{
    int number;
    /// Short name for --section (e.g. "csv").
    QString name;
    /// One line for --list.
    QString title;
    /// Returns a process exit code: 0 when it ran, non-zero when it could not.
    std::function<int(const BenchOptions&)> run;
};

/// The sections in order. The table lives in BenchSections.cpp; each section's code in its own Bench*.cpp file.
const QList<BenchSection>& benchSections();

// Section entry points, one per file. Engineers owning an area fill in theirs.
int runOpenSslLimitsBench(const BenchOptions& options); // 1: raw OpenSSL limits       (BenchOpenSsl.cpp)
int runBulkIssuanceBench(const BenchOptions& options); // 2: bulk issuance            (BenchIssuance.cpp)
int runCsvBench(const BenchOptions& options); // 3: association CSV          (BenchCsv.cpp)
int runWorkspaceBench(const BenchOptions& options); // 4: workspace with 1M devices (BenchWorkspace.cpp)
int runGuiStallsBench(const BenchOptions& options); // 5: GUI stalls               (BenchGui.cpp)
int runIssuerCostBench(const BenchOptions& options); // 6: issuer cost vs raw       (BenchIssuerCost.cpp)
int runTeamWorkspaceBench(const BenchOptions& options); // 7: PostgreSQL beside SQLite (BenchTeamWorkspace.cpp)

/// For sections not written yet: says so and returns 0, so that running every section still works.
int notImplementedYet(const QString& sectionName);

} // namespace iotca::bench
