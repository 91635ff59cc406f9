#pragma once

#include <QJsonObject>
#include <QString>

namespace iotca::model {
struct CaRegistrationRecord;
struct PlatformAccountRecord;
struct RemoteCaCertificate;
struct RemoteDeviceCertificate;
enum class RemoteStatus;
} // namespace iotca::model

namespace iotca::app {

/// The `--json` shapes of the platform commands (`account`, `ca register|remote-list|sync`, `device remote-list`),
/// documented in docs/cli.md next to JsonOutput's. Never a credential, not even the AccessKey ID.
class PlatformJsonOutput
{
public:
    /// "Active" or "Inactive".
    [[nodiscard]] static QString remoteStatusName(model::RemoteStatus status);
    /// The certificate's serial (upper-case hex) from its PEM; empty when there is none.
    [[nodiscard]] static QString serialOf(const QByteArray& certificatePem);

    /// An account; `registrations` < 0 leaves the field out.
    [[nodiscard]] static QJsonObject account(const model::PlatformAccountRecord& record, qint64 registrations = -1);
    [[nodiscard]] static QJsonObject registration(const model::CaRegistrationRecord& record, const QString& caName,
                                                  const QString& accountName);
    /// A CA as the platform lists it; `workspaceCa` is the name of the workspace CA with its serial, or empty.
    [[nodiscard]] static QJsonObject remoteCa(const model::RemoteCaCertificate& ca, const QString& workspaceCa);
    [[nodiscard]] static QJsonObject remoteDevice(const model::RemoteDeviceCertificate& device);
};

} // namespace iotca::app
