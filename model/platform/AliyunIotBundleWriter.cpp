#include "AliyunIotBundleWriter.h"

#include "PreflightChecker.h"
#include "crypto/VerificationCertificate.h"
#include "model/csv/AssociationCsvWriter.h"
#include "model/csv/CertSerialText.h"
#include "model/csv/OwnerOnlyDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <functional>

namespace iotca::model {

namespace {

/// One association file: its name in the folder and its rows.
struct AssociationFile
{
    QString fileName;
    QList<AssociationRow> rows;
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// A ProductKey as part of a file name (they are alphanumeric; anything else becomes '_').
QString fileNamePart(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString part = text;
    part.replace(unsafe, QStringLiteral("_"));
    return part;
}

} // namespace

QStringList AliyunIotBundle::files() const
{
    QStringList all {caCertificatePath, verificationCertificatePath};
    all += associationCsvPaths;
    all.append(readmePath);
    return all;
}

namespace {

class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(AliyunIotBundleWriter)
public:
    /// Checks the rows and groups them into files of one product and at most `maxRows` rows each.
    static Result<QList<AssociationFile>> associationFiles(const QList<AssociationRow>& rows, int maxRows)
    {
        static const QRegularExpression deviceName(QStringLiteral("^[A-Za-z0-9_@.:-]{4,32}$"));
        QList<QString> products;
        QHash<QString, QList<AssociationRow>> byProduct;
        QSet<QString> serials;
        QSet<QString> devices;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            AssociationRow row = rows.at(i);
            const int number = static_cast<int>(i + 1);
            if (row.productKey.trimmed().isEmpty()) {
                //: %1 is a row number
                return Error {
                    tr("Association row %1 has no ProductKey.").arg(number), {}, QStringLiteral("InvalidRow")};
            }
            if (!deviceName.match(row.deviceName).hasMatch()) {
                //: %1 is a row number, %2 a device name
                return Error {tr("Association row %1: the DeviceName '%2' is not 4 to 32 letters, digits or - _ @ . :")
                                  .arg(number)
                                  .arg(row.deviceName),
                              {},
                              QStringLiteral("InvalidRow")};
            }
            const QString serial = CertSerialText::normalised(row.certSn);
            if (serial.isEmpty()) {
                //: %1 is a row number, %2 the text given as serial number
                return Error {tr("Association row %1: '%2' is not a hexadecimal certificate serial number.")
                                  .arg(number)
                                  .arg(row.certSn),
                              {},
                              QStringLiteral("InvalidRow")};
            }
            if (serials.contains(serial) || devices.contains(row.productKey + QLatin1Char('/') + row.deviceName)) {
                //: %1 is a row number, %2 a device name, %3 a serial number
                return Error {tr("Association row %1 repeats the device '%2' or the serial number %3.")
                                  .arg(number)
                                  .arg(row.deviceName, serial),
                              {},
                              QStringLiteral("DuplicateRow")};
            }
            serials.insert(serial);
            devices.insert(row.productKey + QLatin1Char('/') + row.deviceName);
            row.certSn = serial;
            if (!byProduct.contains(row.productKey))
                products.append(row.productKey);
            byProduct[row.productKey].append(row);
        }
        QList<AssociationFile> files;
        for (const QString& product : std::as_const(products)) {
            const QList<AssociationRow>& productRows = byProduct.value(product);
            for (qsizetype first = 0; first < productRows.size(); first += maxRows)
                files.append(AssociationFile {product, productRows.mid(first, maxRows)});
        }
        const bool single = files.size() == 1;
        QHash<QString, int> partOfProduct;
        for (AssociationFile& file : files) {
            const int part = ++partOfProduct[file.fileName];
            file.fileName = single ? QStringLiteral("association.csv")
                                   : QStringLiteral("association-%1-%2.csv")
                                         .arg(fileNamePart(file.fileName))
                                         .arg(part, 3, 10, QLatin1Char('0'));
        }
        return files;
    }

