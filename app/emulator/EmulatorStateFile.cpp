#include "EmulatorStateFile.h"

#include "EmulatorServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace iotca::app {

namespace {

const auto formatName = QStringLiteral("iotca-emulator-state");
constexpr int formatVersion = 1;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray sortedArray(const QSet<QString>& set)
{
    QStringList values(set.cbegin(), set.cend());
    std::sort(values.begin(), values.end());
    return QJsonArray::fromStringList(values);
}

QSet<QString> setFrom(const QJsonValue& value)
{
    QSet<QString> set;
    for (const QJsonValue& item : value.toArray())
        set.insert(item.toString());
    return set;
}

QJsonObject caToJson(const EmulatedCa& ca)
{
    return {{QStringLiteral("id"), ca.id},
            {QStringLiteral("name"), ca.name},
            {QStringLiteral("serialHex"), ca.serialHex},
            {QStringLiteral("subject"), ca.subject},
            {QStringLiteral("pem"), QString::fromLatin1(ca.pem)},
            {QStringLiteral("verificationPem"), QString::fromLatin1(ca.verificationPem)},
            {QStringLiteral("registrationCode"), ca.registrationCode},
            {QStringLiteral("instanceId"), ca.instanceId},
            {QStringLiteral("active"), ca.active},
            {QStringLiteral("created"), timeText(ca.created)},
            {QStringLiteral("notBefore"), timeText(ca.notBefore)},
            {QStringLiteral("notAfter"), timeText(ca.notAfter)}};
}

EmulatedCa caFromJson(const QJsonObject& json)
{
    EmulatedCa ca;
    ca.id = json.value(QStringLiteral("id")).toString();
    ca.name = json.value(QStringLiteral("name")).toString();
    ca.serialHex = json.value(QStringLiteral("serialHex")).toString();
    ca.subject = json.value(QStringLiteral("subject")).toString();
    ca.pem = json.value(QStringLiteral("pem")).toString().toLatin1();
    ca.verificationPem = json.value(QStringLiteral("verificationPem")).toString().toLatin1();
    ca.registrationCode = json.value(QStringLiteral("registrationCode")).toString();
    ca.instanceId = json.value(QStringLiteral("instanceId")).toString();
    ca.active = json.value(QStringLiteral("active")).toBool(true);
    ca.created = timeFrom(json.value(QStringLiteral("created")));
    ca.notBefore = timeFrom(json.value(QStringLiteral("notBefore")));
    ca.notAfter = timeFrom(json.value(QStringLiteral("notAfter")));
    return ca;
}

QJsonObject deviceToJson(const EmulatedDevice& device)
{
    return {{QStringLiteral("id"), device.id},
            {QStringLiteral("caId"), device.caId},
            {QStringLiteral("name"), device.name},
            {QStringLiteral("product"), device.product},
            {QStringLiteral("serialHex"), device.serialHex},
            {QStringLiteral("pem"), QString::fromLatin1(device.pem)},
            {QStringLiteral("active"), device.active},
            {QStringLiteral("heldByCa"), device.heldByCa},
            {QStringLiteral("revoked"), device.revoked},
            {QStringLiteral("attachments"), QJsonArray::fromStringList(device.attachments)},
            {QStringLiteral("notBefore"), timeText(device.notBefore)},
            {QStringLiteral("notAfter"), timeText(device.notAfter)}};
}

EmulatedDevice deviceFromJson(const QJsonObject& json)
{
    EmulatedDevice device;
    device.id = json.value(QStringLiteral("id")).toString();
    device.caId = json.value(QStringLiteral("caId")).toString();
    device.name = json.value(QStringLiteral("name")).toString();
    device.product = json.value(QStringLiteral("product")).toString();
    device.serialHex = json.value(QStringLiteral("serialHex")).toString();
    device.pem = json.value(QStringLiteral("pem")).toString().toLatin1();
    device.active = json.value(QStringLiteral("active")).toBool(true);
    device.heldByCa = json.value(QStringLiteral("heldByCa")).toBool(false);
    device.revoked = json.value(QStringLiteral("revoked")).toBool(false);
    for (const QJsonValue& attachment : json.value(QStringLiteral("attachments")).toArray())
        device.attachments.append(attachment.toString());
    device.notBefore = timeFrom(json.value(QStringLiteral("notBefore")));
    device.notAfter = timeFrom(json.value(QStringLiteral("notAfter")));
    return device;
}

QJsonObject bindingsToJson(const QHash<QString, QString>& bindings)
{
    QJsonObject json;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject accountToJson(const EmulatedAccount& account)
{
    QJsonArray cas;
    for (const EmulatedCa& ca : account.cas)
        cas.append(caToJson(ca));
    QJsonArray devices;
    for (const EmulatedDevice& device : account.devices)
        devices.append(deviceToJson(device));
    return {{QStringLiteral("cas"), cas},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("issuedCodes"), sortedArray(account.issuedCodes)},
            {QStringLiteral("usedCodes"), sortedArray(account.usedCodes)},
            {QStringLiteral("awsRegistrationCode"), account.awsRegistrationCode},
            {QStringLiteral("products"), sortedArray(account.products)},
            {QStringLiteral("mqttInstances"), sortedArray(account.mqttInstances)},
            {QStringLiteral("productCa"), bindingsToJson(account.productCa)}};
}

EmulatedAccount accountFromJson(const QJsonObject& json)
{
    EmulatedAccount account;
    for (const QJsonValue& ca : json.value(QStringLiteral("cas")).toArray())
        account.cas.append(caFromJson(ca.toObject()));
    for (const QJsonValue& device : json.value(QStringLiteral("devices")).toArray())
        account.devices.append(deviceFromJson(device.toObject()));
    account.issuedCodes = setFrom(json.value(QStringLiteral("issuedCodes")));
    account.usedCodes = setFrom(json.value(QStringLiteral("usedCodes")));
    account.awsRegistrationCode = json.value(QStringLiteral("awsRegistrationCode")).toString();
    account.products = setFrom(json.value(QStringLiteral("products")));
    account.mqttInstances = setFrom(json.value(QStringLiteral("mqttInstances")));
    const QJsonObject bindings = json.value(QStringLiteral("productCa")).toObject();
    for (auto it = bindings.constBegin(); it != bindings.constEnd(); ++it)
        account.productCa.insert(it.key(), it.value().toString());
    return account;
}

QJsonObject platformToJson(const EmulatedPlatform& platform)
{
    QJsonObject accounts;
    for (auto it = platform.accounts().cbegin(); it != platform.accounts().cend(); ++it)
        accounts.insert(it.key(), accountToJson(it.value()));
    return accounts;
}

void platformFromJson(const QJsonObject& json, EmulatedPlatform& platform)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        platform.account(it.key()) = accountFromJson(it.value().toObject());
}

} // namespace

