#include "HostileInputFiles.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/DistinguishedName.h"
#include "crypto/PrivateKey.h"
#include "tests/support/OpenSslCli.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace iotca::test {

namespace {

/// Collects the files and the first failure while they are made.
class Maker
{
public:
    explicit Maker(const QString& folder)
        : m_dir(folder)
    { }

    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] QList<HostileFile>& files() { return m_files; }

    void fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = what;
    }

    HostileFile& add(const QString& label, const QString& name, unsigned targets)
    {
        m_files.append(HostileFile {label, path(name), targets});
        return m_files.last();
    }

    HostileFile& write(const QString& label, const QString& name, const QByteArray& content, unsigned targets)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            fail(QStringLiteral("cannot write %1").arg(name));
        return add(label, name, targets);
    }

    HostileFile& symlink(const QString& label, const QString& name, const QString& target, unsigned targets)
    {
        if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path(name)).constData()) != 0)
            fail(QStringLiteral("cannot link %1").arg(name));
        return add(label, name, targets);
    }

    /// A file of `size` bytes that takes no room (a hole).
    HostileFile& sparse(const QString& label, const QString& name, qint64 size, unsigned targets)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            fail(QStringLiteral("cannot make the sparse file %1").arg(name));
        return add(label, name, targets);
    }

    QByteArray openssl(const QStringList& arguments, const QByteArray& input = {})
    {
        const OpenSslRun run = runOpenSsl(arguments, m_dir.path(), input);
        if (!run.ok())
            fail(QStringLiteral("openssl %1: %2").arg(arguments.join(u' '), QString::fromUtf8(run.transcript())));
        return run.standardOutput;
    }

    QByteArray read(const QString& name)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read %1").arg(name));
            return {};
        }
        return file.readAll();
    }

private:
    QDir m_dir;
    QString m_error;
    QList<HostileFile> m_files;
};

QStringList opensslArgs(std::initializer_list<const char*> parts)
{
    QStringList list;
    for (const char* part : parts)
        list.append(QString::fromUtf8(part));
    return list;
}

/// A self-signed EC CA by the openssl CLI, with `serial` (openssl's -set_serial syntax).
void opensslCa(Maker& make, const QString& base, const QString& serial)
{
    make.openssl(QStringList {QStringLiteral("req"),
                              QStringLiteral("-x509"),
                              QStringLiteral("-newkey"),
                              QStringLiteral("ec"),
                              QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:P-256"),
                              QStringLiteral("-nodes"),
                              QStringLiteral("-keyout"),
                              base + QStringLiteral(".key"),
                              QStringLiteral("-subj"),
                              QStringLiteral("/CN=") + base,
                              QStringLiteral("-set_serial"),
                              serial,
                              QStringLiteral("-days"),
                              QStringLiteral("30"),
                              QStringLiteral("-addext"),
                              QStringLiteral("basicConstraints=critical,CA:TRUE"),
                              QStringLiteral("-addext"),
                              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                              QStringLiteral("-out"),
                              base + QStringLiteral(".crt")});
}

/// A CA made by our builder whose validity starts at `notBefore` and lasts `days`.
bool builtCa(Maker& make, const QString& base, const QDateTime& notBefore, int days)
{
    auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::EcP256);
    auto subject = crypto::DistinguishedName::parse(QStringLiteral("CN=") + base);
    if (!key || !subject)
        return false;
    crypto::CaCertificateSpec spec;
    spec.subject = std::move(*subject);
    spec.validityDays = days;
    spec.notBefore = notBefore;
    auto certificate = crypto::CertificateBuilder::createRootCa(*key, spec);
    auto keyPem = key->toUnencryptedPkcs8Pem();
    if (!certificate || !keyPem)
        return false;
    QFile certificateFile(make.path(base + QStringLiteral(".crt")));
    QFile keyFile(make.path(base + QStringLiteral(".key")));
    return certificateFile.open(QIODevice::WriteOnly) && certificateFile.write(certificate->toPem()) > 0
        && keyFile.open(QIODevice::WriteOnly) && keyFile.write(keyPem->view().toByteArray()) > 0;
}

