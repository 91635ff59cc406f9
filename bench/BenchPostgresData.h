#pragma once

#include "crypto/Result.h"

#include <QString>
#include <QUrl>

namespace iotca::model {
class Workspace;
}

// The PostgreSQL side of section 7 (team): a throwaway database, and the 1,000,000-row fill in PostgreSQL's dialect.

namespace iotca::bench {

/// The server iotca-bench may use: IOTCA_BENCH_POSTGRES_URL (scripts/bench starts a throwaway PostgreSQL 15 cluster
/// on loopback and sets it, the way scripts/lib/postgres.sh does for the tests), e.g.
/// postgresql://iotca@127.0.0.1:PORT/postgres. Empty when not set.
QString benchPostgresUrl();

/// A fresh database on the server of `adminUrl`, dropped again (WITH (FORCE)) by the destructor.
class BenchPostgresDatabase
{
public:
    BenchPostgresDatabase() = default;
    BenchPostgresDatabase(const BenchPostgresDatabase&) = delete;
    BenchPostgresDatabase& operator=(const BenchPostgresDatabase&) = delete;
    ~BenchPostgresDatabase();

    /// Creates it; an error text when it could not (empty on success).
    [[nodiscard]] QString create(const QString& adminUrl);
    /// postgresql://user@host:port/<the database>
    [[nodiscard]] QString url() const;

private:
    bool runAdmin(const QString& statement, QString* failure) const;

    QUrl m_adminUrl;
    QString m_name;
};

/// bulkInsertDevices() (BenchData.h) for a team workspace: the same rows (every other one to `bigCaId`, 16-byte
/// random serials, "sensor-0000001", 500-byte certificates, 30 % Associated, export paths on the Issued ones) from
/// generate_series() in 100,000-row transactions, the plain indexes dropped and rebuilt around it, then ANALYZE.
Status bulkInsertDevicesPostgres(model::Workspace& workspace, qint64 bigCaId, qint64 firstOtherCaId, int otherCaCount,
                                 qint64 rows, const QString& namePrefix = QStringLiteral("sensor-"));

} // namespace iotca::bench