    static QByteArray readme(const AliyunIotBundleRequest& request, const crypto::Certificate& verification,
                             const QList<AssociationFile>& associations)
    {
        const crypto::Certificate& ca = request.caCertificate;
        QStringList lines;
        //: %1 is the CA name
        lines << tr("Alibaba Cloud IoT Platform: registering the CA certificate '%1'").arg(request.caName);
        //: %1 is a date and time in UTC
        lines << tr("Made by IoT CA Desk on %1 (UTC).")
                     .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        lines << QString();
        lines << tr("Files in this folder (no private key is among them):");
        //: %1 is a file name, %2 a distinguished name, %3 a serial number, %4 a fingerprint
        lines << tr("  %1  the CA certificate: subject %2, serial number %3, SHA-256 %4")
                     .arg(AliyunIotBundleWriter::caCertificateFileName(), ca.subjectString(), ca.serialNumberHex(),
                          crypto::Certificate::fingerprintText(ca.sha256Fingerprint()));
        //: %1 is a file name, %2 the registration code, %3 a date
        lines << tr("  %1  the verification certificate: Common Name = registration code %2, signed by the CA key, "
                    "valid until %3")
                     .arg(AliyunIotBundleWriter::verificationFileName(), request.registrationCode,
                          verification.notAfter().toString(QStringLiteral("yyyy-MM-dd")));
        for (const AssociationFile& file : associations) {
            //: %1 is a file name, %n the number of rows, %2 a product key
            lines << tr("  %1  %n device association(s) (ProductKey,DeviceName,CertSN) of the product %2", nullptr,
                        static_cast<int>(file.rows.size()))
                         .arg(file.fileName, file.rows.constFirst().productKey);
        }
        lines << QString();
        lines << tr("In the IoT Platform console (region China (Shanghai), the only one with X.509 device "
                    "authentication):");
        //: %1 is the registration code
        lines << tr("1. Open Devices > CA Certificates and click Register CA Certificate. The dialog shows a "
                    "registration code; it must be %1. If it shows another code, make a new bundle for that code.")
                     .arg(request.registrationCode);
        //: %1 is the CA name
        lines << tr("2. Enter the CA name %1 (4 to 30 letters, digits or '_').").arg(request.caName);
        lines << tr("3. Upload %1 as the CA certificate and %2 as the verification certificate, and confirm.")
                     .arg(AliyunIotBundleWriter::caCertificateFileName(),
                          AliyunIotBundleWriter::verificationFileName());
        lines << tr("4. The devices' product must use the authentication mode X.509 Certificate with Use Private CA "
                    "Certificate set to Yes. Only directly connected MQTT devices with RSA device certificates can "
                    "use a private CA.");
        if (!ca.hasRsaKey()) {
            //: %1 is a key description such as "ECDSA P-256"
            lines << tr("   Note: this CA has a %1 key. The console documents private CAs for device certificates "
                        "signed with RSA only; if it refuses the upload, use an RSA CA.")
                         .arg(ca.keyDescription());
        }
        if (!associations.isEmpty()) {
            lines << tr("5. Open the CA's details > Device Association > Associate Certificate to Devices, upload "
                        "each association file (at most 10,000 rows of one product per file) and click Save. "
                        "Download the console's .csv template once to check that its header still reads "
                        "ProductKey,DeviceName,CertSN.");
        }
        lines << QString();
        lines << tr("An Alibaba Cloud account can register at most 10 CA certificates.");
        return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    }
};

/// Writes `bytes` to `path` atomically.
Status saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error {AliyunIotBundleWriter::tr("The file '%1' could not be written.").arg(native(path)),
                      file.errorString(), QStringLiteral("WriteFailed")};
    }
    return {};
}

} // namespace

Result<AliyunIotBundle> AliyunIotBundleWriter::write(const AliyunIotBundleRequest& request)
{
    const PreflightChecker rules(PlatformCapabilities::forPlatform(PlatformId::AliyunIot));
    if (Status name = rules.checkCaName(request.caName); !name)
        return name.error();
    if (Status code = rules.checkRegistrationCode(request.registrationCode); !code)
        return code.error();
    if (request.caCertificate.isNull() || request.caKey.isNull()) {
        return Error {tr("The CA certificate and its private key are needed for the verification certificate."),
                      {},
                      QStringLiteral("Preflight.CaKey")};
    }
    if (request.folder.trimmed().isEmpty())
        return Error {tr("No output folder was given for the bundle."), {}, QStringLiteral("NoFolder")};
    auto associations = BundleText::associationFiles(request.associations, maxAssociationRows);
    if (!associations)
        return associations.error();

    crypto::VerificationCertificateSpec spec;
    spec.registrationCode = request.registrationCode;
    spec.validityDays = request.verificationValidityDays;
    auto verification = crypto::VerificationCertificate::create(spec, request.caCertificate, request.caKey);
    if (!verification) {
        //: %1 is the reason
        return Error {tr("The verification certificate could not be made: %1").arg(verification.error().message),
                      verification.error().detail, verification.error().code};
    }

    const QDir folder(request.folder);
    AliyunIotBundle bundle;
    bundle.caCertificatePath = folder.filePath(caCertificateFileName());
    bundle.verificationCertificatePath = folder.filePath(verificationFileName());
    bundle.readmePath = folder.filePath(readmeFileName());
    for (const AssociationFile& file : std::as_const(*associations))
        bundle.associationCsvPaths.append(folder.filePath(file.fileName));
    bundle.verificationFingerprint =
        crypto::Certificate::fingerprintText(verification->certificate().sha256Fingerprint());
    bundle.verificationNotAfter = verification->certificate().notAfter();

    QStringList created;
    for (const QString& path : bundle.files()) {
        if (!QFileInfo::exists(path)) {
            created.append(path);
        } else if (!request.overwrite || !QFileInfo(path).isFile()) {
            return Error {tr("'%1' already exists; nothing was written. Choose an empty folder or allow replacing "
                             "the earlier bundle.")
                              .arg(native(path)),
                          {},
                          QStringLiteral("FileExists")};
        }
    }
    if (Status made = OwnerOnlyDirectory::ensure(request.folder); !made)
        return made.error();

    QList<std::function<Status()>> writes;
    writes.append([&] { return saveFile(bundle.caCertificatePath, request.caCertificate.toPem()); });
    writes.append([&] { return saveFile(bundle.verificationCertificatePath, verification->certificate().toPem()); });
    for (qsizetype i = 0; i < associations->size(); ++i) {
        writes.append([&, i] {
            return AssociationCsvWriter::writeRows(bundle.associationCsvPaths.at(i), associations->at(i).rows);
        });
    }
    writes.append([&] {
        return saveFile(bundle.readmePath, BundleText::readme(request, verification->certificate(), *associations));
    });
    for (const auto& writeFile : std::as_const(writes)) {
        if (Status written = writeFile(); !written) {
            for (const QString& path : std::as_const(created))
                QFile::remove(path);
            return written.error();
        }
    }
    return bundle;
}

} // namespace iotca::model
