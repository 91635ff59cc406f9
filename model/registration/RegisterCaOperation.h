#pragma once

#include "CaRegistrationOperation.h"
#include "crypto/Certificate.h"
#include "model/workspace/CaRecord.h"

#include <QCoreApplication>

namespace iotca::model {

/// CaRegistrationService::registerCa(): pre-flight (local rules, then a fresh list of the account's CAs),
/// registration code, verification certificate, upload, record. The CA key is dropped as soon as the verification
/// certificate is signed.
class RegisterCaOperation : public ReportingOperation<CaRegistrationRecord>
{
    Q_DECLARE_TR_FUNCTIONS(CaRegistrationService)
public:
    RegisterCaOperation(CaRegistrationService& service, RegisterCaRequest request,
                        CaRegistrationService::Callback<CaRegistrationRecord> done);

protected:
    void start() override;

private:
    void onListed(Result<QList<RemoteCaCertificate>> listed);
    void onCode(Result<QString> code);
    void upload(const QString& code);
    void onRegistered(const QString& code, Result<RemoteCaCertificate> registered);
    [[nodiscard]] int totalSteps() const { return m_request.registrationCode.isEmpty() ? 5 : 4; }

    RegisterCaRequest m_request;
    CaRecord m_ca;
    crypto::Certificate m_certificate;
    QString m_remoteName;
    int m_step = 0;
};

} // namespace iotca::model
