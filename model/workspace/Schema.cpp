#include "Schema.h"

#include "DeviceHistorySchemaStep.h"
#include "PostgresSchemaSteps.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QStringList>

namespace iotca::model {

namespace {

// The ordered migrations. Step N (1-based) brings the database from version N-1 to N. Never edit a step that has
// shipped; append a new one. Statements are written once, in SQLite's dialect; sql::translate() rewrites them for
// PostgreSQL (SqlDialect.cpp names each difference). The few SQLite-only constructs (FTS5, SQLite trigger bodies,
// a table rebuild) have a PostgreSQL counterpart next to them, chosen by `backend`.
QList<QStringList> sqliteFormMigrations(sql::Backend backend)
{
    const bool postgres = backend == sql::Backend::Postgres;
    return {
        // 1: the initial schema.
        {
            QStringLiteral(R"(CREATE TABLE cas (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                certificate_der BLOB NOT NULL,
                encrypted_key_pem BLOB,
                key_reference TEXT,
                serial_hex TEXT NOT NULL,
                subject TEXT NOT NULL,
                issuer TEXT NOT NULL,
                not_before INTEGER NOT NULL,
                not_after INTEGER NOT NULL,
                key_algorithm TEXT NOT NULL,
                parent_ca_id INTEGER REFERENCES cas(id),
                notes TEXT NOT NULL DEFAULT '',
                created INTEGER NOT NULL,
                passphrase_keychain_key TEXT NOT NULL DEFAULT '',
                CHECK (encrypted_key_pem IS NOT NULL OR key_reference IS NOT NULL)))"),
            QStringLiteral(R"(CREATE TABLE platform_accounts (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                platform_id TEXT NOT NULL,
                display_name TEXT NOT NULL DEFAULT '',
                region TEXT NOT NULL DEFAULT '',
                endpoint TEXT NOT NULL DEFAULT '',
                instance_id TEXT NOT NULL DEFAULT '',
                product TEXT NOT NULL DEFAULT '',
                credential_key TEXT NOT NULL DEFAULT '',
                ca_bundle_path TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE ca_registrations (
                ca_id INTEGER NOT NULL REFERENCES cas(id),
                account_id INTEGER NOT NULL REFERENCES platform_accounts(id),
                remote_id TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('Activated', 'Inactivated', 'Deleted')),
                registration_code TEXT NOT NULL DEFAULT '',
                registered_at INTEGER,
                last_synced INTEGER,
                PRIMARY KEY (ca_id, account_id)))"),
            QStringLiteral("CREATE INDEX ca_registrations_account ON ca_registrations (account_id)"),
            QStringLiteral(R"(CREATE TABLE device_certificates (
                id INTEGER PRIMARY KEY,
                ca_id INTEGER NOT NULL REFERENCES cas(id),
                serial_hex TEXT NOT NULL,
                product_key TEXT NOT NULL,
                device_name TEXT NOT NULL,
                certificate_der BLOB NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('Issued', 'Associated', 'Inactivated', 'Deleted')),
                not_after INTEGER NOT NULL,
                created INTEGER NOT NULL,
                UNIQUE (ca_id, serial_hex),
                UNIQUE (product_key, device_name)))"),
            QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time INTEGER NOT NULL,
                action TEXT NOT NULL,
                object_type TEXT NOT NULL,
                object_id TEXT NOT NULL,
                details TEXT NOT NULL,
                hash BLOB NOT NULL))"),
        },
        // 2: where device files were exported, and the indexes the device list sorts and pages on (keyset
        // pagination on (column, id)).
        {
            QStringLiteral("ALTER TABLE device_certificates ADD COLUMN exported_path TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX device_certificates_serial ON device_certificates (serial_hex, id)"),
            QStringLiteral("CREATE INDEX device_certificates_device ON device_certificates (device_name, id)"),
            QStringLiteral("CREATE INDEX device_certificates_not_after ON device_certificates (not_after, id)"),
            QStringLiteral(
                "CREATE INDEX device_certificates_ca_device ON device_certificates (ca_id, device_name, id)"),
            QStringLiteral(
                "CREATE INDEX device_certificates_ca_not_after ON device_certificates (ca_id, not_after, id)"),
            QStringLiteral("CREATE INDEX device_certificates_ca_status ON device_certificates (ca_id, status, id)"),
            QStringLiteral("CREATE INDEX device_certificates_status ON device_certificates (status, id)"),
            QStringLiteral("CREATE INDEX device_certificates_product ON device_certificates (product_key, id)"),
            QStringLiteral(
                "CREATE INDEX device_certificates_ca_product ON device_certificates (ca_id, product_key, id)"),
        },
        // 3: the recorded head of the audit chain, so that deleting the newest entries is detected too.
        {
            QStringLiteral("CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID"),
            // The head id is an integer in a BLOB column; PostgreSQL's bytea takes its digits (sql::metaInteger()).
            postgres ? QStringLiteral("INSERT INTO workspace_meta (key, value) "
                                      "SELECT 'audit_head_id', convert_to(COALESCE(MAX(id), 0)::text, 'UTF8') "
                                      "FROM audit_log")
                     : QStringLiteral("INSERT INTO workspace_meta (key, value) "
                                      "SELECT 'audit_head_id', COALESCE(MAX(id), 0) FROM audit_log"),
            QStringLiteral("INSERT INTO workspace_meta (key, value) "
                           "SELECT 'audit_head_hash', COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), "
                           "zeroblob(32))"),
        },
        // 4: what keeps the device list instant with a million certificates.
        //  - device_name_search: an FTS5 trigram index of the device names (with the CA id, unindexed, to filter
        //    on), so that "part of the device name" is an index lookup instead of a scan of every row
        //    (DeviceCertificateModel's text filter: `device_name GLOB '*text*'`, case-sensitive like instr()).
        //    detail=none and columnsize=0: substring lookups need neither positions nor sizes.
        //  - device_certificate_counts: the number of certificates per CA and status, so that counting a CA's
        //    certificates reads one row instead of every index entry.
        //  Both are kept by triggers, in the writer's transaction. PostgreSQL: postgresDeviceSearchStep().
        postgres ? postgresDeviceSearchStep() : QStringList {
            QStringLiteral("CREATE VIRTUAL TABLE device_name_search USING fts5(device_name, ca_id UNINDEXED, "
                           "tokenize = 'trigram case_sensitive 1', detail = none, columnsize = 0)"),
            QStringLiteral("INSERT INTO device_name_search (rowid, device_name, ca_id) "
                           "SELECT id, device_name, ca_id FROM device_certificates"),
            QStringLiteral("CREATE TRIGGER device_name_search_insert AFTER INSERT ON device_certificates BEGIN "
                           "INSERT INTO device_name_search (rowid, device_name, ca_id) "
                           "VALUES (NEW.id, NEW.device_name, NEW.ca_id); END"),
            QStringLiteral("CREATE TRIGGER device_name_search_delete AFTER DELETE ON device_certificates BEGIN "
                           "DELETE FROM device_name_search WHERE rowid = OLD.id; END"),
            QStringLiteral("CREATE TRIGGER device_name_search_update AFTER UPDATE OF id, device_name, ca_id ON "
                           "device_certificates BEGIN "
                           "DELETE FROM device_name_search WHERE rowid = OLD.id; "
                           "INSERT INTO device_name_search (rowid, device_name, ca_id) "
                           "VALUES (NEW.id, NEW.device_name, NEW.ca_id); END"),
            QStringLiteral("CREATE TABLE device_certificate_counts (ca_id INTEGER NOT NULL, status TEXT NOT NULL, "
                           "count INTEGER NOT NULL, PRIMARY KEY (ca_id, status)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO device_certificate_counts (ca_id, status, count) "
                           "SELECT ca_id, status, COUNT(*) FROM device_certificates GROUP BY ca_id, status"),
            QStringLiteral("CREATE TRIGGER device_certificate_counts_insert AFTER INSERT ON device_certificates BEGIN "
                           "INSERT INTO device_certificate_counts (ca_id, status, count) VALUES (NEW.ca_id, "
                           "NEW.status, 1) ON CONFLICT (ca_id, status) DO UPDATE SET count = count + 1; END"),
            QStringLiteral("CREATE TRIGGER device_certificate_counts_delete AFTER DELETE ON device_certificates BEGIN "
                           "UPDATE device_certificate_counts SET count = count - 1 "
                           "WHERE ca_id = OLD.ca_id AND status = OLD.status; "
                           "DELETE FROM device_certificate_counts "
                           "WHERE ca_id = OLD.ca_id AND status = OLD.status AND count <= 0; END"),
            QStringLiteral("CREATE TRIGGER device_certificate_counts_update AFTER UPDATE OF ca_id, status ON "
                           "device_certificates WHEN OLD.ca_id IS NOT NEW.ca_id OR OLD.status IS NOT NEW.status "
                           "BEGIN "
                           "UPDATE device_certificate_counts SET count = count - 1 "
                           "WHERE ca_id = OLD.ca_id AND status = OLD.status; "
                           "DELETE FROM device_certificate_counts "
                           "WHERE ca_id = OLD.ca_id AND status = OLD.status AND count <= 0; "
                           "INSERT INTO device_certificate_counts (ca_id, status, count) VALUES (NEW.ca_id, "
                           "NEW.status, 1) ON CONFLICT (ca_id, status) DO UPDATE SET count = count + 1; END"),
        },
        // 5 (crashsafe): issuance intents, "record first". A bulk job commits one row per device it is about to
        // issue (the files it will write) BEFORE any key is made or anything is signed, and deletes the rows in the
        // transaction that records the devices. Rows left by a crash tell the next read-write open which files to
        // adopt or remove (IssuanceRecovery).
        {
            QStringLiteral(R"(CREATE TABLE issuance_intents (
                id INTEGER PRIMARY KEY,
                job TEXT NOT NULL,
                ca_id INTEGER NOT NULL REFERENCES cas(id),
                product_key TEXT NOT NULL,
                device_name TEXT NOT NULL,
                certificate_path TEXT NOT NULL,
                key_path TEXT NOT NULL DEFAULT '',
                created INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX issuance_intents_job ON issuance_intents (job, device_name)"),
        },
        // 6 (pki): revocation and sub-CA requests.
        //  - revocations: every certificate a CA of the workspace revoked (device certificates and intermediates
        //    alike, by the issuing CA and serial), with the RFC 5280 5.3.1 reason code; what its CRLs list.
        //  - crl_numbers: the last cRLNumber each CA used (RFC 5280 5.2.3: monotonically increasing).
        //  - pending_ca_keys: a sub-CA key made here whose certificate request is being signed elsewhere
        //    (`ca create-csr`); importing the signed certificate joins it to this key and removes the row.
        //  Both CA tables follow the CA when it is deleted (ON DELETE CASCADE).
        {
            QStringLiteral(R"(CREATE TABLE revocations (
                ca_id INTEGER NOT NULL REFERENCES cas(id) ON DELETE CASCADE,
                serial_hex TEXT NOT NULL,
                revoked_at INTEGER NOT NULL,
                reason INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (ca_id, serial_hex)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE crl_numbers (
                ca_id INTEGER PRIMARY KEY REFERENCES cas(id) ON DELETE CASCADE,
                last_number INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE pending_ca_keys (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                subject TEXT NOT NULL,
                public_key_der BLOB NOT NULL UNIQUE,
                encrypted_key_pem BLOB NOT NULL,
                request_der BLOB NOT NULL,
                created INTEGER NOT NULL))"),
        },
        // 7 (platform): what the platform last said about each device certificate, kept beside the workspace's own
        // status so that a disagreement is shown, never guessed away (brief rule 1).
        //  - platform_state: '' (never read), 'Active', 'Inactive', 'NotListed' (the platform's list of the CA's
        //    device certificates does not hold it) or 'OtherCertificate' (it holds another certificate under this
        //    serial); written by every read-back (DeviceStatusReconciler).
        //  - differs_from_platform: 1 when that reading disagrees with the recorded status and could not be
        //    brought into line (the device pane and `device list` mark the row).
        //  - remote_id: the id the platform answered for the certificate when it was registered (AWS
        //    certificateId), read from the platform rather than computed here.
        //  The index keeps the device pane's sort by the platform column a keyset walk per CA.
        {
            QStringLiteral("ALTER TABLE device_certificates ADD COLUMN platform_state TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE device_certificates ADD COLUMN differs_from_platform INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE device_certificates ADD COLUMN remote_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX device_certificates_ca_platform ON device_certificates "
                           "(ca_id, platform_state, id)"),
        },
        // 8 (pki): device certificate history. A re-issue gives a device a new certificate beside the old one:
        // UNIQUE (product_key, device_name) becomes UNIQUE (product_key, device_name, generation), with the serial
        // each re-issue supersedes (DeviceHistorySchemaStep.cpp says how and why).
        deviceHistorySchemaStep(backend),
        // 9 (bundle): what a transfer bundle from an air-gapped machine brings, and registrations done by hand.
        //  - pending_ca_registrations: a verification certificate made offline with the CA key, for a registration
        //    code of one platform, waiting to be uploaded (`ca register` uses it, since the key is not here);
        //    uploaded_account_id/uploaded_at say which registration used it. One row per certificate, so importing
        //    the same bundle again adds nothing.
        //  - unconfirmed_ca_registrations: `ca mark-registered` while the platform could not be asked (brief rule 1:
        //    never shown as registered until the platform says so); `ca sync` confirms it and removes the row.
        {
            QStringLiteral(R"(CREATE TABLE pending_ca_registrations (
                id INTEGER PRIMARY KEY,
                ca_id INTEGER NOT NULL REFERENCES cas(id) ON DELETE CASCADE,
                platform_id TEXT NOT NULL,
                registration_code TEXT NOT NULL,
                verification_der BLOB NOT NULL UNIQUE,
                bundle_manifest_sha256 TEXT NOT NULL,
                imported_at INTEGER NOT NULL,
                uploaded_account_id INTEGER REFERENCES platform_accounts(id) ON DELETE SET NULL,
                uploaded_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE unconfirmed_ca_registrations (
                ca_id INTEGER NOT NULL REFERENCES cas(id) ON DELETE CASCADE,
                account_id INTEGER NOT NULL REFERENCES platform_accounts(id) ON DELETE CASCADE,
                remote_id TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                PRIMARY KEY (ca_id, account_id)))"),
        },
        // 10 (teamdb): who did it. Several operators write to a team workspace (PostgreSQL), so each audit entry names
        // its operator: the OS user, or the name set with IOTCA_OPERATOR (Workspace::operatorName()). '' for entries written before
        // this step; AuditEntry::canonicalBytes() covers the name only when it is not empty, so their hashes stay
        // valid.
        {
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN operator TEXT NOT NULL DEFAULT ''"),
        },
        // 11 (lead): verification_certificates, every verification certificate a CA of the workspace signed
        // (brief rule 1: every certificate the CA signs is recorded; VerificationCertificateLedger). purpose is
        // VerificationCertificateLedger::purposeName(); the certificate's own key is never kept.
        {
            QStringLiteral(R"(CREATE TABLE verification_certificates (
                id INTEGER PRIMARY KEY,
                ca_id INTEGER NOT NULL REFERENCES cas(id) ON DELETE CASCADE,
                serial_hex TEXT NOT NULL,
                registration_code TEXT NOT NULL,
                certificate_der BLOB NOT NULL UNIQUE,
                purpose TEXT NOT NULL,
                made_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX verification_certificates_ca ON verification_certificates (ca_id, id)"),
        },
        // 12 (pgserial): serials reserved before anything is signed. Each intent names the serial its certificate
        // will carry, under a unique index per CA (device_certificates has had UNIQUE (ca_id, serial_hex) since
        // step 1), so two operators or jobs never sign the same serial: IssuanceIntents::insert() commits the
        // reservation first and draws again on a collision. NULL in intents from before this step; NULLs are
        // distinct in a UNIQUE index on both back ends (https://www.sqlite.org/lang_createindex.html "Unique
        // Indexes"; PostgreSQL 15 docs, 11.6 "Unique Indexes").
        {
            QStringLiteral("ALTER TABLE issuance_intents ADD COLUMN serial_hex TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX issuance_intents_serial ON issuance_intents (ca_id, serial_hex)"),
        },
        // 13 (serials): every certificate a CA of the workspace signs reserves its serial the same way, not only a
        // device's: a CA certificate it issues (a sub-CA, signed from a CSR, or renewed) and a verification
        // certificate. RFC 5280 4.1.2.2: the serial is unique for each certificate a given CA issues. Their
        // reservations are intents of the kind named in certificate_kind (IssuanceIntents::kindName(): 'device',
        // 'ca', 'verification'), under the same unique index (ca_id, serial_hex), so a device serial and a sub-CA's or
        // a verification certificate's can never be drawn twice, by one operator or two (SerialReservation). Every
        // existing intent is a device's, so the default migrates them.
        {
            QStringLiteral("ALTER TABLE issuance_intents ADD COLUMN certificate_kind TEXT NOT NULL DEFAULT 'device'"),
        },
    };
}

Status execute(QSqlDatabase& database, const QString& statement, const QString& failureMessage)
{
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        return sql::error(failureMessage, query.lastError());
    }
    return {};
}

