#include "BenchSection.h"

#include <QTextStream>

#include <algorithm>

namespace iotca::bench {

const QList<BenchSection>& benchSections()
{
    // Not translated: a developer tool whose output is compared across runs.
    static const QList<BenchSection> sections {
        {1, QStringLiteral("openssl"), QStringLiteral("Raw OpenSSL limits: key generation and signing rates"),
         runOpenSslLimitsBench},
        {2, QStringLiteral("issuance"), QStringLiteral("Bulk issuance of device certificates"), runBulkIssuanceBench},
        {3, QStringLiteral("csv"), QStringLiteral("Device-association CSV validation: 10,000 and 1,000,000 rows"),
         runCsvBench},
        {4, QStringLiteral("workspace"), QStringLiteral("Workspace with 1,000,000 device certificates"),
         runWorkspaceBench},
        {5, QStringLiteral("gui"), QStringLiteral("GUI stalls while jobs run"), runGuiStallsBench},
        {6, QStringLiteral("issuer"),
         QStringLiteral("DeviceCertificateIssuer CPU per device against raw key generation + signature"),
         runIssuerCostBench},
        {7, QStringLiteral("team"),
         QStringLiteral("Team workspace: issuance and 1,000,000 certificates on PostgreSQL beside SQLite"),
         runTeamWorkspaceBench},
    };
    return sections;
}

int notImplementedYet(const QString& sectionName)
{
    QTextStream(stdout) << "  (not implemented yet: fill in " << sectionName << ")\n";
    return 0;
}

QString BenchOptions::setting(const QString& name, const QString& fallback) const
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString& entry : settings) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size());
    }
    return fallback;
}

qint64 BenchOptions::intSetting(const QString& name, qint64 fallback) const
{
    bool ok = false;
    const qint64 value = setting(name).toLongLong(&ok);
    return ok ? value : fallback;
}

qint64 BenchOptions::size(const QString& name, qint64 fallback, qint64 fromRows) const
{
    bool ok = false;
    const qint64 value = setting(name).toLongLong(&ok);
    if (ok && value > 0)
        return value;
    return rows > 0 ? std::max<qint64>(1, fromRows) : fallback;
}

} // namespace iotca::bench
