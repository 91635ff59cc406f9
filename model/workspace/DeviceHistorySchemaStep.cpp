#include "DeviceHistorySchemaStep.h"

namespace iotca::model {

// SQLite cannot drop a table constraint, so the table is rebuilt the way https://www.sqlite.org/lang_altertable.html
// ("Making Other Kinds Of Table Schema Changes") describes: a new table, the rows copied with their ids (the trigram
// index device_name_search is keyed on them and stays valid), the old table dropped (its indexes and triggers go
// with it; the implicit DELETE of a DROP fires no trigger, so device_certificate_counts stays right), the new one
// renamed, then the indexes of steps 2 and 7 and the triggers of step 4 made again, word for word. No table
// references device_certificates, so foreign keys need not be switched off.
//
// New columns:
//  - generation: 1 for a device's first certificate, n + 1 for the certificate that re-issues generation n.
//    UNIQUE (product_key, device_name, generation) keeps what the old constraint guaranteed for every bulk issue and
//    CSV import (they insert generation 1, so a second "first" certificate of a device is still refused by the
//    database), and lets a re-issue add the next generation.
//  - supersedes_serial: the serial (same CA) of the certificate a re-issue replaced; '' for a first certificate.
// issuance_intents gets supersedes_serial too, so that a re-issue interrupted after signing is recovered as the
// re-issue it was (IssuanceRecovery).
QStringList deviceHistorySchemaStep(sql::Backend backend)
{
    if (backend == sql::Backend::Postgres) {
        // PostgreSQL drops a table constraint in place (ALTER TABLE ... DROP CONSTRAINT); an unnamed UNIQUE table
        // constraint is named <table>_<columns>_key (PostgreSQL 15 docs, CREATE TABLE, "CONSTRAINT constraint_name":
        // "If a constraint name is not specified, the system generates a name"; the generated form is the one
        // ChooseConstraintName gives and \d shows). No rebuild, so the step 4 triggers stay.
        return {
            QStringLiteral("ALTER TABLE device_certificates ADD COLUMN generation BIGINT NOT NULL DEFAULT 1 "
                           "CHECK (generation >= 1)"),
            QStringLiteral("ALTER TABLE device_certificates ADD COLUMN supersedes_serial TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE device_certificates DROP CONSTRAINT device_certificates_product_key_device_name_key"),
            QStringLiteral("ALTER TABLE device_certificates ADD UNIQUE (product_key, device_name, generation)"),
            QStringLiteral("ALTER TABLE issuance_intents ADD COLUMN supersedes_serial TEXT NOT NULL DEFAULT ''"),
        };
    }
    return {
        QStringLiteral(R"(CREATE TABLE device_certificates_rebuilt (
            id INTEGER PRIMARY KEY,
            ca_id INTEGER NOT NULL REFERENCES cas(id),
            serial_hex TEXT NOT NULL,
            product_key TEXT NOT NULL,
            device_name TEXT NOT NULL,
            certificate_der BLOB NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('Issued', 'Associated', 'Inactivated', 'Deleted')),
            not_after INTEGER NOT NULL,
            created INTEGER NOT NULL,
            exported_path TEXT NOT NULL DEFAULT '',
            platform_state TEXT NOT NULL DEFAULT '',
            differs_from_platform INTEGER NOT NULL DEFAULT 0,
            remote_id TEXT NOT NULL DEFAULT '',
            generation INTEGER NOT NULL DEFAULT 1 CHECK (generation >= 1),
            supersedes_serial TEXT NOT NULL DEFAULT '',
            UNIQUE (ca_id, serial_hex),
            UNIQUE (product_key, device_name, generation)))"),
        QStringLiteral("INSERT INTO device_certificates_rebuilt (id, ca_id, serial_hex, product_key, device_name, "
                       "certificate_der, status, not_after, created, exported_path, platform_state, "
                       "differs_from_platform, remote_id) "
                       "SELECT id, ca_id, serial_hex, product_key, device_name, certificate_der, status, not_after, "
                       "created, exported_path, platform_state, differs_from_platform, remote_id "
                       "FROM device_certificates"),
        QStringLiteral("DROP TABLE device_certificates"),
        QStringLiteral("ALTER TABLE device_certificates_rebuilt RENAME TO device_certificates"),
        // Step 2's and step 7's indexes.
        QStringLiteral("CREATE INDEX device_certificates_serial ON device_certificates (serial_hex, id)"),
        QStringLiteral("CREATE INDEX device_certificates_device ON device_certificates (device_name, id)"),
        QStringLiteral("CREATE INDEX device_certificates_not_after ON device_certificates (not_after, id)"),
        QStringLiteral("CREATE INDEX device_certificates_ca_device ON device_certificates (ca_id, device_name, id)"),
        QStringLiteral("CREATE INDEX device_certificates_ca_not_after ON device_certificates (ca_id, not_after, id)"),
        QStringLiteral("CREATE INDEX device_certificates_ca_status ON device_certificates (ca_id, status, id)"),
        QStringLiteral("CREATE INDEX device_certificates_status ON device_certificates (status, id)"),
        QStringLiteral("CREATE INDEX device_certificates_product ON device_certificates (product_key, id)"),
        QStringLiteral("CREATE INDEX device_certificates_ca_product ON device_certificates (ca_id, product_key, id)"),
        QStringLiteral("CREATE INDEX device_certificates_ca_platform ON device_certificates "
                       "(ca_id, platform_state, id)"),
        // Step 4's triggers.
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
        QStringLiteral("ALTER TABLE issuance_intents ADD COLUMN supersedes_serial TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace iotca::model
