#include "DeviceCertificateCommands.h"

#include "CliCommandGroup.h"
#include "CliWorkspace.h"
#include "Console.h"
#include "DeviceSerialSelection.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "OutputFile.h"
#include "WorkspaceCommand.h"

#include "crypto/Certificate.h"
#include "crypto/RevocationReason.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaChain.h"
#include "model/ca/DeviceCertificateDetails.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotca::app {

namespace {

using model::Workspace;

QString reasonList()
{
    QStringList names;
    for (const crypto::RevocationReason reason : crypto::allRevocationReasons())
        names.append(crypto::revocationReasonName(reason));
    return names.join(QLatin1Char('|'));
}

/// One device certificate with its CA, found by serial (in `caName` when given, else in any CA).
struct FoundDevice
{
    model::CaRecord ca;
    model::DeviceCertificateRecord device;
    crypto::Certificate certificate;
};

Result<FoundDevice> findDevice(const Workspace& workspace, const QString& caName, const QString& serial)
{
    QList<model::CaRecord> cas;
    if (!caName.isEmpty()) {
        auto ca = CliWorkspace::findCa(workspace, caName);
        if (!ca)
            return ca.error();
        cas.append(*ca);
    } else {
        auto all = workspace.cas().list();
        if (!all)
            return all.error();
        cas = *all;
    }
    std::optional<FoundDevice> found;
    for (const model::CaRecord& ca : std::as_const(cas)) {
        auto device = workspace.devices().find(ca.id, serial);
        if (!device)
            return device.error();
        if (!device->has_value())
            continue;
        if (found)
            //: %1 is a serial number
            return Error {DeviceCertificateCommands::tr("Several CAs issued a certificate with the serial %1; say "
                                                        "which with --ca.")
                              .arg(serial)};
        auto certificate = crypto::Certificate::fromDer((*device)->certificateDer);
        if (!certificate)
            return certificate.error();
        found = FoundDevice {ca, **device, *certificate};
    }
    if (!found)
        //: %1 is a serial number
        return Error {DeviceCertificateCommands::tr("No device certificate with the serial %1 is recorded here.")
                          .arg(terminalSafe(serial)),
                      {},
                      QStringLiteral("NotFound")};
    return *found;
}

} // namespace

void DeviceCertificateCommands::addTo(CliCommandGroup& group)
{
    group.addCommand(QStringLiteral("show"), tr("Shows one device certificate with its status and history."), &show);
    group.addCommand(QStringLiteral("export"), tr("Writes one device certificate (PEM or DER, with its chain)."),
                     &exportCertificate);
    group.addCommand(QStringLiteral("revoke"), tr("Revokes device certificates (the CA's next CRL lists them)."),
                     &revoke);
}