QByteArray utf16(const QString& text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

/// The base64 body of a PEM file with some characters that base64 does not have.
QByteArray badBase64(QByteArray pem)
{
    const qsizetype start = pem.indexOf('\n') + 1;
    for (qsizetype i = start + 10; i < start + 60 && i < pem.size(); i += 7)
        pem[i] = '!';
    return pem;
}

void typeHostileFiles(Maker& make)
{
    make.add(QStringLiteral("missing file"), QStringLiteral("does-not-exist.bin"), ForEverything);
    make.write(QStringLiteral("empty file"), QStringLiteral("empty.bin"), {}, ForEverything);
    QDir(make.path({})).mkdir(QStringLiteral("a-folder"));
    make.add(QStringLiteral("folder"), QStringLiteral("a-folder"), ForEverything);
    if (::mkfifo(QFile::encodeName(make.path(QStringLiteral("a-fifo"))).constData(), 0600) != 0)
        make.fail(QStringLiteral("mkfifo"));
    make.add(QStringLiteral("FIFO without a writer"), QStringLiteral("a-fifo"), ForEverything);
    {
        const QByteArray socketPath = QFile::encodeName(make.path(QStringLiteral("a-socket")));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (fd < 0 || socketPath.size() >= qsizetype(sizeof(address.sun_path)))
            make.fail(QStringLiteral("socket"));
        else {
            std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
            if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0)
                make.fail(QStringLiteral("bind"));
        }
        if (fd >= 0)
            ::close(fd); // the socket file stays
        make.add(QStringLiteral("socket"), QStringLiteral("a-socket"), ForEverything);
    }
    make.symlink(QStringLiteral("link to /dev/zero"), QStringLiteral("zero-link.pem"), QStringLiteral("/dev/zero"),
                 ForEverything);
    make.symlink(QStringLiteral("link to /dev/urandom"), QStringLiteral("urandom-link.pem"),
                 QStringLiteral("/dev/urandom"), ForEverything);
    make.symlink(QStringLiteral("link to /dev/null"), QStringLiteral("null-link.pem"), QStringLiteral("/dev/null"),
                 ForEverything);
    make.symlink(QStringLiteral("dangling link"), QStringLiteral("dangling.pem"), make.path(QStringLiteral("gone")),
                 ForEverything);
    make.symlink(QStringLiteral("link loop"), QStringLiteral("loop-a.pem"), make.path(QStringLiteral("loop-b.pem")),
                 ForEverything);
    make.symlink(QStringLiteral("link loop, other end"), QStringLiteral("loop-b.pem"),
                 make.path(QStringLiteral("loop-a.pem")), ForEverything);
    // Over every limit but the backup's; a backup of 2 GiB of zeros is not a database.
    make.sparse(QStringLiteral("2 GiB of nothing"), QStringLiteral("huge-sparse.bin"), 2LL * 1024 * 1024 * 1024,
                ForEverything);
}

void junkFiles(Maker& make)
{
    make.write(QStringLiteral("random bytes"), QStringLiteral("random.bin"), randomBytes(4096, 1), ForContent);
    make.write(QStringLiteral("UTF-16 text"), QStringLiteral("utf16.txt"),
               utf16(QStringLiteral("ProductKey,DeviceName,CertSN\r\npk,dev-0001,01\r\n")), ForContent);
    make.write(QStringLiteral("NUL bytes"), QStringLiteral("nul.bin"), QByteArray(1000, '\0'), ForContent);
    make.write(QStringLiteral("2 MiB of A"), QStringLiteral("many-a.txt"), QByteArray(2 * 1024 * 1024, 'A'),
               ForContent);
    make.write(QStringLiteral("one 300 KiB line"), QStringLiteral("long-line.txt"), QByteArray(300 * 1024, 'x') + '\n',
               ForContent);
    make.write(QStringLiteral("escape sequences in the file name"), QStringLiteral("esc-\x1b]0;pwned\x07-\x1b[2J.pem"),
               "not a name!\n", ForContent);
    make.write(QStringLiteral("bidi control in the file name"), QStringLiteral("bidi-\u202Emep.txt"), "not a name!\n",
               ForContent);
    make.write(QStringLiteral("newline in the file name"), QStringLiteral("line\niotca: all good.pem"), "not a name!\n",
               ForContent);
    make.write(QStringLiteral("non-ASCII file name"), QStringLiteral("证书-ü-ñ.pem"), "\xE8\xAF\x81\xE4\xB9\xA6\n",
               ForContent);
    make.write(QStringLiteral("CR-only lines"), QStringLiteral("cr-only.txt"), "a\rb\rc\r", ForContent);
    make.write(QStringLiteral("byte order mark only"), QStringLiteral("bom.txt"), "\xEF\xBB\xBF", ForContent);
    make.write(QStringLiteral("control characters"), QStringLiteral("controls.txt"),
               "\x1b]0;pwned\x07\x1b[2J\x9b"
               "31m\r\niotca: all good\n",
               ForContent);
}