QList<QStringList> migrations(sql::Backend backend)
{
    QList<QStringList> steps = sqliteFormMigrations(backend);
    for (QStringList& step : steps) {
        for (QString& statement : step) {
            statement = sql::translate(backend, statement);
        }
    }
    return steps;
}

Result<int> pragmaInt(const QSqlDatabase& database, const QString& pragma)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next()) {
        return sql::error(Schema::tr("Could not read the workspace database's version."), query.lastError());
    }
    return query.value(0).toInt();
}

// PostgreSQL has no PRAGMA user_version / application_id (https://www.sqlite.org/pragma.html#pragma_user_version):
// a one-row table `workspace_schema` holds both. PostgreSQL 15 docs, 9.26 "System Information Functions":
// to_regclass() is NULL for a table that does not exist.
const QString postgresSchemaTable = QStringLiteral("workspace_schema");

struct Marks
{
    int applicationId = 0;
    int version = 0;
    bool empty = false;
};

Result<Marks> readMarks(const QSqlDatabase& database)
{
    const QString failure = Schema::tr("Could not read the workspace database's version.");
    Marks marks;
    if (sql::backendOf(database) == sql::Backend::Sqlite) {
        const auto applicationIdValue = pragmaInt(database, QStringLiteral("application_id"));
        if (!applicationIdValue) {
            return applicationIdValue.error();
        }
        const auto versionValue = pragmaInt(database, QStringLiteral("user_version"));
        if (!versionValue) {
            return versionValue.error();
        }
        marks.applicationId = *applicationIdValue;
        marks.version = *versionValue;
        if (marks.applicationId == 0 && marks.version == 0) {
            QSqlQuery tables(database);
            if (!tables.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema")) || !tables.next()) {
                return sql::error(Schema::tr("Could not read the workspace database."), tables.lastError());
            }
            marks.empty = tables.value(0).toInt() == 0;
        }
        return marks;
    }
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL, (SELECT COUNT(*) FROM pg_catalog.pg_tables "
                                   "WHERE schemaname = current_schema())")
                        .arg(postgresSchemaTable))
        || !query.next()) {
        return sql::error(failure, query.lastError());
    }
    const bool hasMarks = query.value(0).toBool();
    marks.empty = query.value(1).toLongLong() == 0;
    query.finish();
    if (!hasMarks) {
        return marks;
    }
    if (!query.exec(QStringLiteral("SELECT application_id, version FROM %1").arg(postgresSchemaTable))) {
        return sql::error(failure, query.lastError());
    }
    if (query.next()) {
        marks.applicationId = query.value(0).toInt();
        marks.version = query.value(1).toInt();
    }
    return marks;
}