int DeviceCertificateCommands::show(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The issuing CA's name (default: any CA)."), tr("name"));
    const QCommandLineOption serial(QStringLiteral("serial"), tr("The certificate's serial number."), tr("serial"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, serial, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Shows a device certificate: subject, serial, validity, extensions, "
                                               "fingerprints, status (platform and revocation) and the audit "
                                               "entries that name it.")))
        return *stop;
    const auto serialValue = CliCommand::requiredValue(parser, serial, path);
    if (!serialValue)
        return ExitUsage;
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        auto found = findDevice(workspace, parser.value(ca), *serialValue);
        if (!found)
            return CliCommand::failure(found.error());
        auto details = model::DeviceCertificateDetails::read(workspace, found->ca.id, found->device.serialHex);
        if (!details)
            return CliCommand::failure(details.error());
        const crypto::Certificate& certificate = details->certificate;
        const std::optional<model::RevocationRecord>& revocation = details->revocation;
        const QList<model::AuditEntry>& history = details->history;
        const auto keyUsageNames = &model::DeviceCertificateDetails::keyUsageNames;
        const auto hex = &model::DeviceCertificateDetails::colonHex;
        const crypto::BasicConstraints constraints = certificate.basicConstraints();
        //: %1 is a date and time, %2 an RFC 5280 reason name
        const QString revokedText = revocation.has_value()
            ? tr("revoked on %1 (%2)")
                  .arg(JsonOutput::time(revocation->revokedAt), crypto::revocationReasonName(revocation->reason))
            : tr("not revoked");
        if (parser.isSet(json)) {
            QJsonObject object = JsonOutput::device(found->device);
            object.insert(QStringLiteral("ca"), found->ca.name);
            object.insert(QStringLiteral("subject"), certificate.subjectString());
            object.insert(QStringLiteral("issuer"), certificate.issuerString());
            object.insert(QStringLiteral("notBefore"), JsonOutput::time(certificate.notBefore()));
            object.insert(QStringLiteral("keyDescription"), certificate.keyDescription());
            object.insert(QStringLiteral("signatureAlgorithm"), certificate.signatureAlgorithm());
            object.insert(QStringLiteral("keyUsage"), QJsonArray::fromStringList(keyUsageNames(certificate)));
            object.insert(QStringLiteral("extendedKeyUsage"),
                          QJsonArray::fromStringList(certificate.extendedKeyUsage()));
            object.insert(QStringLiteral("subjectAltNames"),
                          QJsonArray::fromStringList(certificate.subjectAlternativeNames()));
            object.insert(QStringLiteral("subjectKeyIdentifier"), hex(certificate.subjectKeyIdentifier()));
            object.insert(QStringLiteral("authorityKeyIdentifier"), hex(certificate.authorityKeyIdentifier()));
            object.insert(QStringLiteral("sha1Fingerprint"),
                          crypto::Certificate::fingerprintText(certificate.sha1Fingerprint()));
            object.insert(QStringLiteral("sha256Fingerprint"),
                          crypto::Certificate::fingerprintText(certificate.sha256Fingerprint()));
            object.insert(QStringLiteral("revoked"), revocation.has_value());
            if (revocation.has_value()) {
                object.insert(QStringLiteral("revokedAt"), JsonOutput::time(revocation->revokedAt));
                object.insert(QStringLiteral("revocationReason"), crypto::revocationReasonName(revocation->reason));
            }
            QJsonArray audit;
            for (const model::AuditEntry& entry : std::as_const(history))
                audit.append(JsonOutput::auditEntry(entry));
            object.insert(QStringLiteral("audit"), audit);
            JsonOutput::print(object);
            return ExitSuccess;
        }
        const QList<std::pair<QString, QString>> lines {
            //: Labels of `iotca device show`
            {tr("Device"), found->device.productKey + QLatin1Char('/') + found->device.deviceName},
            {tr("CA"), found->ca.name},
            {tr("Subject"), certificate.subjectString()},
            {tr("Issuer"), certificate.issuerString()},
            {tr("Serial"), certificate.serialNumberHex()},
            {tr("Not before"), JsonOutput::time(certificate.notBefore())},
            {tr("Not after"), JsonOutput::time(certificate.notAfter())},
            {tr("Key"), certificate.keyDescription()},
            {tr("Signature"), certificate.signatureAlgorithm()},
            {tr("Basic constraints"), constraints.isCa ? QStringLiteral("CA:TRUE") : QStringLiteral("CA:FALSE")},
            {tr("Key usage"), keyUsageNames(certificate).join(QStringLiteral(", "))},
            {tr("Extended key usage"), certificate.extendedKeyUsage().join(QStringLiteral(", "))},
            {tr("Alternative names"), certificate.subjectAlternativeNames().join(QStringLiteral(", "))},
            {tr("Subject key ID"), hex(certificate.subjectKeyIdentifier())},
            {tr("Authority key ID"), hex(certificate.authorityKeyIdentifier())},
            {tr("SHA-1"), crypto::Certificate::fingerprintText(certificate.sha1Fingerprint())},
            {tr("SHA-256"), crypto::Certificate::fingerprintText(certificate.sha256Fingerprint())},
            {tr("Status"), model::deviceCertificateStatusDisplayName(found->device.status)},
            {tr("Revocation"), revokedText},
            {tr("Exported to"), found->device.exportedPath},
        };
        qsizetype width = 0;
        for (const auto& line : lines)
            width = std::max(width, line.first.size());
        for (const auto& line : lines)
            Console::out() << (line.first + QLatin1Char(':')).leftJustified(width + 3) << terminalSafe(line.second)
                           << Qt::endl;
        Console::out() << tr("History:") << Qt::endl;
        for (const model::AuditEntry& entry : std::as_const(history))
            Console::out() << QStringLiteral("  ") << JsonOutput::time(entry.time) << QLatin1Char(' ') << entry.action
                           << Qt::endl;
        return ExitSuccess;
    });
}