void certificateFiles(Maker& make, const QByteArray& caPem, const QByteArray& caKeyPem, const QByteArray& csrPem)
{
    const QByteArray der = make.openssl(opensslArgs({"x509", "-in", "ca.crt", "-outform", "DER"}));
    for (int i = 1; i <= 16; ++i) {
        const auto cut = qsizetype(caPem.size() * i / 17);
        make.write(QStringLiteral("certificate PEM cut at %1/17").arg(i), QStringLiteral("cert-cut-%1.pem").arg(i),
                   caPem.left(cut), ForCertificate);
    }
    for (int i = 1; i <= 12; ++i) {
        const auto cut = qsizetype(der.size() * i / 13);
        make.write(QStringLiteral("certificate DER cut at %1/13").arg(i), QStringLiteral("cert-cut-%1.der").arg(i),
                   der.left(cut), ForCertificate);
    }
    make.write(QStringLiteral("certificate with bad base64"), QStringLiteral("cert-bad-base64.pem"), badBase64(caPem),
               ForCertificate);
    make.write(QStringLiteral("certificate without END line"), QStringLiteral("cert-no-end.pem"),
               caPem.left(caPem.indexOf("-----END")), ForCertificate);
    const qsizetype bodyStart = caPem.indexOf('\n') + 1;
    make.write(QStringLiteral("nested PEM"), QStringLiteral("cert-nested.pem"),
               caPem.left(bodyStart) + caPem + caPem.mid(bodyStart), ForCertificate);
    make.write(QStringLiteral("escape sequence in the PEM label"), QStringLiteral("cert-esc-label.pem"),
               QByteArray(caPem).replace("CERTIFICATE", "\x1b[2J\x1b]0;x\x07"), ForCertificate);
    make.write(QStringLiteral("key given as certificate"), QStringLiteral("cert-is-a-key.pem"), caKeyPem,
               ForCertificate);
    make.write(QStringLiteral("CSR given as certificate"), QStringLiteral("cert-is-a-csr.pem"), csrPem, ForCertificate);
    make.write(QStringLiteral("certificate over 1 MiB"), QStringLiteral("cert-padded.pem"),
               QByteArray(1024 * 1024, '#') + '\n' + caPem, ForCertificate)
        .expected = QStringLiteral("1 MiB");

    // A leaf certificate (no basicConstraints CA:TRUE), signed by the good CA.
    make.openssl(opensslArgs({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                              "-keyout", "leaf.key", "-subj", "/CN=leaf", "-out", "leaf.csr"}));
    make.openssl(opensslArgs({"x509", "-req", "-in", "leaf.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-set_serial",
                              "77", "-days", "30", "-out", "leaf.crt"}));
    make.write(QStringLiteral("leaf certificate"), QStringLiteral("cert-leaf.pem"),
               make.read(QStringLiteral("leaf.crt")), ForCertificate);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!builtCa(make, QStringLiteral("expired"), now.addDays(-40), 30)
        || !builtCa(make, QStringLiteral("future"), now.addDays(30), 365))
        make.fail(QStringLiteral("building the expired and future CAs"));
    make.write(QStringLiteral("expired CA"), QStringLiteral("cert-expired.pem"),
               make.read(QStringLiteral("expired.crt")), ForCertificate)
        .expected = QStringLiteral("expired");
    make.write(QStringLiteral("not yet valid CA"), QStringLiteral("cert-future.pem"),
               make.read(QStringLiteral("future.crt")), ForCertificate)
        .expected = QStringLiteral("not valid before");

    opensslCa(make, QStringLiteral("serial-zero"), QStringLiteral("0"));
    opensslCa(make, QStringLiteral("serial-negative"), QStringLiteral("-5"));
    opensslCa(make, QStringLiteral("serial-21-octets"), QStringLiteral("0x") + QString(42, QLatin1Char('A')));
    opensslCa(make, QStringLiteral("serial-40-bytes"), QStringLiteral("0x") + QString(80, QLatin1Char('7')));
    opensslCa(make, QStringLiteral("serial-20-octets-top-bit"), QStringLiteral("0x") + QString(40, QLatin1Char('F')));
    for (const char* base :
         {"serial-zero", "serial-negative", "serial-21-octets", "serial-40-bytes", "serial-20-octets-top-bit"}) {
        const QString name = QString::fromLatin1(base);
        make.write(QStringLiteral("CA with %1").arg(name), QStringLiteral("cert-%1.pem").arg(name),
                   make.read(name + QStringLiteral(".crt")), ForCertificate)
            .expected = QStringLiteral("RFC 5280");
    }
}