EmulatorStateFile::EmulatorStateFile(QString path)
    : m_path(std::move(path))
{ }

QJsonObject EmulatorStateFile::toJson(EmulatorServer& server)
{
    return {{QStringLiteral("format"), formatName},
            {QStringLiteral("version"), formatVersion},
            {QStringLiteral("platforms"),
             QJsonObject {{QStringLiteral("apsaramq"), platformToJson(server.apsaraMq())},
                          {QStringLiteral("aws"), platformToJson(server.awsIot())},
                          {QStringLiteral("tencent"), platformToJson(server.tencentIotHub())}}}};
}

Status EmulatorStateFile::fromJson(const QJsonObject& json, EmulatorServer& server)
{
    if (json.value(QStringLiteral("format")).toString() != formatName)
        return Error {tr("The file is not an emulator state file."), {}, QStringLiteral("Malformed")};
    if (json.value(QStringLiteral("version")).toInt() != formatVersion)
        //: %1 is a number
        return Error {tr("The emulator state file has version %1, which this build cannot read.")
                          .arg(json.value(QStringLiteral("version")).toInt()),
                      {},
                      QStringLiteral("Version")};
    const QJsonObject platforms = json.value(QStringLiteral("platforms")).toObject();
    platformFromJson(platforms.value(QStringLiteral("apsaramq")).toObject(), server.apsaraMq());
    platformFromJson(platforms.value(QStringLiteral("aws")).toObject(), server.awsIot());
    platformFromJson(platforms.value(QStringLiteral("tencent")).toObject(), server.tencentIotHub());
    return {};
}

Status EmulatorStateFile::load(EmulatorServer& server)
{
    QFile file(m_path);
    if (!file.exists()) {
        m_lastWritten.clear();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file path
        return Error {tr("The emulator state file '%1' cannot be read.").arg(QDir::toNativeSeparators(m_path)),
                      file.errorString()};
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (!document.isObject())
        return Error {tr("The emulator state file '%1' is not valid JSON.").arg(QDir::toNativeSeparators(m_path)),
                      parseError.errorString(), QStringLiteral("Malformed")};
    if (Status loaded = fromJson(document.object(), server); !loaded)
        return Error {loaded.error().message, QDir::toNativeSeparators(m_path), loaded.error().code};
    m_lastWritten = QJsonDocument(toJson(server)).toJson(QJsonDocument::Indented);
    return {};
}

Status EmulatorStateFile::saveIfChanged(EmulatorServer& server)
{
    const QByteArray data = QJsonDocument(toJson(server)).toJson(QJsonDocument::Indented);
    if (data == m_lastWritten)
        return {};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {
            tr("The folder of the emulator state file '%1' cannot be created.").arg(QDir::toNativeSeparators(m_path))};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        file.cancelWriting();
        return Error {tr("The emulator state file '%1' cannot be written.").arg(QDir::toNativeSeparators(m_path)),
                      file.errorString()};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return Error {tr("The emulator state file '%1' cannot be written.").arg(QDir::toNativeSeparators(m_path)),
                      file.errorString()};
    m_lastWritten = data;
    return {};
}

} // namespace iotca::app