int DeviceCertificateCommands::exportCertificate(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The issuing CA's name (default: any CA)."), tr("name"));
    const QCommandLineOption serial(QStringLiteral("serial"), tr("The certificate's serial number."), tr("serial"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pem (default) or der."), tr("format"));
    const QCommandLineOption chain(QStringLiteral("chain"),
                                   tr("Appends the CA chain up to the root (PEM only), as TLS clients send it."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), tr("file"));
    parser.addOptions({ca, serial, format, chain, out});
    if (const auto stop =
            CliCommand::parse(parser, path, arguments, tr("Writes one device certificate (never its key) to a file.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, serial, out);
    if (!required)
        return ExitUsage;
    const auto& [serialValue, outValue] = *required;
    const QString formatValue = parser.isSet(format) ? parser.value(format).toLower() : QStringLiteral("pem");
    if (formatValue != QLatin1String("pem") && formatValue != QLatin1String("der"))
        return CliCommand::usageError(path, tr("Unknown format '%1'; use pem or der.").arg(parser.value(format)));
    if (formatValue == QLatin1String("der") && parser.isSet(chain))
        return CliCommand::usageError(path, tr("A chain is written as PEM; --format der cannot go with --chain."));
    return WorkspaceCommand::onWorkspace(parser, Workspace::OpenMode::ReadOnly, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        auto found = findDevice(workspace, parser.value(ca), serialValue);
        if (!found)
            return CliCommand::failure(found.error());
        QByteArray data = formatValue == QLatin1String("der") ? found->certificate.toDer() : found->certificate.toPem();
        if (parser.isSet(chain)) {
            auto caPath = model::CaChain::pathOf(workspace, found->ca.id);
            if (!caPath)
                return CliCommand::failure(caPath.error());
            data += model::CaChain::toPemBundle(*caPath);
            if (!caPath->complete)
                Console::printWarning(tr("The chain ends at '%1': its issuer is not in this workspace.")
                                          .arg(caPath->cas.constLast().name));
        }
        if (Status written = OutputFile::write(outValue, data, false); !written)
            return CliCommand::failure(written.error());
        //: %1 is a serial number, %2 a file
        Console::out() << tr("Wrote the device certificate %1 to '%2'.")
                              .arg(found->device.serialHex, QDir::toNativeSeparators(outValue))
                       << Qt::endl;
        return ExitSuccess;
    });
}

int DeviceCertificateCommands::revoke(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The issuing CA's name."), tr("name"));
    const QCommandLineOption serials({QStringLiteral("serials"), QStringLiteral("serial")},
                                     tr("Serial numbers to revoke (comma-separated, or repeat the option)."),
                                     tr("serials"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Revokes the CertSN of every row of this association CSV (each row must match a "
                                    "device certificate of the CA)."),
                                 tr("file"));
    const QCommandLineOption reason(
        QStringLiteral("reason"), tr("The RFC 5280 reason: %1 (default unspecified).").arg(reasonList()), tr("reason"));
    const QCommandLineOption yes = CliCommand::yesOption();
    parser.addOptions({ca, serials, csv, reason, yes});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Revokes device certificates of a CA, all or none; its next CRL "
                                               "('iotca ca crl') lists them. Asks first on a terminal; without one, "
                                               "needs --yes.")))
        return *stop;
    const auto caName = CliCommand::requiredValue(parser, ca, path);
    if (!caName)
        return ExitUsage;
    if (!DeviceSerialSelection::checkExactlyOne(parser, serials, csv, path))
        return ExitUsage;
    const auto reasonValue = parser.isSet(reason) ? crypto::parseRevocationReason(parser.value(reason))
                                                  : std::optional(crypto::RevocationReason::Unspecified);
    if (!reasonValue)
        return CliCommand::usageError(
            path, tr("Unknown reason '%1'; use one of %2.").arg(terminalSafe(parser.value(reason)), reasonList()));
    return WorkspaceCommand::onCa(parser, Workspace::OpenMode::ReadWrite, *caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        int exitCode = ExitSuccess;
        const auto selected = DeviceSerialSelection::select(workspace, record, parser, serials, csv, path,
                                                            DeviceSerialSelection::Purpose::ChangeStatus, exitCode);
        if (!selected)
            return exitCode;
        if (!parser.isSet(yes)) {
            //: %1 is a CA name, %n the number of device certificates
            const QString question = tr("Revoke %n device certificate(s) of the CA '%1'? This cannot be undone.",
                                        nullptr, static_cast<int>(selected->size()))
                                         .arg(record.name);
            switch (Console::confirm(question)) {
            case Console::Answer::Yes:
                break;
            case Console::Answer::No:
                Console::printError(tr("No device certificate was revoked."));
                return ExitFailure;
            case Console::Answer::NoTerminal:
                return CliCommand::usageError(path,
                                              tr("Refusing to revoke device certificates of the CA '%1' without "
                                                 "confirmation; pass --yes.")
                                                  .arg(record.name));
            }
        }
        model::RevocationRepository revocations(workspace);
        auto revoked = revocations.revoke(record.id, *selected, *reasonValue);
        if (!revoked)
            return CliCommand::failure(revoked.error());
        //: %1 is a CA name, %n the number of device certificates
        Console::out() << tr("Revoked %n device certificate(s) of the CA '%1'; publish a new CRL (iotca ca crl --ca "
                             "\"%1\").",
                             nullptr, *revoked)
                              .arg(record.name)
                       << Qt::endl;
        // A platform keeps accepting an associated certificate until it is deactivated there too.
        int stillActive = 0;
        for (const QString& serial : std::as_const(*selected)) {
            auto device = workspace.devices().find(record.id, serial);
            if (device && device->has_value() && (*device)->status == model::DeviceCertificateStatus::Associated)
                ++stillActive;
        }
        if (stillActive > 0) {
            //: %n a number of certificates, %1 a CA name
            Console::printWarning(tr("%n revoked certificate(s) are still active on a platform; deactivate them there "
                                     "too (iotca device deactivate --ca \"%1\" --account ACCOUNT --serial ...).",
                                     nullptr, stillActive)
                                      .arg(record.name));
        }
        return ExitSuccess;
    });
}

} // namespace iotca::app
