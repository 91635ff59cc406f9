#include "FuzzEntries.h"

#include <QCoreApplication>

namespace iotca::fuzz {

const QList<FuzzTarget>& fuzzTargets()
{
    static const QList<FuzzTarget> targets {
        {"certificate", &fuzzCertificate},          {"private_key", &fuzzPrivateKey},
        {"csr", &fuzzCertificateRequest},           {"pkcs12", &fuzzPkcs12},
        {"association_csv", &fuzzAssociationCsv},   {"apsaramq_response", &fuzzApsaraMqResponse},
        {"tencent_response", &fuzzTencentResponse}, {"aws_response", &fuzzAwsResponse},
        {"emulator_request", &fuzzEmulatorRequest},
    };
    return targets;
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "iotca-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

} // namespace iotca::fuzz
