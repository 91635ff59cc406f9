#pragma once

#include <QByteArrayView>
#include <QList>

namespace iotca::fuzz {

/// One fuzz target's entry: runs the product's own code on `data`. Must not crash, hang or trip a sanitizer on any
/// input; findings abort. The same entries run under libFuzzer (the `fuzz` preset) and in tst_fuzz_regressions,
/// which replays every committed corpus file.
using FuzzEntry = void (*)(QByteArrayView data);

struct FuzzTarget
{
    /// Also the corpus folder: tests/fuzz/corpus/<name>/.
    const char* name;
    FuzzEntry entry;
};

/// Every target, in the order scripts/fuzz runs them.
[[nodiscard]] const QList<FuzzTarget>& fuzzTargets();

/// Creates the QCoreApplication the entries need (timers, events, translations) unless one exists.
void ensureApplication();

/// Certificate::fromPem/fromDer/fromData/allFromData, then every accessor on what was read.
void fuzzCertificate(QByteArrayView data);
/// PrivateKey::fromPem/fromDer/fromData, with and without a passphrase.
void fuzzPrivateKey(QByteArrayView data);
/// CertificateRequest::fromPem/fromDer/fromData, then every accessor and the signature check.
void fuzzCertificateRequest(QByteArrayView data);
/// Pkcs12::read with the test passphrase.
void fuzzPkcs12(QByteArrayView data);
/// AssociationCsvValidator (which drives CsvReader) on the bytes as a file, then AliyunAssociationFiles::plan on
/// its rows (Alibaba Cloud IoT Platform's association files).
void fuzzAssociationCsv(QByteArrayView data);
/// The platform connectors' answer handling: a script of HTTP answers (see PlatformResponseScript.h) served by a
/// CannedNetworkAccessManager to one connector operation.
void fuzzApsaraMqResponse(QByteArrayView data);
void fuzzTencentResponse(QByteArrayView data);
void fuzzAwsResponse(QByteArrayView data);
/// The emulator's request handling: raw HTTP requests (see EmulatorRequestScript.h) answered by EmulatorServer.
void fuzzEmulatorRequest(QByteArrayView data);

} // namespace iotca::fuzz
