// The crypto/ import functions on arbitrary bytes: whatever they accept must then answer every question the app
// asks of a certificate, key or request without crashing.
#include "FuzzEntries.h"

#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "crypto/Pkcs12.h"
#include "crypto/PrivateKey.h"
#include "crypto/SecureBuffer.h"

#include <QDateTime>

#include <cstdlib>

namespace iotca::fuzz {

namespace {

/// The passphrase of the encrypted test keys and bundles in the corpus (test material only).
const crypto::SecureBuffer& testPassphrase()
{
    static const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromBytes("fuzz-pass");
    return passphrase;
}

/// An invariant of the product broke: abort so that libFuzzer (and the regression test) report the input.
void require(bool condition, const char* what)
{
    if (!condition) {
        qCritical("fuzz invariant broken: %s", what);
        std::abort();
    }
}

void exercise(const crypto::Certificate& certificate)
{
    (void)certificate.subjectString();
    (void)certificate.issuerString();
    (void)certificate.commonName();
    (void)certificate.serialNumberHex();
    (void)certificate.notBefore().toString(Qt::ISODate);
    (void)certificate.notAfter().toString(Qt::ISODate);
    (void)certificate.isValidAt(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    (void)certificate.keyAlgorithm();
    (void)certificate.keyDescription();
    (void)certificate.curveName();
    (void)certificate.signatureAlgorithm();
    (void)certificate.sha1Fingerprint();
    (void)crypto::Certificate::fingerprintText(certificate.sha256Fingerprint());
    (void)certificate.basicConstraints();
    (void)certificate.keyUsage();
    (void)certificate.extendedKeyUsage();
    (void)certificate.subjectKeyIdentifier();
    (void)certificate.authorityKeyIdentifier();
    (void)certificate.subjectAlternativeNames();
    (void)certificate.isExtensionCritical(QStringLiteral("basicConstraints"));
    (void)certificate.checkIsCa();
    (void)certificate.isSelfSigned();
    (void)certificate.publicKeyDer();
    // What was read is written back and read again the same (CaImporter stores the DER, exports write PEM).
    const QByteArray der = certificate.toDer();
    require(!der.isEmpty(), "a certificate read has a DER encoding");
    const auto again = crypto::Certificate::fromPem(certificate.toPem());
    require(again.ok() && *again == certificate, "a certificate read survives PEM and back");
}

void exercise(const crypto::PrivateKey& key)
{
    (void)key.algorithm();
    (void)key.description();
    (void)key.curveName();
    (void)key.publicKeyPem();
    const auto der = key.toUnencryptedPkcs8Der();
    require(der.ok(), "a key read can be written as PKCS#8");
    const auto again = crypto::PrivateKey::fromDer(der->view());
    require(again.ok() && again->publicKeyDer() == key.publicKeyDer(), "a key read survives PKCS#8 and back");
}

void exercise(const crypto::CertificateRequest& request)
{
    (void)request.verifySignature();
    (void)request.subjectString();
    (void)request.subject();
    (void)request.subjectAlternativeNames();
    (void)request.keyAlgorithm();
    (void)request.keyDescription();
    (void)request.curveName();
    (void)request.checkKeyIsAcceptable();
    (void)request.publicKeyDer();
    const auto again = crypto::CertificateRequest::fromPem(request.toPem());
    require(again.ok() && again->toDer() == request.toDer(), "a request read survives PEM and back");
}

} // namespace

void fuzzCertificate(QByteArrayView data)
{
    ensureApplication();
    if (const auto all = crypto::Certificate::allFromData(data)) {
        for (const crypto::Certificate& certificate : *all)
            exercise(certificate);
    }
    if (const auto first = crypto::Certificate::fromData(data))
        exercise(*first);
}

void fuzzPrivateKey(QByteArrayView data)
{
    ensureApplication();
    if (const auto key = crypto::PrivateKey::fromData(data))
        exercise(*key);
    if (const auto key = crypto::PrivateKey::fromData(data, &testPassphrase()))
        exercise(*key);
}

void fuzzCertificateRequest(QByteArrayView data)
{
    ensureApplication();
    if (const auto request = crypto::CertificateRequest::fromData(data))
        exercise(*request);
}

void fuzzPkcs12(QByteArrayView data)
{
    ensureApplication();
    if (const auto contents = crypto::Pkcs12::read(data, testPassphrase())) {
        exercise(contents->certificate);
        exercise(contents->key);
        for (const crypto::Certificate& certificate : contents->caCertificates)
            exercise(certificate);
        (void)contents->key.matches(contents->certificate);
    }
}

} // namespace iotca::fuzz