/// The statements that record `version` at the end of a migration step.
QStringList markStatements(sql::Backend backend, int version)
{
    if (backend == sql::Backend::Sqlite) {
        return {QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                QStringLiteral("PRAGMA user_version = %1").arg(version)};
    }
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (application_id BIGINT NOT NULL, version BIGINT NOT NULL)")
                .arg(postgresSchemaTable),
            QStringLiteral("DELETE FROM %1").arg(postgresSchemaTable),
            QStringLiteral("INSERT INTO %1 (application_id, version) VALUES (%2, %3)")
                .arg(postgresSchemaTable)
                .arg(Schema::applicationId)
                .arg(version)};
}

} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(migrations(sql::Backend::Sqlite).size());
}

int Schema::deviceHistoryVersion()
{
    // Found, not written down: the version stays right when the steps are renumbered.
    const QList<QStringList> steps = migrations(sql::Backend::Sqlite);
    return static_cast<int>(steps.indexOf(deviceHistorySchemaStep(sql::Backend::Sqlite))) + 1;
}

Result<int> Schema::version(const QSqlDatabase& database)
{
    const auto marks = readMarks(database);
    if (!marks) {
        return marks.error();
    }
    return marks->version;
}

Status Schema::checkCompatible(const QSqlDatabase& database)
{
    const auto marks = readMarks(database);
    if (!marks) {
        return marks.error();
    }
    if (marks->applicationId == 0 && marks->version == 0 && marks->empty) {
        return {}; // a new, empty database
    }
    if (marks->applicationId != applicationId) {
        return Error {tr("The file '%1' is not an IoT CA Desk workspace.").arg(database.databaseName()),
                      {},
                      QStringLiteral("NotAWorkspace")};
    }
    if (marks->version > currentVersion()) {
        //: %1 is a file, %2 and %3 are schema version numbers
        return Error {tr("The workspace '%1' was written by a newer version of IoT CA Desk (schema %2; this version "
                         "reads up to %3). Update IoT CA Desk to open it.")
                          .arg(database.databaseName())
                          .arg(marks->version)
                          .arg(currentVersion()),
                      {},
                      QStringLiteral("SchemaTooNew")};
    }
    return {};
}