void keyFiles(Maker& make, const QByteArray& caKeyPem, const QByteArray& caPem)
{
    for (int i = 1; i <= 9; ++i) {
        const auto cut = qsizetype(caKeyPem.size() * i / 10);
        make.write(QStringLiteral("key PEM cut at %1/10").arg(i), QStringLiteral("key-cut-%1.pem").arg(i),
                   caKeyPem.left(cut), ForKey);
    }
    const QByteArray der = make.openssl(opensslArgs({"pkey", "-in", "ca.key", "-outform", "DER"}));
    for (int i = 1; i <= 3; ++i) {
        make.write(QStringLiteral("key DER cut at %1/4").arg(i), QStringLiteral("key-cut-%1.der").arg(i),
                   der.left(der.size() * i / 4), ForKey);
    }
    make.write(QStringLiteral("encrypted key without its passphrase"), QStringLiteral("key-encrypted.pem"),
               make.read(QStringLiteral("ca-encrypted.key")), ForKey);
    make.write(QStringLiteral("public key"), QStringLiteral("key-public.pem"),
               make.openssl(opensslArgs({"pkey", "-in", "ca.key", "-pubout"})), ForKey);
    make.write(QStringLiteral("another CA's key"), QStringLiteral("key-mismatch.pem"),
               make.read(QStringLiteral("leaf.key")), ForKey);
    make.openssl(
        opensslArgs({"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", "rsa1024.key"}));
    make.write(QStringLiteral("RSA 1024 key"), QStringLiteral("key-rsa1024.pem"),
               make.read(QStringLiteral("rsa1024.key")), ForKey);
    make.write(QStringLiteral("Ed25519 key"), QStringLiteral("key-ed25519.pem"),
               make.openssl(opensslArgs({"genpkey", "-algorithm", "ED25519"})), ForKey);
    make.write(QStringLiteral("key with bad base64"), QStringLiteral("key-bad-base64.pem"), badBase64(caKeyPem),
               ForKey);
    make.write(QStringLiteral("certificate given as key"), QStringLiteral("key-is-a-cert.pem"), caPem, ForKey);
}

