#include "CaOutput.h"

#include "OfflineCaOutput.h"

#include "CliCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "ExpiryFilter.h"
#include "JsonOutput.h"

#include "crypto/Certificate.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Workspace.h"

namespace iotca::app {

namespace {

QString day(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

int CaOutput::printCreated(const model::Workspace& workspace, qint64 caId, bool json)
{
    auto ca = workspace.cas().get(caId);
    if (!ca)
        return CliCommand::failure(ca.error());
    auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!certificate)
        return CliCommand::failure(certificate.error());
    if (json) {
        JsonOutput::print(JsonOutput::ca(*ca, *certificate, 0));
        return ExitSuccess;
    }
    //: %1 is a CA name, %2 its serial number, %3 a date
    Console::out() << tr("Stored the CA '%1' (serial %2, valid until %3).")
                          .arg(ca->name, certificate->serialNumberHex(), day(certificate->notAfter()))
                   << Qt::endl;
    return ExitSuccess;
}

int CaOutput::printList(model::Workspace& workspace, bool json, const ExpiryFilter& filter)
{
    // A CA is revoked when its issuer in the workspace revoked its serial.
    model::RevocationRepository revocations(workspace);
    auto cas = workspace.cas().list();
    if (!cas)
        return CliCommand::failure(cas.error());

    QJsonArray array;
    QList<QStringList> rows;
    //: Column headings of `iotca ca list`
    rows.append({tr("NAME"), tr("KEY"), tr("NOT AFTER"), tr("DEVICES"), tr("SERIAL"), tr("STATE")});
    for (const model::CaRecord& ca : *cas) {
        auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
        if (!certificate)
            return CliCommand::failure(certificate.error());
        if (!filter.accepts(certificate->notAfter()))
            continue;
        bool revoked = false;
        if (ca.parentCaId > 0) {
            auto revocation = revocations.find(ca.parentCaId, ca.serialHex);
            if (!revocation)
                return CliCommand::failure(revocation.error());
            revoked = revocation->has_value();
        }
        const QString state = filter.state(certificate->notAfter(), revoked);
        auto devices = workspace.devices().count(ca.id);
        if (!devices)
            return CliCommand::failure(devices.error());
        if (json) {
            QJsonObject object = JsonOutput::ca(ca, *certificate, *devices);
            object.insert(QStringLiteral("revoked"), revoked);
            object.insert(QStringLiteral("state"), state);
            array.append(object);
            continue;
        }
        const auto algorithm = certificate->keyAlgorithm();
        rows.append({ca.name, algorithm ? crypto::keyAlgorithmName(*algorithm) : certificate->keyDescription(),
                     day(certificate->notAfter()), QString::number(*devices), certificate->serialNumberHex(), state});
    }
    if (json) {
        JsonOutput::print(QJsonObject {{QStringLiteral("cas"), array}});
        return ExitSuccess;
    }
    if (rows.size() == 1 && cas->isEmpty()) {
        Console::out() << tr("The workspace has no CA yet.") << Qt::endl;
        return ExitSuccess;
    }
    if (rows.size() == 1) {
        //: %n is a number of days
        Console::out() << tr("No CA expires within %n day(s).", nullptr, filter.warningDays()) << Qt::endl;
        return ExitSuccess;
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        Console::out() << Console::escaped(line) << Qt::endl;
    }
    return ExitSuccess;
}

int CaOutput::printDetails(const model::Workspace& workspace, const model::CaRecord& ca, bool json)
{
    auto certificate = crypto::Certificate::fromDer(ca.certificateDer);
    if (!certificate)
        return CliCommand::failure(certificate.error());
    auto devices = workspace.devices().count(ca.id);
    if (!devices)
        return CliCommand::failure(devices.error());
    if (json) {
        JsonOutput::print(JsonOutput::ca(ca, *certificate, *devices));
        return ExitSuccess;
    }
    const crypto::BasicConstraints constraints = certificate->basicConstraints();
    const auto algorithm = certificate->keyAlgorithm();
    // Where the CA sits in the tree: a root, under a CA of this workspace, or under an issuer kept elsewhere.
    QString issuedBy = tr("itself (root CA)");
    if (!certificate->isSelfSigned()) {
        auto parent = ca.parentCaId > 0 ? workspace.cas().get(ca.parentCaId) : Result<model::CaRecord>(Error {});
        //: %1 is a CA name
        issuedBy = parent ? tr("the CA '%1' of this workspace").arg(parent->name)
                          : tr("an issuer not in this workspace (missing)");
    }
    const QList<std::pair<QString, QString>> lines {
        //: Labels of `iotca ca show`
        {tr("Name"), ca.name},
        {tr("Subject"), certificate->subjectString()},
        {tr("Issuer"), certificate->issuerString()},
        {tr("Issued by"), issuedBy},
        {tr("Serial"), certificate->serialNumberHex()},
        {tr("Not before"), JsonOutput::time(certificate->notBefore())},
        {tr("Not after"), JsonOutput::time(certificate->notAfter())},
        {tr("Key"),
         algorithm ? QStringLiteral("%1 (%2)").arg(certificate->keyDescription(), crypto::keyAlgorithmName(*algorithm))
                   : certificate->keyDescription()},
        {tr("Signature"), certificate->signatureAlgorithm()},
        {tr("SHA-256"), crypto::Certificate::fingerprintText(certificate->sha256Fingerprint())},
        {tr("Path length"), constraints.pathLength ? QString::number(*constraints.pathLength) : tr("unlimited")},
        {tr("Private key"), ca.hasStoredKey() ? tr("stored, encrypted") : tr("elsewhere: %1").arg(ca.keyReference)},
        {tr("Passphrase"),
         ca.passphraseKeychainKey.isEmpty() ? tr("not remembered") : tr("remembered in the keychain")},
        {tr("Devices"), QString::number(*devices)},
    };
    qsizetype width = 0;
    for (const auto& line : lines)
        width = std::max(width, line.first.size());
    for (const auto& line : lines)
        Console::out() << (line.first + QLatin1Char(':')).leftJustified(width + 3) << Console::escaped(line.second)
                       << Qt::endl;
    OfflineCaOutput::print(workspace, ca);
    return ExitSuccess;
}

} // namespace iotca::app
