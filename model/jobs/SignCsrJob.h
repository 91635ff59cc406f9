#pragma once

#include "DeviceBatchJob.h"

namespace iotca::model {

/// `iotca device sign-csr`: certificates for devices that made their own keys. Every certificate request file in a
/// folder (*.csr, *.req, *.pem, *.der) is one device, named by the file's base name ("sensor-0001.csr" ->
/// "sensor-0001"). The subject follows the profile, as for new keys; the key stays with the device, so only the
/// certificate file is written.
///
/// Before anything is signed, every request is read, its signature verified and its key checked (RSA >= 2048, P-256,
/// P-384, and the profile's rule); when any fails, nothing is issued and the error names each bad file.
class SignCsrJob : public DeviceBatchJob
{
    Q_OBJECT
public:
    SignCsrJob(Workspace& workspace, DeviceBatchParameters parameters, QString csrFolder, crypto::PrivateKey caKey,
               QObject* parent = nullptr);
    ~SignCsrJob() override;

    /// The request files of `csrFolder`, sorted by name.
    [[nodiscard]] static QStringList requestFiles(const QString& csrFolder);

    /// The checks of prepare(), for a front end that reports problems before asking for the passphrase.
    [[nodiscard]] static Status validate(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                         const QString& csrFolder);

protected:
    [[nodiscard]] Result<std::unique_ptr<WorkList>> prepare(const crypto::Certificate& caCertificate) override;

private:
    [[nodiscard]] static Result<std::unique_ptr<WorkList>>
    plan(const Workspace& workspace, const DeviceBatchParameters& parameters, const QString& csrFolder);

    QString m_csrFolder;
};

} // namespace iotca::model
