#include "BenchSection.h"
#include "ProcessMemory.h"

#include "model/csv/AssociationCsvSplitter.h"
#include "model/csv/AssociationCsvValidator.h"
#include "model/csv/AssociationCsvWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <vector>

// Section 3: device-association CSV. How long validating a file of the platform's maximum size takes in process,
// and whether a file of a million rows streams in flat memory. Figures only; no pass/fail.

namespace iotca::bench {

namespace {

using model::AssociationCsvReport;
using model::AssociationCsvValidator;
using model::AssociationCsvWriter;
using model::AssociationRow;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("n/a")
                   : QString::number(static_cast<double>(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QString ms(qint64 nanoseconds)
{
    return QString::number(static_cast<double>(nanoseconds) / 1e6, 'f', 2) + QStringLiteral(" ms");
}

/// Writes `rows` rows like the bulk-issue job does: one product, 16-byte random serials as real certificates have.
/// Returns the nanoseconds the writer took.
qint64 generate(const QString& path, qint64 rows)
{
    QRandomGenerator random(20'261'123); // the same files on every run
    QElapsedTimer timer;
    timer.start();
    AssociationCsvWriter writer(path);
    if (!writer.open())
        return -1;
    AssociationRow row {0, QStringLiteral("a1BcDeFgHiJ"), {}, {}};
    QByteArray serial(16, '\0');
    for (qint64 i = 0; i < rows; ++i) {
        for (qsizetype b = 0; b < serial.size(); b += 4) {
            const quint32 word = random.generate();
            std::memcpy(serial.data() + b, &word, sizeof(word));
        }
        serial[0] = static_cast<char>((static_cast<unsigned char>(serial[0]) & 0x7F) | 0x01);
        row.deviceName = QStringLiteral("device-%1").arg(i, 7, 10, QLatin1Char('0'));
        row.certSn = QString::fromLatin1(serial.toHex().toUpper());
        if (!writer.append(row))
            return -1;
    }
    if (!writer.commit())
        return -1;
    return timer.nsecsElapsed();
}

/// CPU time of this process in nanoseconds: on a busy machine it says more than the wall clock.
qint64 cpuNanoseconds()
{
    return static_cast<qint64>(static_cast<double>(std::clock()) * 1e9 / CLOCKS_PER_SEC);
}

struct Measured
{
    qint64 nanoseconds = 0;
    qint64 cpuNanoseconds = 0;
    qint64 peakAboveBaselineKiB = -1;
    qint64 residentAfterKiB = -1;
    Result<AssociationCsvReport> report = AssociationCsvReport {};
};

Measured validateOnce(const QString& path, bool keepRows)
{
    ProcessMemory::resetPeak();
    const qint64 baseline = ProcessMemory::current().residentKiB;
    AssociationCsvValidator::Options options;
    options.keepRows = keepRows;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = cpuNanoseconds();
    Measured measured {0, 0, -1, -1, AssociationCsvValidator(options).validateFile(path)};
    measured.nanoseconds = timer.nsecsElapsed();
    measured.cpuNanoseconds = cpuNanoseconds() - cpuStart;
    const ProcessMemory after = ProcessMemory::current();
    if (after.peakKiB >= 0 && baseline >= 0)
        measured.peakAboveBaselineKiB = after.peakKiB - baseline;
    measured.residentAfterKiB = after.residentKiB;
    return measured;
}

QString outcome(const Result<AssociationCsvReport>& report)
{
    if (!report)
        return QStringLiteral("ERROR: ") + report.error().fullText();
    if (report->isValid())
        return QStringLiteral("valid");
    QString text = QStringLiteral("%1 problem(s)").arg(report->problemCount());
    if (!report->diagnostics.isEmpty())
        text += QStringLiteral(", first: ") + report->diagnostics.first().text();
    return text;
}

void timeRepeated(const QString& label, const QString& path, bool keepRows, int repeats)
{
    std::vector<qint64> times;
    std::vector<qint64> cpuTimes;
    Measured last;
    validateOnce(path, keepRows); // warm the page cache and the allocator
    for (int i = 0; i < repeats; ++i) {
        last = validateOnce(path, keepRows);
        times.push_back(last.nanoseconds);
        cpuTimes.push_back(last.cpuNanoseconds);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out() << "  " << label << ": wall min " << ms(times.front()) << ", median " << ms(times[times.size() / 2])
          << ", max " << ms(times.back()) << "; CPU min " << ms(cpuTimes.front()) << ", median "
          << ms(cpuTimes[cpuTimes.size() / 2]) << " (" << repeats << " runs); peak RSS above baseline "
          << mib(last.peakAboveBaselineKiB) << "; " << outcome(last.report) << '\n';
}

} // namespace

int runCsvBench(const BenchOptions& options)
{
    const qint64 smallRows = options.size(QStringLiteral("csv.rows"), AssociationCsvValidator::platformRowLimit,
                                          std::min<qint64>(options.rows, AssociationCsvValidator::platformRowLimit));
    const qint64 largeRows = options.size(QStringLiteral("csv.large-rows"), 1'000'000);
    const int repeats = static_cast<int>(options.size(QStringLiteral("csv.repeat"), 20, 3));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "  cannot create a temporary folder\n";
        return 1;
    }
    dir.setAutoRemove(!options.keepFiles);
    if (options.keepFiles)
        out() << "  files kept in " << QDir::toNativeSeparators(dir.path()) << '\n';

    const QString smallPath = dir.filePath(QStringLiteral("rows-%1.csv").arg(smallRows));
    const qint64 smallWrite = generate(smallPath, smallRows);
    if (smallWrite < 0) {
        out() << "  cannot write " << smallPath << '\n';
        return 1;
    }
    out() << "  " << number(smallRows) << " rows, " << number(QFileInfo(smallPath).size() / 1024)
          << " KiB, written by AssociationCsvWriter in " << ms(smallWrite) << '\n';
    timeRepeated(QStringLiteral("validate %1 rows").arg(number(smallRows)), smallPath, false, repeats);
    timeRepeated(QStringLiteral("validate %1 rows, keeping rows for a preview").arg(number(smallRows)), smallPath, true,
                 repeats);
    out().flush();

    const QString largePath = dir.filePath(QStringLiteral("rows-%1.csv").arg(largeRows));
    const qint64 largeWrite = generate(largePath, largeRows);
    if (largeWrite < 0) {
        out() << "  cannot write " << largePath << '\n';
        return 1;
    }
    out() << "  " << number(largeRows) << " rows, " << mib(QFileInfo(largePath).size() / 1024)
          << ", written by AssociationCsvWriter in " << ms(largeWrite) << '\n';
    const Measured large = validateOnce(largePath, false);
    const double seconds = static_cast<double>(large.nanoseconds) / 1e9;
    out() << "  validate " << number(largeRows) << " rows (streamed): wall " << ms(large.nanoseconds) << ", CPU "
          << ms(large.cpuNanoseconds) << " ("
          << number(static_cast<qint64>(static_cast<double>(largeRows) / std::max(seconds, 1e-9)))
          << " rows/s); peak RSS above baseline " << mib(large.peakAboveBaselineKiB) << ", RSS after "
          << mib(large.residentAfterKiB) << "; " << outcome(large.report) << '\n';
    out().flush();

    ProcessMemory::resetPeak();
    const qint64 baseline = ProcessMemory::current().residentKiB;
    QElapsedTimer timer;
    timer.start();
    const qint64 splitCpuStart = cpuNanoseconds();
    const auto split = model::AssociationCsvSplitter().split(largePath, dir.filePath(QStringLiteral("parts")));
    const qint64 splitTime = timer.nsecsElapsed();
    const qint64 splitCpu = cpuNanoseconds() - splitCpuStart;
    const ProcessMemory afterSplit = ProcessMemory::current();
    out() << "  split " << number(largeRows) << " rows into "
          << (split ? QString::number(split->files.size()) + QStringLiteral(" files") : split.error().fullText())
          << ": wall " << ms(splitTime) << ", CPU " << ms(splitCpu) << "; peak RSS above baseline "
          << mib(afterSplit.peakKiB >= 0 && baseline >= 0 ? afterSplit.peakKiB - baseline : -1) << '\n';
    out().flush();
    return 0;
}

} // namespace iotca::bench
