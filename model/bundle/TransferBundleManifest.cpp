#include "TransferBundleManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace iotca::model {

namespace {

Error manifestError(const QString& field, const QString& why)
{
    //: %1 is the manifest file, %2 a JSON field such as "files[2].sha256", %3 what is wrong
    return Error {TransferBundleManifest::tr("%1, field '%2': %3").arg(TransferBundleManifest::fileName(), field, why),
                  {},
                  QStringLiteral("BundleManifest")};
}

} // namespace

bool TransferBundleManifest::isPlainFileName(const QString& name)
{
    // Letters, digits and . _ - only: nothing a file system or a terminal could read as a path or a command.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return plain.match(name).hasMatch() && !name.contains(QStringLiteral(".."));
}

QByteArray TransferBundleManifest::toJson() const
{
    QJsonArray registrationArray;
    for (const BundleRegistration& registration : registrations)
        registrationArray.append(QJsonObject {{QStringLiteral("platform"), registration.platform},
                                              {QStringLiteral("registrationCode"), registration.registrationCode},
                                              {QStringLiteral("verificationCertificate"), registration.file}});
    QJsonArray fileArray;
    for (const BundleFile& file : files)
        fileArray.append(QJsonObject {{QStringLiteral("name"), file.name}, {QStringLiteral("sha256"), file.sha256}});
    QJsonObject root {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ca"),
         QJsonObject {{QStringLiteral("name"), caName},
                      {QStringLiteral("certificate"), caCertificateFileName()},
                      {QStringLiteral("sha256Fingerprint"), caSha256Fingerprint},
                      {QStringLiteral("subject"), caSubject},
                      {QStringLiteral("serial"), caSerial}}},
        {QStringLiteral("chain"), chainFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chainFile)},
        {QStringLiteral("registrations"), registrationArray},
        {QStringLiteral("associationCsvs"), QJsonArray::fromStringList(associationCsvFiles)},
        {QStringLiteral("record"), recordFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(recordFile)},
        {QStringLiteral("files"), fileArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TransferBundleManifest> TransferBundleManifest::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        //: %1 is the manifest file, %2 the byte offset, %3 the parser's reason
        return Error {tr("%1 is not valid JSON (at byte %2: %3).")
                          .arg(fileName())
                          .arg(parseError.offset)
                          .arg(parseError.errorString()),
                      {},
                      QStringLiteral("BundleManifest")};
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        return manifestError(QStringLiteral("format"), tr("is not \"%1\".").arg(formatName()));
    if (root.value(QStringLiteral("formatVersion")).toInt(-1) != formatVersion)
        return manifestError(QStringLiteral("formatVersion"), tr("is not %1.").arg(formatVersion));

    TransferBundleManifest manifest;
    manifest.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    const QJsonObject ca = root.value(QStringLiteral("ca")).toObject();
    manifest.caName = ca.value(QStringLiteral("name")).toString();
    manifest.caSha256Fingerprint = ca.value(QStringLiteral("sha256Fingerprint")).toString();
    manifest.caSubject = ca.value(QStringLiteral("subject")).toString();
    manifest.caSerial = ca.value(QStringLiteral("serial")).toString();
    if (ca.value(QStringLiteral("certificate")).toString() != caCertificateFileName())
        return manifestError(QStringLiteral("ca.certificate"), tr("is not \"%1\".").arg(caCertificateFileName()));
    if (manifest.caName.trimmed().isEmpty())
        return manifestError(QStringLiteral("ca.name"), tr("is empty."));
    manifest.chainFile = root.value(QStringLiteral("chain")).toString();
    manifest.recordFile = root.value(QStringLiteral("record")).toString();

    const QJsonArray registrationArray = root.value(QStringLiteral("registrations")).toArray();
    for (qsizetype i = 0; i < registrationArray.size(); ++i) {
        const QJsonObject entry = registrationArray.at(i).toObject();
        BundleRegistration registration {entry.value(QStringLiteral("platform")).toString(),
                                         entry.value(QStringLiteral("registrationCode")).toString(),
                                         entry.value(QStringLiteral("verificationCertificate")).toString()};
        if (registration.platform.isEmpty() || registration.registrationCode.isEmpty() || registration.file.isEmpty())
            return manifestError(QStringLiteral("registrations[%1]").arg(i),
                                 tr("needs platform, registrationCode and verificationCertificate."));
        manifest.registrations.append(registration);
    }
    for (const QJsonValue& csv : root.value(QStringLiteral("associationCsvs")).toArray())
        manifest.associationCsvFiles.append(csv.toString());

    const QJsonArray fileArray = root.value(QStringLiteral("files")).toArray();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QJsonObject entry = fileArray.at(i).toObject();
        const BundleFile file {entry.value(QStringLiteral("name")).toString(),
                               entry.value(QStringLiteral("sha256")).toString()};
        if (!isPlainFileName(file.name) || file.name == fileName() || file.name == signatureFileName())
            return manifestError(QStringLiteral("files[%1].name").arg(i),
                                 tr("is not a plain file name of the bundle."));
        if (!hex.match(file.sha256).hasMatch())
            return manifestError(QStringLiteral("files[%1].sha256").arg(i), tr("is not 64 lower-case hex digits."));
        for (const BundleFile& earlier : std::as_const(manifest.files)) {
            if (earlier.name == file.name)
                return manifestError(QStringLiteral("files[%1].name").arg(i), tr("names a file twice."));
        }
        manifest.files.append(file);
    }
    // Every file a role names must be listed with a hash, or its bytes would be unchecked.
    QStringList named {caCertificateFileName()};
    if (!manifest.chainFile.isEmpty())
        named.append(manifest.chainFile);
    if (!manifest.recordFile.isEmpty())
        named.append(manifest.recordFile);
    named += manifest.associationCsvFiles;
    for (const BundleRegistration& registration : std::as_const(manifest.registrations))
        named.append(registration.file);
    for (const QString& name : std::as_const(named)) {
        const bool listed = std::any_of(manifest.files.cbegin(), manifest.files.cend(),
                                        [&](const BundleFile& file) { return file.name == name; });
        if (!listed)
            return manifestError(QStringLiteral("files"), tr("does not list '%1'.").arg(name));
    }
    return manifest;
}

} // namespace iotca::model
