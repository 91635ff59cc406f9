#include "BenchSection.h"
#include "BenchUtil.h"

#include "crypto/Certificate.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/DistinguishedName.h"
#include "crypto/PrivateKey.h"

#include <QThread>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

// Section 1: the raw OpenSSL limits bulk issuance is measured against, in this process, single-threaded and on
// every core: key generation, one CA signature, both together (the issue's "raw limit"), a device certificate built
// with plain OpenSSL X509 calls, and the same through crypto::DeviceCertificateIssuer (what the job runs).
//
// OpenSSL is used directly on purpose: this is the library's own speed, whatever crypto/ makes of it.

namespace iotca::bench {

namespace {

struct PKeyFree
{
    void operator()(EVP_PKEY* key) const noexcept { EVP_PKEY_free(key); }
};
struct PKeyCtxFree
{
    void operator()(EVP_PKEY_CTX* context) const noexcept { EVP_PKEY_CTX_free(context); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* context) const noexcept { EVP_MD_CTX_free(context); }
};
struct MdFree
{
    void operator()(EVP_MD* md) const noexcept { EVP_MD_free(md); }
};
struct X509Free
{
    void operator()(X509* x509) const noexcept { X509_free(x509); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, PKeyFree>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using MdPtr = std::unique_ptr<EVP_MD, MdFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;

/// One worker's unit of work; returns false on an OpenSSL failure.
using Work = std::function<bool()>;

struct Measured
{
    qint64 items = 0;
    qint64 wallNanoseconds = 0;
    qint64 cpuNanoseconds = 0;
    bool ok = true;

    [[nodiscard]] double perSecond() const
    {
        return wallNanoseconds > 0 ? static_cast<double>(items) * 1e9 / static_cast<double>(wallNanoseconds) : 0;
    }
    [[nodiscard]] double cpuMicrosecondsEach() const
    {
        return items > 0 ? static_cast<double>(cpuNanoseconds) / 1e3 / static_cast<double>(items) : 0;
    }
};

/// Runs `count` units on `threads` threads, each with its own state from `makeWork`.
Measured measure(int threads, qint64 count, const std::function<Work()>& makeWork)
{
    std::vector<Work> workers;
    workers.reserve(std::size_t(threads));
    for (int t = 0; t < threads; ++t)
        workers.push_back(makeWork());
    std::atomic<qint64> next {0};
    std::atomic<bool> failed {false};
    const Stopwatch watch;
    std::vector<std::thread> running;
    running.reserve(std::size_t(threads));
    for (int t = 0; t < threads; ++t) {
        running.emplace_back([&next, &failed, count, work = &workers[std::size_t(t)]] {
            while (next.fetch_add(1, std::memory_order_relaxed) < count) {
                if (!(*work)()) {
                    failed = true;
                    return;
                }
            }
        });
    }
    for (std::thread& thread : running)
        thread.join();
    return {count, watch.wallNanoseconds(), watch.cpuNanoseconds(), !failed};
}

PKeyCtxPtr keygenContext(bool rsa)
{
    PKeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1)
        return {};
    const int set = rsa ? EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 2048)
                        : EVP_PKEY_CTX_set_group_name(context.get(), "P-256");
    return set == 1 ? std::move(context) : PKeyCtxPtr();
}

PKeyPtr generate(EVP_PKEY_CTX* context)
{
    EVP_PKEY* key = nullptr;
    if (!context || EVP_PKEY_generate(context, &key) != 1)
        return {};
    return PKeyPtr(key);
}

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value)
{
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool setRandomSerial(X509* certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof(bytes)) != 1)
        return false;
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7F) | 0x01);
    BIGNUM* value = BN_bin2bn(bytes, sizeof(bytes), nullptr);
    ASN1_INTEGER* serial = value ? BN_to_ASN1_INTEGER(value, nullptr) : nullptr;
    const bool set = serial && X509_set_serialNumber(certificate, serial) == 1;
    ASN1_INTEGER_free(serial);
    BN_free(value);
    return set;
}

