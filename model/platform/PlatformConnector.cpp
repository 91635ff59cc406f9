#include "PlatformConnector.h"

#include "model/input/InputFile.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace iotca::model {

namespace {

class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformConnector)
public:
    static Result<QSslConfiguration> configuration(const QString& caBundlePath)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        // Verification stays on whatever happens: never VerifyNone, never ignoreSslErrors().
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (caBundlePath.isEmpty())
            return config;
        auto bundle = InputFile::read(caBundlePath, InputKind::CaBundle);
        if (!bundle)
            return Error {bundle.error().message, bundle.error().detail, QStringLiteral("CaBundle")};
        const QList<QSslCertificate> roots = QSslCertificate::fromData(*bundle, QSsl::Pem);
        if (roots.isEmpty())
            return Error {tr("The CA bundle '%1' contains no PEM certificate.").arg(caBundlePath),
                          {},
                          QStringLiteral("CaBundle")};
        config.addCaCertificates(roots);
        return config;
    }
};

} // namespace

PlatformConnector::PlatformConnector(PlatformAccount account, PlatformSecret secret, QNetworkAccessManager* network,
                                     QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_secret(std::move(secret))
    , m_network(network)
    , m_preflight(PlatformCapabilities::forPlatform(m_account.platform))
    , m_ssl(TlsText::configuration(m_account.caBundlePath))
{ }

PlatformConnector::~PlatformConnector() = default;

QUrl PlatformConnector::endpoint() const
{
    return m_account.endpoint.isValid() && !m_account.endpoint.isEmpty() ? m_account.endpoint : defaultEndpoint();
}

QByteArray PlatformConnector::hostHeader() const
{
    const QUrl url = endpoint();
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

Status PlatformConnector::check(PlatformCapabilities::Operation operation) const
{
    return m_preflight.checkOperation(operation);
}

ApiJob* PlatformConnector::startJob(ApiJob::Kind kind, ApiJob::RequestFactory makeRequest, ApiJob::ErrorMapper mapError,
                                    ApiJob::PageHandler handlePage, ApiJob::DoneCallback done)
{
    if (!m_ssl)
        return ApiJob::failed(m_ssl.error(), std::move(done), this);
    ApiJob::Setup setup;
    setup.kind = kind;
    setup.policy = m_policy;
    setup.sslConfiguration = *m_ssl;
    setup.makeRequest = std::move(makeRequest);
    setup.mapError = std::move(mapError);
    setup.handlePage = std::move(handlePage);
    setup.done = std::move(done);
    auto* job = new ApiJob(m_network, std::move(setup), this);
    QTimer::singleShot(0, job, &ApiJob::start);
    return job;
}

ApiJob* PlatformConnector::getRegistrationCode(Callback<QString> done)
{
    return fail(check(PlatformCapabilities::Operation::GetRegistrationCode).error(), std::move(done));
}

ApiJob* PlatformConnector::registerCa(const CaUpload&, Callback<RemoteCaCertificate> done)
{
    return fail(check(PlatformCapabilities::Operation::RegisterCa).error(), std::move(done));
}

ApiJob* PlatformConnector::listCas(Callback<QList<RemoteCaCertificate>> done)
{
    return fail(check(PlatformCapabilities::Operation::ListCas).error(), std::move(done));
}

ApiJob* PlatformConnector::getCa(const QString&, Callback<RemoteCaCertificate> done)
{
    return fail(check(PlatformCapabilities::Operation::GetCa).error(), std::move(done));
}

ApiJob* PlatformConnector::setCaStatus(const QString&, RemoteStatus status, Callback<void> done)
{
    return fail(check(status == RemoteStatus::Active ? PlatformCapabilities::Operation::ActivateCa
                                                     : PlatformCapabilities::Operation::DeactivateCa)
                    .error(),
                std::move(done));
}

ApiJob* PlatformConnector::deleteCa(const QString&, Callback<void> done)
{
    return fail(check(PlatformCapabilities::Operation::DeleteCa).error(), std::move(done));
}

ApiJob* PlatformConnector::registerDeviceCertificate(const DeviceUpload&, Callback<RemoteDeviceCertificate> done)
{
    return fail(check(PlatformCapabilities::Operation::RegisterDevice).error(), std::move(done));
}

ApiJob* PlatformConnector::setDeviceStatus(const QString&, const QString&, RemoteStatus status, Callback<void> done)
{
    return fail(check(status == RemoteStatus::Active ? PlatformCapabilities::Operation::ActivateDevice
                                                     : PlatformCapabilities::Operation::DeactivateDevice)
                    .error(),
                std::move(done));
}

ApiJob* PlatformConnector::deleteDeviceCertificate(const QString&, const QString&, Callback<void> done)
{
    return fail(check(PlatformCapabilities::Operation::DeleteDevice).error(), std::move(done));
}

ApiJob* PlatformConnector::listDeviceCertificates(const QString&, Callback<QList<RemoteDeviceCertificate>> done)
{
    return fail(check(PlatformCapabilities::Operation::ListDevices).error(), std::move(done));
}

ApiJob* PlatformConnector::listCaProducts(const QString&, Callback<QList<RemoteProduct>> done)
{
    return fail(check(PlatformCapabilities::Operation::ListCaProducts).error(), std::move(done));
}

} // namespace iotca::model