void pkcs12Files(Maker& make, const QString& passphrase)
{
    const QString passArgument = QStringLiteral("pass:") + passphrase;
    const auto export12 = [&](const QString& certificate, const QString& key, const QString& out, const QString& pass,
                              bool withKey) {
        QStringList arguments {QStringLiteral("pkcs12"),   QStringLiteral("-export"),
                               QStringLiteral("-in"),      certificate,
                               QStringLiteral("-out"),     out,
                               QStringLiteral("-passout"), pass};
        if (withKey)
            arguments << QStringLiteral("-inkey") << key;
        else
            arguments << QStringLiteral("-nokeys");
        make.openssl(arguments);
    };
    export12(QStringLiteral("ca.crt"), QStringLiteral("ca.key"), QStringLiteral("p12-wrong-pass.p12"),
             QStringLiteral("pass:not the passphrase"), true);
    make.add(QStringLiteral("PKCS#12 under another passphrase"), QStringLiteral("p12-wrong-pass.p12"), ForPkcs12)
        .expected = QStringLiteral("passphrase");
    export12(QStringLiteral("ca.crt"), QStringLiteral("ca.key"), QStringLiteral("good.p12"), passArgument, true);
    const QByteArray good = make.read(QStringLiteral("good.p12"));
    for (int i = 1; i <= 4; ++i)
        make.write(QStringLiteral("PKCS#12 cut at %1/5").arg(i), QStringLiteral("p12-cut-%1.p12").arg(i),
                   good.left(good.size() * i / 5), ForPkcs12);
    export12(QStringLiteral("leaf.crt"), QStringLiteral("leaf.key"), QStringLiteral("p12-leaf.p12"), passArgument,
             true);
    make.add(QStringLiteral("PKCS#12 of a leaf certificate"), QStringLiteral("p12-leaf.p12"), ForPkcs12);
    export12(QStringLiteral("ca.crt"), QString(), QStringLiteral("p12-no-key.p12"), passArgument, false);
    make.add(QStringLiteral("PKCS#12 without a key"), QStringLiteral("p12-no-key.p12"), ForPkcs12);
    export12(QStringLiteral("expired.crt"), QStringLiteral("expired.key"), QStringLiteral("p12-expired.p12"),
             passArgument, true);
    make.add(QStringLiteral("PKCS#12 of an expired CA"), QStringLiteral("p12-expired.p12"), ForPkcs12).expected =
        QStringLiteral("expired");
    export12(QStringLiteral("serial-zero.crt"), QStringLiteral("serial-zero.key"),
             QStringLiteral("p12-serial-zero.p12"), passArgument, true);
    make.add(QStringLiteral("PKCS#12 of a CA with serial 0"), QStringLiteral("p12-serial-zero.p12"), ForPkcs12)
        .expected = QStringLiteral("RFC 5280");
    make.write(QStringLiteral("PEM certificate given as PKCS#12"), QStringLiteral("p12-is-pem.p12"),
               make.read(QStringLiteral("ca.crt")), ForPkcs12);
}

void requestFiles(Maker& make, const QByteArray& csrPem)
{
    for (int i = 1; i <= 4; ++i)
        make.write(QStringLiteral("CSR cut at %1/5").arg(i), QStringLiteral("csr-cut-%1.csr").arg(i),
                   csrPem.left(csrPem.size() * i / 5), ForRequest);
    QByteArray der = make.openssl(opensslArgs({"req", "-in", "leaf.csr", "-outform", "DER"}));
    der[der.size() - 5] = char(der[der.size() - 5] ^ 0x55); // inside the signature
    make.write(QStringLiteral("CSR with a broken signature"), QStringLiteral("csr-bad-signature.der"), der, ForRequest);
    make.write(QStringLiteral("certificate given as CSR"), QStringLiteral("csr-is-a-cert.pem"),
               make.read(QStringLiteral("leaf.crt")), ForRequest);
    make.write(QStringLiteral("key given as CSR"), QStringLiteral("csr-is-a-key.pem"),
               make.read(QStringLiteral("leaf.key")), ForRequest);
    make.openssl(opensslArgs(
        {"req", "-new", "-key", "rsa1024.key", "-subj", "/CN=\x1b]0;pwned\x07\x1b[2J/O=x", "-out", "weak.csr"}));
    make.write(QStringLiteral("RSA 1024 CSR with escape sequences in its subject"), QStringLiteral("csr-weak.csr"),
               make.read(QStringLiteral("weak.csr")), ForRequest);
    make.write(QStringLiteral("CSR with bad base64"), QStringLiteral("csr-bad-base64.csr"), badBase64(csrPem),
               ForRequest);
}

