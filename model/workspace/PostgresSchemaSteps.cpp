#include "PostgresSchemaSteps.h"

namespace iotca::model {

// Schema step 4 on PostgreSQL.
//  - device_name_search: SQLite keeps an FTS5 trigram table (https://www.sqlite.org/fts5.html "The Trigram
//    Tokenizer"). PostgreSQL has no FTS5; a view with the same columns (rowid = the certificate id) keeps the name
//    resolvable, and the device pane's substring filter uses strpos() there (sql::translate()). A trigram index
//    (pg_trgm, F.35) needs CREATE EXTENSION, which a workspace role may not be allowed to run, so it is left to the
//    database administrator.
//  - device_certificate_counts: the same table, kept by one PL/pgSQL trigger function (PostgreSQL 15 docs, 43.10
//    "Trigger Functions"; CREATE TRIGGER ... FOR EACH ROW ... EXECUTE FUNCTION) instead of SQLite trigger bodies.
//    The upsert names the target row through the table alias, as INSERT's "ON CONFLICT Clause" requires for a
//    column that also appears in EXCLUDED.
QStringList postgresDeviceSearchStep()
{
    return {
        // SQLite's instr() (https://www.sqlite.org/lang_corefunc.html#instr), which the device pane's filters use,
        // as a SQL function over PostgreSQL's strpos() (9.4 "String Functions and Operators"; 38.5 "Query Language
        // (SQL) Functions").
        QStringLiteral("CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE "
                       "AS 'SELECT strpos(haystack, needle)'"),
        QStringLiteral("CREATE VIEW device_name_search AS SELECT id AS rowid, device_name, ca_id "
                       "FROM device_certificates"),
        QStringLiteral("CREATE TABLE device_certificate_counts (ca_id BIGINT NOT NULL, status TEXT NOT NULL, "
                       "count BIGINT NOT NULL, PRIMARY KEY (ca_id, status))"),
        QStringLiteral("INSERT INTO device_certificate_counts (ca_id, status, count) "
                       "SELECT ca_id, status, COUNT(*) FROM device_certificates GROUP BY ca_id, status"),
        QStringLiteral(R"(CREATE FUNCTION device_certificate_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
        UPDATE device_certificate_counts SET count = count - 1 WHERE ca_id = OLD.ca_id AND status = OLD.status;
        DELETE FROM device_certificate_counts WHERE ca_id = OLD.ca_id AND status = OLD.status AND count <= 0;
    END IF;
    IF TG_OP = 'UPDATE' OR TG_OP = 'INSERT' THEN
        INSERT INTO device_certificate_counts AS c (ca_id, status, count) VALUES (NEW.ca_id, NEW.status, 1)
            ON CONFLICT (ca_id, status) DO UPDATE SET count = c.count + 1;
    END IF;
    RETURN NULL;
END
$$)"),
        QStringLiteral("CREATE TRIGGER device_certificate_counts_insert_delete AFTER INSERT OR DELETE ON "
                       "device_certificates FOR EACH ROW EXECUTE FUNCTION device_certificate_counts_apply()"),
        QStringLiteral("CREATE TRIGGER device_certificate_counts_update AFTER UPDATE OF ca_id, status ON "
                       "device_certificates FOR EACH ROW WHEN (OLD.ca_id IS DISTINCT FROM NEW.ca_id OR "
                       "OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION device_certificate_counts_apply()"),
    };
}

} // namespace iotca::model