/// A certificate with the device profile's extensions, built with the usual X509 calls and signed by `caKey`.
X509Ptr buildCertificate(EVP_PKEY* subjectKey, const char* commonName, X509* issuer, EVP_PKEY* caKey, bool ca, bool rsa)
{
    X509Ptr certificate(X509_new());
    X509_NAME* name = X509_NAME_new();
    bool ok = certificate && name && X509_set_version(certificate.get(), X509_VERSION_3) == 1
        && setRandomSerial(certificate.get())
        && X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("a1BcDeFgHiJ"),
                                      -1, -1, 0)
            == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1,
                                      -1, 0)
            == 1
        && X509_set_subject_name(certificate.get(), name) == 1
        && X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name) == 1
        && X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0)
        && X509_time_adj_ex(X509_getm_notAfter(certificate.get()), ca ? 3650 : 365, 0, nullptr)
        && X509_set_pubkey(certificate.get(), subjectKey) == 1;
    X509_NAME_free(name);
    if (!ok)
        return {};
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate.get(), certificate.get(), nullptr, nullptr, 0);
    ok = addExtension(certificate.get(), &context, NID_basic_constraints, ca ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(certificate.get(), &context, NID_key_usage,
                        ca ? "critical,keyCertSign,cRLSign"
                           : (rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature"))
        && (ca || addExtension(certificate.get(), &context, NID_ext_key_usage, "clientAuth"))
        && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        && (ca || addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always"))
        && X509_sign(certificate.get(), caKey, EVP_sha256()) > 0;
    return ok ? std::move(certificate) : X509Ptr();
}

/// The CA every figure signs with: EC P-256, as the issuance section's.
struct RawCa
{
    PKeyPtr key;
    X509Ptr certificate;
};

const RawCa& rawCa()
{
    static const RawCa ca = [] {
        RawCa made;
        PKeyCtxPtr context = keygenContext(false);
        made.key = generate(context.get());
        if (made.key)
            made.certificate = buildCertificate(made.key.get(), "Bench Raw CA", nullptr, made.key.get(), true, false);
        return made;
    }();
    return ca;
}

/// Key generation only.
Work keygenWork(bool rsa)
{
    auto context = std::make_shared<PKeyCtxPtr>(keygenContext(rsa));
    return [context] { return generate(context->get()) != nullptr; };
}

/// One ECDSA P-256 / SHA-256 signature by the CA over a TBSCertificate-sized message.
Work signWork()
{
    auto md = std::make_shared<MdPtr>(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    auto context = std::make_shared<MdCtxPtr>(EVP_MD_CTX_new());
    auto message = std::make_shared<QByteArray>(400, 'x');
    return [md, context, message] {
        unsigned char signature[128];
        std::size_t length = sizeof(signature);
        EVP_MD_CTX_reset(context->get());
        return EVP_DigestSignInit_ex(context->get(), nullptr, nullptr, nullptr, nullptr, rawCa().key.get(), nullptr)
            == 1
            && EVP_DigestSign(context->get(), signature, &length,
                              reinterpret_cast<const unsigned char*>(message->constData()),
                              std::size_t(message->size()))
            == 1;
    };
}

/// Key generation and one signature: the issue's raw limit per device.
Work keygenSignWork(bool rsa)
{
    Work keygen = keygenWork(rsa);
    Work sign = signWork();
    return [keygen, sign] { return keygen() && sign(); };
}

/// A whole device certificate with plain OpenSSL calls: key, X509 fields and extensions, signature, DER.
Work plainCertificateWork(bool rsa)
{
    auto context = std::make_shared<PKeyCtxPtr>(keygenContext(rsa));
    return [context, rsa] {
        PKeyPtr key = generate(context->get());
        if (!key)
            return false;
        X509Ptr certificate =
            buildCertificate(key.get(), "sensor-0000001", rawCa().certificate.get(), rawCa().key.get(), false, rsa);
        unsigned char* der = nullptr;
        const int length = certificate ? i2d_X509(certificate.get(), &der) : -1;
        OPENSSL_free(der);
        return length > 0;
    };
}

/// crypto::DeviceCertificateIssuer, as the bulk jobs call it (key, certificate, DER and both PEMs; no decoded
/// Certificate object).
std::optional<crypto::DeviceCertificateIssuer> appIssuer()
{
    const RawCa& ca = rawCa();
    unsigned char* der = nullptr;
    const int length = ca.certificate ? i2d_X509(ca.certificate.get(), &der) : -1;
    if (length <= 0)
        return std::nullopt;
    const auto certificate = crypto::Certificate::fromDer(QByteArray(reinterpret_cast<const char*>(der), length));
    OPENSSL_free(der);
    unsigned char* keyDer = nullptr;
    const int keyLength = i2d_PrivateKey(ca.key.get(), &keyDer);
    if (keyLength <= 0 || !certificate)
        return std::nullopt;
    const auto key = crypto::PrivateKey::fromDer(QByteArray(reinterpret_cast<const char*>(keyDer), keyLength));
    OPENSSL_clear_free(keyDer, std::size_t(keyLength));
    if (!key)
        return std::nullopt;
    auto issuer = crypto::DeviceCertificateIssuer::create(*certificate, *key);
    if (!issuer)
        return std::nullopt;
    return std::move(*issuer);
}

Work appIssueWork(const crypto::DeviceCertificateIssuer& issuer, bool rsa)
{
    crypto::DeviceCertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=sensor-0000001,OU=a1BcDeFgHiJ")).value();
    spec.keyAlgorithm = rsa ? crypto::KeyAlgorithm::Rsa2048 : crypto::KeyAlgorithm::EcP256;
    // What DeviceBatchJob::processItem() asks for: the DER and the PEMs only. The decoded Certificate (the default,
    // for single issues) costs OpenSSL 3.0's d2i_X509 and its OSSL_DECODER lookups, ~145 µs more (section 6).
    spec.decodeCertificate = false;
    return [&issuer, spec] { return issuer.issue(spec).ok(); };
}

int threadsFor(const BenchOptions& options)
{
    return static_cast<int>(
        std::max<qint64>(1, options.intSetting(QStringLiteral("openssl.threads"), QThread::idealThreadCount())));
}

struct Counts
{
    qint64 ec;
    qint64 rsa;
};

Counts countsFor(const BenchOptions& options, bool quick)
{
    const qint64 ec = options.size(QStringLiteral("openssl.ec-count"), quick ? 4'000 : 10'000);
    const qint64 rsa =
        options.size(QStringLiteral("openssl.rsa-count"), quick ? 16 : 48, std::max<qint64>(2, options.rows / 500));
    return {ec, rsa};
}

std::optional<RawRate> s_ecKeygenSign;
std::optional<RawRate> s_rsaKeygen;

RawRate rate(const Measured& one, const Measured& all, int threads)
{
    return {one.perSecond(), all.perSecond(), threads, all.cpuMicrosecondsEach()};
}

/// Prints one operation on one thread and on `threads`, and returns the rates.
RawRate row(const QString& label, qint64 count, int threads, const std::function<Work()>& makeWork)
{
    const Measured one = measure(1, count, makeWork);
    const Measured all = threads > 1 ? measure(threads, count, makeWork) : one;
    const auto cell = [](const Measured& measured) {
        if (!measured.ok)
            return QStringLiteral("FAILED").leftJustified(38);
        const double each = measured.cpuMicrosecondsEach();
        const QString cpu = each >= 10'000 ? QString::number(each / 1000, 'f', 1) + QStringLiteral(" ms")
                                           : QString::number(each, 'f', 1) + QStringLiteral(" µs");
        return QStringLiteral("%1 (CPU %2 each)").arg(perSecond(measured.perSecond()), cpu).leftJustified(38);
    };
    out() << "    " << label.leftJustified(54) << cell(one) << cell(all) << '\n';
    out().flush();
    return rate(one, all, threads);
}

} // namespace

RawRate rawEcKeygenSignRate(const BenchOptions& options)
{
    if (!s_ecKeygenSign) {
        const int threads = threadsFor(options);
        const Counts counts = countsFor(options, true);
        s_ecKeygenSign = rate(measure(1, counts.ec, [] { return keygenSignWork(false); }),
                              measure(threads, counts.ec, [] { return keygenSignWork(false); }), threads);
    }
    return *s_ecKeygenSign;
}

std::function<bool()> rawKeygenSignWork(bool rsa)
{
    return keygenSignWork(rsa);
}

RawRate rawRsaKeygenRate(const BenchOptions& options)
{
    if (!s_rsaKeygen) {
        const int threads = threadsFor(options);
        const Counts counts = countsFor(options, true);
        s_rsaKeygen = rate(measure(1, counts.rsa, [] { return keygenWork(true); }),
                           measure(threads, counts.rsa, [] { return keygenWork(true); }), threads);
    }
    return *s_rsaKeygen;
}

int runOpenSslLimitsBench(const BenchOptions& options)
{
    const int threads = threadsFor(options);
    const Counts counts = countsFor(options, false);
    if (!rawCa().certificate) {
        out() << "  cannot create the CA key and certificate with OpenSSL\n";
        return 1;
    }
    const std::optional<crypto::DeviceCertificateIssuer> issuer = appIssuer();
    out() << "  " << OpenSSL_version(OPENSSL_VERSION) << "; " << loadAverage() << "; CA key EC P-256, SHA-256\n";
    out() << "  " << QStringLiteral("per device").leftJustified(56) << QStringLiteral("1 thread").leftJustified(38)
          << QStringLiteral("%1 threads").arg(threads) << '\n';

    out() << "  EC P-256 (" << number(counts.ec) << " each)\n";
    row(QStringLiteral("key generation"), counts.ec, threads, [] { return keygenWork(false); });
    row(QStringLiteral("CA signature (ECDSA P-256, SHA-256)"), counts.ec, threads, [] { return signWork(); });
    s_ecKeygenSign = row(QStringLiteral("key generation + signature  = raw limit"), counts.ec, threads,
                         [] { return keygenSignWork(false); });
    row(QStringLiteral("certificate, plain OpenSSL X509 calls"), counts.ec, threads,
        [] { return plainCertificateWork(false); });
    if (issuer)
        row(QStringLiteral("DeviceCertificateIssuer, as the jobs run it"), counts.ec, threads,
            [&issuer] { return appIssueWork(*issuer, false); });

    out() << "  RSA 2048 (" << number(counts.rsa) << " each; key generation time varies a lot from key to key)\n";
    s_rsaKeygen =
        row(QStringLiteral("key generation  = raw limit"), counts.rsa, threads, [] { return keygenWork(true); });
    row(QStringLiteral("key generation + CA signature"), counts.rsa, threads, [] { return keygenSignWork(true); });
    row(QStringLiteral("certificate, plain OpenSSL X509 calls"), counts.rsa, threads,
        [] { return plainCertificateWork(true); });
    if (issuer)
        row(QStringLiteral("DeviceCertificateIssuer, as the jobs run it"), counts.rsa, threads,
            [&issuer] { return appIssueWork(*issuer, true); });
    out() << "  (rates are wall-clock; \"CPU each\" is process CPU time per item, all threads: on a loaded machine "
             "compare that)\n";
    return 0;
}

} // namespace iotca::bench
