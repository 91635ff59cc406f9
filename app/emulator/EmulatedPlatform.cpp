#include "EmulatedPlatform.h"

#include <QJsonDocument>
#include <QUuid>

namespace iotca::app {

EmulatorResponse EmulatorResponse::json(int status, const QJsonObject& object)
{
    EmulatorResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

EmulatedPlatform::EmulatedPlatform(const EmulatorCredentials& credentials)
    : m_credentials(credentials)
{ }

EmulatedPlatform::~EmulatedPlatform() = default;

QString EmulatedPlatform::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

EmulatedPlatform::UploadCheck EmulatedPlatform::checkUpload(const QByteArray& caPem, const QByteArray& verificationPem)
{
    UploadCheck check;
    auto ca = crypto::Certificate::fromPem(caPem);
    if (!ca || !ca->isCa()) {
        check.failure = QStringLiteral("ca-invalid");
        return check;
    }
    check.ca = *ca;
    auto verification = crypto::Certificate::fromPem(verificationPem);
    if (!verification) {
        check.failure = QStringLiteral("verification-invalid");
        return check;
    }
    check.verification = *verification;
    if (!verification->isSignedBy(*ca))
        check.failure = QStringLiteral("not-signed-by-ca");
    return check;
}

bool EmulatedPlatform::serialInUse(const QString& serialHex) const
{
    for (const EmulatedAccount& account : m_accounts) {
        for (const EmulatedCa& ca : account.cas) {
            if (ca.serialHex.compare(serialHex, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace iotca::app
