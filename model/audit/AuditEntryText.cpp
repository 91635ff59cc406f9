#include "AuditEntryText.h"

#include "crypto/KeyAlgorithm.h"
#include "crypto/RevocationReason.h"
#include "model/ca/CertificateText.h"
#include "model/workspace/CaRegistrationRecord.h"
#include "model/workspace/DeviceCertificateRecord.h"
#include "model/workspace/VerificationCertificateLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <utility>

namespace iotca::model {

namespace {
/// The keys the audited actions write (CaRepository, CaRegistrationRepository, PlatformAccountRepository,
/// DeviceCertificateRepository, ...), in the order a person reads them, with their labels.
struct KeyLabel
{
    const char* key;
    const char* label;
};
constexpr KeyLabel knownKeys[] = {
    {"subject", QT_TRANSLATE_NOOP("AuditEntryText", "Subject")},
    {"serial", QT_TRANSLATE_NOOP("AuditEntryText", "Serial")},
    {"keyAlgorithm", QT_TRANSLATE_NOOP("AuditEntryText", "Key")},
    {"notAfter", QT_TRANSLATE_NOOP("AuditEntryText", "Valid until")},
    {"keyStored", QT_TRANSLATE_NOOP("AuditEntryText", "Key in the workspace")},
    {"from", QT_TRANSLATE_NOOP("AuditEntryText", "From")},
    {"to", QT_TRANSLATE_NOOP("AuditEntryText", "To")},
    {"status", QT_TRANSLATE_NOOP("AuditEntryText", "Status")},
    {"count", QT_TRANSLATE_NOOP("AuditEntryText", "Count")},
    {"products", QT_TRANSLATE_NOOP("AuditEntryText", "Products")},
    {"product", QT_TRANSLATE_NOOP("AuditEntryText", "Product")},
    {"firstSerial", QT_TRANSLATE_NOOP("AuditEntryText", "First serial")},
    {"lastSerial", QT_TRANSLATE_NOOP("AuditEntryText", "Last serial")},
    {"platform", QT_TRANSLATE_NOOP("AuditEntryText", "Platform")},
    {"region", QT_TRANSLATE_NOOP("AuditEntryText", "Region")},
    {"remoteId", QT_TRANSLATE_NOOP("AuditEntryText", "Platform ID")},
    {"deviceCertificatesDeleted", QT_TRANSLATE_NOOP("AuditEntryText", "Device certificates deleted")},
    {"registrationsDeleted", QT_TRANSLATE_NOOP("AuditEntryText", "Registrations deleted")},
    {"path", QT_TRANSLATE_NOOP("AuditEntryText", "File")},
    {"format", QT_TRANSLATE_NOOP("AuditEntryText", "Format")},
    {"reason", QT_TRANSLATE_NOOP("AuditEntryText", "Reason")},
    {"revokedAt", QT_TRANSLATE_NOOP("AuditEntryText", "Revoked at")},
    {"madeFor", QT_TRANSLATE_NOOP("AuditEntryText", "Made for")},
};
/// Left out of the one line: the object's own name (the Object column says it), samples and long values that only
/// the details pane shows in full.
const QStringList omittedKeys {QStringLiteral("name"), QStringLiteral("serials"), QStringLiteral("registrationCode"),
                               QStringLiteral("endpoint"), QStringLiteral("instanceId"), QStringLiteral("sha256"),
                               // The registration's object text names the account already.
                               QStringLiteral("accountId")};
constexpr int maxListed = 3;

std::pair<qint64, qint64> registrationIds(const QString& objectId)
{
    // CaRegistrationRepository writes "caId/accountId".
    const qsizetype slash = objectId.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {0, 0};
    return {objectId.left(slash).toLongLong(), objectId.mid(slash + 1).toLongLong()};
}
} // namespace

void AuditEntryText::learnFrom(const AuditEntry& entry)
{
    const QString name = entry.details.value(QStringLiteral("name")).toString();
    bool numeric = false;
    const qint64 id = entry.objectId.toLongLong(&numeric);
    if (name.isEmpty() || !numeric)
        return;
    if (entry.objectType == QLatin1String("ca") && !m_caNames.contains(id))
        m_caNames.insert(id, name);
    else if (entry.objectType == QLatin1String("account") && !m_accountNames.contains(id))
        m_accountNames.insert(id, name);
}

qint64 AuditEntryText::caIdOf(const AuditEntry& entry)
{
    if (entry.objectType == QLatin1String("ca"))
        return entry.objectId.toLongLong(); // 0 for the sub-CA requests that name rather than number the CA
    if (entry.objectType == QLatin1String("registration"))
        return registrationIds(entry.objectId).first;
    return 0;
}

QString AuditEntryText::objectText(const AuditEntry& entry) const
{
    bool numeric = false;
    const qint64 id = entry.objectId.toLongLong(&numeric);
    if (entry.objectType == QLatin1String("ca")) {
        const QString name = numeric ? m_caNames.value(id) : entry.objectId;
        //: %1 is the name of a certificate authority
        return name.isEmpty() ? tr("CA no. %1").arg(entry.objectId) : tr("CA “%1”").arg(name);
    }
    if (entry.objectType == QLatin1String("account")) {
        const QString name = m_accountNames.value(id);
        //: %1 is the name of a platform account
        return name.isEmpty() ? tr("Platform account no. %1").arg(entry.objectId)
                              : tr("Platform account “%1”").arg(name);
    }
    if (entry.objectType == QLatin1String("registration")) {
        const auto [caId, accountId] = registrationIds(entry.objectId);
        const QString ca = m_caNames.value(caId, tr("no. %1").arg(caId));
        const QString account = m_accountNames.value(accountId, tr("no. %1").arg(accountId));
        //: %1 is the name of a certificate authority, %2 of a platform account
        return tr("CA “%1” with account “%2”").arg(ca, account);
    }
    if (entry.objectType == QLatin1String("workspace"))
        //: %1 is a folder
        return tr("Workspace %1").arg(entry.objectId);
    return entry.objectType + QLatin1Char(' ') + entry.objectId;
}

QString AuditEntryText::valueText(const QString& key, const QJsonValue& value) const
{
    const QLocale locale;
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        // Counts are integers (checked before the conversion, so it is always defined).
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) < 9e15 && std::floor(number) == number)
            return locale.toString(static_cast<qint64>(number));
        return locale.toString(number);
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList items;
        for (qsizetype i = 0; i < array.size() && i < maxListed; ++i)
            items << valueText(key, array.at(i));
        if (array.size() > maxListed)
            //: %1 is a list, %2 how many more items there are
            return tr("%1 and %2 more")
                .arg(items.join(QStringLiteral(", ")), locale.toString(array.size() - maxListed));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (key == QLatin1String("notAfter")) {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
            if (when.isValid())
                return locale.toString(when.toLocalTime().date(), QLocale::ShortFormat);
        }
        if (key == QLatin1String("revokedAt")) {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
            if (when.isValid())
                return timeText(when);
        }
        // The stored names of states, reasons and key types, in the reader's language (the entry keeps the name:
        // the details pane shows it as recorded).
        if (key == QLatin1String("status")) {
            RegistrationStatus registration {};
            if (registrationStatusFromName(text, &registration))
                return registrationStatusDisplayName(registration);
            DeviceCertificateStatus device {};
            if (deviceCertificateStatusFromName(text, &device))
                return deviceCertificateStatusDisplayName(device);
        }
        if (key == QLatin1String("reason")) {
            if (const auto reason = crypto::parseRevocationReason(text))
                return CertificateText::revocationReason(*reason);
        }
        if (key == QLatin1String("madeFor")) {
            VerificationCertificatePurpose purpose {};
            if (VerificationCertificateLedger::purposeFromName(text, &purpose))
                return VerificationCertificateLedger::purposeDisplayName(purpose);
        }
        if (key == QLatin1String("keyAlgorithm")) {
            if (const auto algorithm = crypto::parseKeyAlgorithm(text))
                return crypto::keyAlgorithmDisplayName(*algorithm);
        }
        return text;
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString AuditEntryText::summary(const AuditEntry& entry) const
{
    QStringList parts;
    QStringList seen;
    for (const KeyLabel& known : knownKeys) {
        const QString key = QString::fromLatin1(known.key);
        seen << key;
        if (!entry.details.contains(key))
            continue;
        const QString value = valueText(key, entry.details.value(key));
        if (!value.isEmpty())
            //: One item of an audit entry's summary: %1 a label such as "Serial", %2 its value
            parts << tr("%1: %2").arg(tr(known.label), value);
    }
    for (auto it = entry.details.constBegin(); it != entry.details.constEnd(); ++it) {
        if (seen.contains(it.key()) || omittedKeys.contains(it.key()))
            continue;
        const QString value = valueText(it.key(), it.value());
        if (!value.isEmpty())
            parts << tr("%1: %2").arg(it.key(), value);
    }
    QString line = parts.join(QStringLiteral(" · "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

QString AuditEntryText::timeText(const QDateTime& utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace iotca::model