QByteArray csvRows(int count)
{
    QByteArray text = "ProductKey,DeviceName,CertSN\n";
    for (int i = 1; i <= count; ++i)
        text += "a1B2c3D4e5F,dev-" + QByteArray::number(i).rightJustified(5, '0') + ','
            + QByteArray::number(i, 16).rightJustified(4, '0') + '\n';
    return text;
}

void csvFiles(Maker& make)
{
    const QByteArray header = "ProductKey,DeviceName,CertSN\n";
    const auto row = [&](const QString& label, const QString& name, const QByteArray& body, bool namesLine = true) {
        HostileFile& file = make.write(label, name, header + body, ForCsv);
        file.namesLine = namesLine;
        return &file;
    };
    for (const char* productKey : {"=cmd|calc", "=1+2", "@SUM(1)", "+PA", "-2+3"}) {
        HostileFile* file = row(QStringLiteral("ProductKey %1").arg(QString::fromLatin1(productKey)),
                                QStringLiteral("csv-formula-%1.csv").arg(make.files().size()),
                                QByteArray(productKey) + ",dev-0001,0A\n" + QByteArray(productKey) + ",dev-0002,0B\n");
        file->validateWarnsOnly = true;
    }
    row(QStringLiteral("DeviceName =1+2"), QStringLiteral("csv-dn-formula.csv"), "a1B2c3D4e5F,=1+2,01\n");
    row(QStringLiteral("DeviceName -dash1 (allowed, warned)"), QStringLiteral("csv-dn-dash.csv"),
        "a1B2c3D4e5F,-dash1,01\n")
        ->validateWarnsOnly = true;
    row(QStringLiteral("DeviceName with a leading tab"), QStringLiteral("csv-dn-tab.csv"),
        "a1B2c3D4e5F,\tdev-0001,01\n");
    row(QStringLiteral("CertSN -05"), QStringLiteral("csv-sn-negative.csv"), "a1B2c3D4e5F,dev-0001,-05\n");
    row(QStringLiteral("CertSN =1+2"), QStringLiteral("csv-sn-formula.csv"), "a1B2c3D4e5F,dev-0001,=1+2\n");
    row(QStringLiteral("CertSN of 41 bytes"), QStringLiteral("csv-sn-long.csv"),
        "a1B2c3D4e5F,dev-0001," + QByteArray(82, '7') + '\n');
    row(QStringLiteral("CertSN 0"), QStringLiteral("csv-sn-zero.csv"), "a1B2c3D4e5F,dev-0001,00\n");
    row(QStringLiteral("duplicate CertSN"), QStringLiteral("csv-sn-dup.csv"),
        "a1B2c3D4e5F,dev-0001,0A\na1B2c3D4e5F,dev-0002,000a\n");
    row(QStringLiteral("duplicate DeviceName"), QStringLiteral("csv-dn-dup.csv"),
        "a1B2c3D4e5F,dev-0001,0A\na1B2c3D4e5F,dev-0001,0B\n");
    row(QStringLiteral("escape sequences in a DeviceName"), QStringLiteral("csv-dn-esc.csv"),
        "a1B2c3D4e5F,\"\x1b]0;pwned\x07\x1b[2J\",01\n");
    row(QStringLiteral("newline in a DeviceName"), QStringLiteral("csv-dn-newline.csv"),
        "a1B2c3D4e5F,\"dev\niotca: all good\",01\n");
    row(QStringLiteral("bidi control in a DeviceName"), QStringLiteral("csv-dn-bidi.csv"),
        "a1B2c3D4e5F,dev-\xE2\x80\xAE"
        "1000,01\n");
    row(QStringLiteral("unclosed quote"), QStringLiteral("csv-unclosed.csv"), "a1B2c3D4e5F,\"dev-0001,01\n");
    row(QStringLiteral("text after a closing quote"), QStringLiteral("csv-after-quote.csv"),
        "a1B2c3D4e5F,\"dev-0001\"x,01\n");
    row(QStringLiteral("too few fields"), QStringLiteral("csv-few-fields.csv"), "a1B2c3D4e5F,dev-0001\n");
    row(QStringLiteral("too many fields"), QStringLiteral("csv-many-fields.csv"), "a1B2c3D4e5F,dev-0001,01,extra\n");
    row(QStringLiteral("two ProductKeys"), QStringLiteral("csv-two-products.csv"),
        "a1B2c3D4e5F,dev-0001,01\nb2Other,dev-0002,02\n");
    row(QStringLiteral("empty ProductKey"), QStringLiteral("csv-empty-pk.csv"), ",dev-0001,01\n");
    row(QStringLiteral("NUL byte in a row"), QStringLiteral("csv-nul.csv"),
        QByteArray("a1B2c3D4e5F,dev-0") + '\0' + QByteArray("1,01\n"));
    row(QStringLiteral("a 2 MiB field"), QStringLiteral("csv-huge-field.csv"),
        "a1B2c3D4e5F,dev-0001," + QByteArray(2 * 1024 * 1024, 'A') + '\n');
    make.write(QStringLiteral("no header"), QStringLiteral("csv-no-header.csv"), "a1B2c3D4e5F,dev-0001,01\n", ForCsv)
        .namesLine = true;
    make.write(QStringLiteral("a column twice"), QStringLiteral("csv-dup-column.csv"),
               "ProductKey,DeviceName,CertSN,CertSN\na1B2c3D4e5F,dev-0001,01,02\n", ForCsv)
        .namesLine = true;
    make.write(QStringLiteral("header only"), QStringLiteral("csv-header-only.csv"), header, ForCsv);
    // Over the platform's 10,000 rows (which csv split is for) and with a repeated serial at the end.
    make.write(QStringLiteral("10,002 rows, the last a repeated serial"), QStringLiteral("csv-10002-rows.csv"),
               csvRows(10001) + "a1B2c3D4e5F,dev-99999,0001\n", ForCsv)
        .namesLine = true;
    const QByteArray good = csvRows(20);
    for (int i = 1; i <= 3; ++i) {
        QByteArray cut = good.left(good.size() * i / 4);
        cut += "\"a1B2"; // ends inside a quoted field
        make.write(QStringLiteral("CSV cut inside a quote %1/4").arg(i), QStringLiteral("csv-cut-%1.csv").arg(i), cut,
                   ForCsv)
            .namesLine = true;
    }
}

