#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace iotca::crypto {
class Certificate;
}

namespace iotca::model {
struct AuditEntry;
struct CaRecord;
struct CsvDiagnostic;
struct DeviceCertificateRecord;
} // namespace iotca::model

namespace iotca::app {

/// The `--json` shapes of `iotca`, in one place so they stay stable. docs/cli.md documents every field; a field
/// is only ever added, never renamed or removed. Times are ISO 8601 UTC ("2026-11-23T09:14:11Z"); serial numbers
/// are upper-case hex exactly as `openssl x509 -noout -serial` prints them.
class JsonOutput
{
public:
    /// Writes `value` as indented JSON and a newline to standard output.
    static void print(const QJsonObject& value);
    static void print(const QJsonArray& value);

    [[nodiscard]] static QString time(const QDateTime& time);

    /// A CA; `certificate` is the parsed record.certificateDer; `deviceCount` < 0 leaves the field out.
    [[nodiscard]] static QJsonObject ca(const model::CaRecord& record, const crypto::Certificate& certificate,
                                        qint64 deviceCount = -1);
    [[nodiscard]] static QJsonObject device(const model::DeviceCertificateRecord& record);
    [[nodiscard]] static QJsonObject auditEntry(const model::AuditEntry& entry);
    [[nodiscard]] static QJsonObject diagnostic(const model::CsvDiagnostic& diagnostic);
};

} // namespace iotca::app
