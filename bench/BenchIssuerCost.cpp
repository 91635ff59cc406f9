#include "BenchSection.h"
#include "BenchUtil.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/PrivateKey.h"

#include <QDateTime>

#include <ctime>
#include <functional>
#include <optional>

// Section 6 (issue 21): what crypto::DeviceCertificateIssuer costs per device beyond the raw work it cannot avoid
// (a key generation and one CA signature, rawKeygenSignWork() of section 1), on one thread and in thread CPU time, so
// that a busy machine distorts it little: the DER template (what the jobs run) and the X509 builder it replaced.
// The three are run in alternating rounds, so that a change in the machine's load hits all of them alike.
// `--set issuer.only=raw|template|builder|pkcs8|pkcs8-openssl` runs one of them alone, for `perf record`.

namespace iotca::bench {

namespace {

qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

std::optional<crypto::DeviceCertificateIssuer> makeIssuer()
{
    auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
    if (!key)
        return std::nullopt;
    crypto::CaCertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Bench Fleet Root,O=IoT CA Desk,C=CN")).value();
    auto certificate = crypto::CertificateBuilder::createRootCa(*key, spec);
    if (!certificate)
        return std::nullopt;
    auto issuer = crypto::DeviceCertificateIssuer::create(*certificate, *key);
    if (!issuer)
        return std::nullopt;
    return std::move(*issuer);
}

struct Contender
{
    QString label;
    QString name; // for issuer.only
    std::function<bool()> work;
    qint64 cpuNanoseconds = 0;
    qint64 done = 0;
    bool ok = true;
};

void measureAlgorithm(const BenchOptions& options, const crypto::DeviceCertificateIssuer& issuer, bool rsa,
                      qint64 count)
{
    crypto::DeviceCertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=sensor-0000001,OU=a1BcDeFgHiJ")).value();
    spec.keyAlgorithm = rsa ? crypto::KeyAlgorithm::Rsa2048 : crypto::KeyAlgorithm::EcP256;
    spec.decodeCertificate = false; // as the jobs call it
    crypto::DeviceCertificateSpec decoded = spec;
    decoded.decodeCertificate = true;
    crypto::DeviceCertificateSpec pkcs8 = spec;
    pkcs8.pkcs8Key = true;
    crypto::DeviceCertificateFixedInputs builder;
    builder.encoder = crypto::DeviceCertificateEncoder::X509Builder;
    std::vector<Contender> contenders {
        {QStringLiteral("raw: key generation + one CA signature"), QStringLiteral("raw"), rawKeygenSignWork(rsa)},
        {QStringLiteral("DeviceCertificateIssuer, DER template (the jobs')"), QStringLiteral("template"),
         [&issuer, spec] { return issuer.issue(spec).ok(); }},
        {QStringLiteral("  the same, with the Certificate object decoded"), QStringLiteral("decoded"),
         [&issuer, decoded] { return issuer.issue(decoded).ok(); }},
        {QStringLiteral("DeviceCertificateIssuer, X509 builder (before)"), QStringLiteral("builder"),
         [&issuer, spec, builder] { return issuer.issue(spec, builder).ok(); }},
        // The Generic profile's PKCS#8 key file: written by the issuer from the key's encoding (now), or by OpenSSL's
        // PEM_write_bio_PKCS8PrivateKey() after the issue (before).
        {QStringLiteral("  template + PKCS#8 key PEM, direct (the jobs')"), QStringLiteral("pkcs8"),
         [&issuer, pkcs8] { return issuer.issue(pkcs8).ok(); }},
        {QStringLiteral("  template + PKCS#8 key PEM, OpenSSL encoder (before)"), QStringLiteral("pkcs8-openssl"),
         [&issuer, spec] {
             auto issued = issuer.issue(spec);
             return issued.ok() && issued->key.toUnencryptedPkcs8Pem().ok();
         }},
    };
    const QString only = options.setting(QStringLiteral("issuer.only"));
    const qint64 rounds = std::min<qint64>(count, 8);
    for (qint64 round = 0; round < rounds; ++round) {
        const qint64 chunk = count / rounds + (round < count % rounds ? 1 : 0);
        for (Contender& contender : contenders) {
            if (!only.isEmpty() && only != contender.name)
                continue;
            const qint64 start = threadCpuNanoseconds();
            for (qint64 i = 0; i < chunk; ++i)
                contender.ok = contender.work() && contender.ok;
            contender.cpuNanoseconds += threadCpuNanoseconds() - start;
            contender.done += chunk;
        }
    }
    const auto each = [](const Contender& contender) {
        return contender.done > 0 ? double(contender.cpuNanoseconds) / double(contender.done) / 1000.0 : 0.0;
    };
    const double raw = each(contenders.front());
    for (const Contender& contender : contenders) {
        if (contender.done == 0)
            continue;
        QString line =
            contender.ok ? QStringLiteral("%1 µs CPU each").arg(each(contender), 0, 'f', 1) : QStringLiteral("FAILED");
        if (contender.ok && raw > 0 && &contender != &contenders.front())
            line += QStringLiteral("  = %1 x raw").arg(each(contender) / raw, 0, 'f', 2);
        out() << "    " << contender.label.leftJustified(54) << line << '\n';
    }
    out().flush();
}

} // namespace

int runIssuerCostBench(const BenchOptions& options)
{
    const std::optional<crypto::DeviceCertificateIssuer> issuer = makeIssuer();
    if (!issuer) {
        out() << "  cannot create the CA\n";
        return 1;
    }
    const qint64 ecCount = options.size(QStringLiteral("issuer.ec-count"), 8'000);
    const qint64 rsaCount =
        options.size(QStringLiteral("issuer.rsa-count"), 24, std::max<qint64>(3, options.rows / 500));
    out() << "  " << loadAverage() << "; CA key EC P-256, SHA-256; 1 thread, thread CPU time per device\n";
    out() << "  EC P-256 devices (" << number(ecCount) << " each, in 8 alternating rounds)\n";
    measureAlgorithm(options, *issuer, false, ecCount);
    if (options.intSetting(QStringLiteral("issuer.rsa-count"), -1) == 0)
        return 0; // --set issuer.rsa-count=0: EC only (for perf)
    out() << "  RSA 2048 devices (" << number(rsaCount) << " each; key generation time varies a lot from key to key)\n";
    measureAlgorithm(options, *issuer, true, rsaCount);
    return 0;
}

} // namespace iotca::bench