void namesFiles(Maker& make)
{
    const auto names = [&](const QString& label, const QString& file, const QByteArray& content) {
        make.write(label, file, content, ForNames).namesLine = true;
    };
    names(QStringLiteral("escape sequences in a name"), QStringLiteral("names-esc.txt"),
          "dev-0001\n\x1b]0;pwned\x07\x1b[2J\n");
    names(QStringLiteral("bidi control in a name"), QStringLiteral("names-bidi.txt"),
          "dev-\xE2\x80\xAE"
          "0001\n");
    names(QStringLiteral("the same name twice"), QStringLiteral("names-dup.txt"), "dev-0001\ndev-0002\ndev-0001\n");
    names(QStringLiteral("a name of 33 characters"), QStringLiteral("names-long.txt"), QByteArray(33, 'n') + '\n');
    names(QStringLiteral("a formula as a name"), QStringLiteral("names-formula.txt"), "=1+2\n");
    names(QStringLiteral("a NUL byte in a name"), QStringLiteral("names-nul.txt"), QByteArray("dev-\0-01\n", 9));
    names(QStringLiteral("a tab before a name"), QStringLiteral("names-tab.txt"), "dev-0001\n\tdev\tname\n");
    make.write(QStringLiteral("only comments"), QStringLiteral("names-comments.txt"), "# nothing\n# here\n", ForNames);
    make.sparse(QStringLiteral("names file of 41 MiB"), QStringLiteral("names-41mib.txt"), 41LL * 1024 * 1024, ForNames)
        .expected = QStringLiteral("40 MiB");
}