Status Schema::migrate(QSqlDatabase& database, int targetVersion)
{
    if (Status compatible = checkCompatible(database); !compatible) {
        return compatible;
    }
    const auto from = version(database);
    if (!from) {
        return from.error();
    }
    const sql::Backend backend = sql::backendOf(database);
    const QList<QStringList> steps = migrations(backend);
    for (int step = *from + 1; step <= targetVersion && step <= steps.size(); ++step) {
        //: %1 is a schema version number
        const QString failure = tr("Could not upgrade the workspace database to schema version %1.").arg(step);
        // SQLite: BEGIN IMMEDIATE takes the write lock up front. PostgreSQL: DDL is transactional (PostgreSQL wiki
        // "Transactional DDL"; 3.4 "Transactions"), and several operators may open a workspace at once, so each step
        // takes a transaction-level advisory lock (9.27.10 "Advisory Lock Functions": pg_advisory_xact_lock) and
        // reads the version again under it: the second opener finds the step done.
        const QString begin =
            backend == sql::Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        if (Status begun = execute(database, begin, failure); !begun) {
            return begun;
        }
        if (backend == sql::Backend::Postgres) {
            if (Status locked = execute(database,
                                        QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                                            .arg(sql::advisoryLockSpace)
                                            .arg(sql::advisoryLockMigration),
                                        failure);
                !locked) {
                (void)execute(database, QStringLiteral("ROLLBACK"), failure);
                return locked;
            }
            const auto now = version(database);
            if (!now) {
                (void)execute(database, QStringLiteral("ROLLBACK"), failure);
                return now.error();
            }
            if (*now >= step) {
                if (Status committed = execute(database, QStringLiteral("COMMIT"), failure); !committed) {
                    return committed;
                }
                continue;
            }
        }
        QStringList statements = steps.at(step - 1);
        statements << markStatements(backend, step);
        for (const QString& statement : std::as_const(statements)) {
            if (Status done = execute(database, statement, failure); !done) {
                (void)execute(database, QStringLiteral("ROLLBACK"), failure);
                return done;
            }
        }
        if (Status committed = execute(database, QStringLiteral("COMMIT"), failure); !committed) {
            (void)execute(database, QStringLiteral("ROLLBACK"), failure);
            return committed;
        }
    }
    return {};
}

} // namespace iotca::model
