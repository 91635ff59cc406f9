#include "PlatformConnectorFactory.h"

#include "ApsaraMqConnector.h"
#include "AwsIotConnector.h"
#include "TencentIotHubConnector.h"

namespace iotca::model {

namespace {

class FactoryText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformConnectorFactory)
public:
    static QString noApi()
    {
        return tr("Alibaba Cloud IoT Platform has no API for CA certificates: export the upload bundle and register "
                  "the CA in the IoT Platform console.");
    }
};

} // namespace

Result<PlatformConnector*> createPlatformConnector(PlatformAccount account, PlatformSecret secret,
                                                   QNetworkAccessManager* network, QObject* parent)
{
    switch (account.platform) {
    case PlatformId::ApsaraMq:
        return static_cast<PlatformConnector*>(
            new ApsaraMqConnector(std::move(account), std::move(secret), network, parent));
    case PlatformId::TencentIotHub:
        return static_cast<PlatformConnector*>(
            new TencentIotHubConnector(std::move(account), std::move(secret), network, parent));
    case PlatformId::AwsIot:
        return static_cast<PlatformConnector*>(
            new AwsIotConnector(std::move(account), std::move(secret), network, parent));
    case PlatformId::AliyunIot:
        break;
    }
    return Error {FactoryText::noApi(), {}, QStringLiteral("Preflight.Unsupported")};
}

} // namespace iotca::model