void otherFiles(Maker& make, const QByteArray& caKeyPem)
{
    make.write(QStringLiteral("CA bundle of garbage PEM"), QStringLiteral("bundle-garbage.pem"),
               "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n", ForCaBundle);
    make.write(QStringLiteral("CA bundle holding a key"), QStringLiteral("bundle-key.pem"), caKeyPem, ForCaBundle);
    make.write(QStringLiteral("CA bundle with an empty block"), QStringLiteral("bundle-empty-block.pem"),
               "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n", ForCaBundle);
    make.sparse(QStringLiteral("CA bundle of 5 MiB"), QStringLiteral("bundle-5mib.pem"), 5LL * 1024 * 1024, ForCaBundle)
        .expected = QStringLiteral("4 MiB");

    make.write(QStringLiteral("backup that is text"), QStringLiteral("backup-text.db"), "SQLite format 3 but not\n",
               ForBackup);
    make.write(QStringLiteral("backup: an SQLite header and nothing else"), QStringLiteral("backup-header.db"),
               QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'), ForBackup);

    // (A secret file is the whole file without its trailing line breaks: "\nsecond line" is a secret.)
    make.write(QStringLiteral("passphrase file with an empty first line"), QStringLiteral("pass-newline.txt"),
               "\nsecond line\n", ForPassphrase);
    make.write(QStringLiteral("passphrase file of CR LF"), QStringLiteral("pass-crlf.txt"), "\r\n",
               ForPassphrase | ForSecret);
    make.write(QStringLiteral("passphrase file of 70 KiB"), QStringLiteral("pass-70kib.txt"),
               QByteArray(70 * 1024, 'p'), ForPassphrase | ForSecret)
        .expected = QStringLiteral("64 KiB");
}

} // namespace

QList<HostileFile> makeHostileFiles(const QString& folder, HostileMaterial* material, QString* error)
{
    Maker make(folder);
    // The good material: a CA by the openssl CLI, its key plain and encrypted, a device CSR.
    opensslCa(make, QStringLiteral("ca"), QStringLiteral("4242"));
    make.openssl(opensslArgs(
        {"pkcs8", "-topk8", "-in", "ca.key", "-out", "ca-encrypted.key", "-passout", "pass:key file pass"}));
    QFile keyPassphrase(make.path(QStringLiteral("key-pass.txt")));
    QFile pkcs12Passphrase(make.path(QStringLiteral("p12-pass.txt")));
    if (!keyPassphrase.open(QIODevice::WriteOnly) || keyPassphrase.write("key file pass\n") <= 0
        || !pkcs12Passphrase.open(QIODevice::WriteOnly) || pkcs12Passphrase.write("p12 pass\n") <= 0)
        make.fail(QStringLiteral("passphrase files"));
    keyPassphrase.close();
    pkcs12Passphrase.close();
    material->caCertificate = make.path(QStringLiteral("ca.crt"));
    material->caKey = make.path(QStringLiteral("ca.key"));
    material->encryptedKey = make.path(QStringLiteral("ca-encrypted.key"));
    material->keyPassphrase = keyPassphrase.fileName();
    material->pkcs12Passphrase = pkcs12Passphrase.fileName();
    const QByteArray caPem = make.read(QStringLiteral("ca.crt"));
    const QByteArray caKeyPem = make.read(QStringLiteral("ca.key"));
    make.openssl(opensslArgs({"req", "-new", "-key", "ca.key", "-subj", "/CN=device", "-out", "device.csr"}));
    const QByteArray csrPem = make.read(QStringLiteral("device.csr"));

    typeHostileFiles(make);
    junkFiles(make);
    certificateFiles(make, caPem, caKeyPem, csrPem);
    keyFiles(make, caKeyPem, caPem);
    pkcs12Files(make, QStringLiteral("p12 pass"));
    requestFiles(make, csrPem);
    csvFiles(make);
    namesFiles(make);
    otherFiles(make, caKeyPem);
    if (make.failed()) {
        *error = make.error();
        return {};
    }
    return make.files();
}

QString visibleEscapes(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x061C || u == 0x200E || u == 0x200F
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
        if (control)
            result += QStringLiteral("\\u") + QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

qsizetype firstRawControl(const QByteArray& utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\n' || u == u'\t')
            continue;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x061C || u == 0x200E || u == 0x200F
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029)
            return i;
    }
    return -1;
}

} // namespace iotca::test
