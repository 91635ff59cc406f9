#include "PlatformAccountService.h"

#include "model/input/InputFile.h"

#include "crypto/Digest.h"
#include "model/ModelErrorCode.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <memory>

namespace iotca::model {

namespace {

/// First line of every keychain entry this service writes: the format of what follows. The entry holds
/// "iotca-account-1\n<AccessKey ID>\n<secret bytes>"; the ID cannot contain a line break, the secret may.
constexpr QByteArrayView entryFormat {"iotca-account-1"};

constexpr qsizetype maxNameLength = 100;
const QString aliyunIotPrivateCaRegion = QStringLiteral("cn-shanghai");
constexpr qsizetype maxAccessKeyIdLength = 256;

bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

/// A fresh entry name per account: the workspace folder, the account and random bytes, hashed, so two workspaces (or
/// an account removed and added again) never share an entry.
QString newCredentialKey(const Workspace& workspace, const QString& accountName)
{
    QByteArray identity = workspace.folder().toUtf8() + '\0' + accountName.toUtf8() + '\0';
    const quint64 nonce[2] = {QRandomGenerator::system()->generate64(), QRandomGenerator::system()->generate64()};
    identity.append(reinterpret_cast<const char*>(nonce), sizeof nonce);
    return QStringLiteral("iotca/account/%1").arg(QString::fromLatin1(crypto::sha256(identity).toHex().left(32)));
}

crypto::SecureBuffer encodeEntry(const QString& accessKeyId, const crypto::SecureBuffer& secret)
{
    const QByteArray id = accessKeyId.toUtf8();
    crypto::SecureBuffer entry(entryFormat.size() + 1 + id.size() + 1 + secret.size());
    char* out = entry.data();
    std::memcpy(out, entryFormat.data(), size_t(entryFormat.size()));
    out += entryFormat.size();
    *out++ = '\n';
    std::memcpy(out, id.constData(), size_t(id.size()));
    out += id.size();
    *out++ = '\n';
    if (!secret.isEmpty())
        std::memcpy(out, secret.data(), size_t(secret.size()));
    return entry;
}

/// Validation of the settings and the credentials (tr() context PlatformAccountService).
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformAccountService)
public:
    static Error invalid(const QString& message) { return Error {message, {}, ErrorCode::InvalidAccount}; }

    /// Checks the settings and normalises them (stored platform id, trimmed text, absolute CA bundle path).
    static Result<PlatformAccountRecord> validated(PlatformAccountRecord record);
    static Status checkCredentials(const PlatformAccountRecord& record, const QString& accessKeyId,
                                   const crypto::SecureBuffer& secret);
};

Result<PlatformAccountRecord> AccountText::validated(PlatformAccountRecord record)
{
    record.name = record.name.trimmed();
    record.region = record.region.trimmed();
    record.endpoint = record.endpoint.trimmed();
    record.instanceId = record.instanceId.trimmed();
    record.product = record.product.trimmed();
    record.displayName = record.displayName.trimmed();
    if (record.name.isEmpty())
        return AccountText::invalid(tr("A platform account needs a name."));
    if (record.name.size() > maxNameLength || hasControlCharacters(record.name))
        //: %1 is the maximum number of characters
        return invalid(
            tr("A platform account name has at most %1 characters and no control characters.").arg(maxNameLength));
    const auto platform = parsePlatformId(record.platformId);
    if (!platform)
        //: %1 is what was given as the platform
        return Error {tr("'%1' is not a platform IoT CA Desk knows; use apsaramq, tencent-iothub, aws-iot or "
                         "alibaba-iot.")
                          .arg(record.platformId),
                      {},
                      QStringLiteral("UnknownPlatform")};
    record.platformId = platformIdName(*platform);

    static const QRegularExpression regionPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!regionPattern.match(record.region).hasMatch())
        //: %1 is what was given as the region
        return invalid(
            tr("'%1' is not a region id (such as cn-hangzhou, ap-guangzhou or us-east-1).").arg(record.region));
    // Seed 000: "Currently, only East China 2 (Shanghai) supports the use of private CA certificates"; seed 003:
    // "Private CA certificates are supported only in the China (Shanghai) region" (region id cn-shanghai).
    if (*platform == PlatformId::AliyunIot && record.region != aliyunIotPrivateCaRegion)
        //: %1 is the region given, %2 is "cn-shanghai"
        return Error {tr("Alibaba Cloud IoT Platform supports private CA certificates only in China (Shanghai): the "
                         "region must be %2, not '%1'.")
                          .arg(record.region, aliyunIotPrivateCaRegion),
                      {},
                      ErrorCode::Region};
    if (*platform == PlatformId::ApsaraMq && record.instanceId.isEmpty())
        return invalid(
            tr("An ApsaraMQ for MQTT account needs its instance id: the CA certificates are bound to an instance."));
    if (hasControlCharacters(record.instanceId) || hasControlCharacters(record.product))
        return AccountText::invalid(tr("The instance id and the product contain control characters."));

    if (!record.endpoint.isEmpty()) {
        const QUrl url(record.endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
            || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
            //: %1 is what was given as the endpoint
            return invalid(tr("The endpoint '%1' is not an https:// URL of a host (such as https://127.0.0.1:8443).")
                               .arg(record.endpoint));
    }

    if (!record.caBundlePath.isEmpty()) {
        const QString path = QFileInfo(record.caBundlePath).absoluteFilePath();
        auto bundle = InputFile::read(path, InputKind::CaBundle);
        if (!bundle)
            return invalid(bundle.error().message);
        if (QSslCertificate::fromData(*bundle, QSsl::Pem).isEmpty())
            return invalid(tr("The CA bundle '%1' contains no PEM certificate.").arg(QDir::toNativeSeparators(path)));
        record.caBundlePath = path;
    }
    return record;
}

Status AccountText::checkCredentials(const PlatformAccountRecord& record, const QString& accessKeyId,
                                     const crypto::SecureBuffer& secret)
{
    // Alibaba Cloud IoT Platform has no CA API: its accounts may go without credentials, but not with half of them.
    const bool optional = parsePlatformId(record.platformId) == PlatformId::AliyunIot;
    if (optional && accessKeyId.isEmpty() && secret.isEmpty())
        return {};
    if (accessKeyId.trimmed().isEmpty() || secret.isEmpty())
        return AccountText::invalid(tr("A platform account needs both an AccessKey ID and its secret."));
    if (accessKeyId.size() > maxAccessKeyIdLength || accessKeyId != accessKeyId.trimmed()
        || hasControlCharacters(accessKeyId))
        return AccountText::invalid(tr("The AccessKey ID contains spaces or control characters."));
    return {};
}

} // namespace

PlatformAccountService::PlatformAccountService(Workspace& workspace, SecretStore& secrets)
    : m_workspace(workspace)
    , m_secrets(secrets)
{ }

Result<qint64> PlatformAccountService::add(PlatformAccountRecord record, const QString& accessKeyId,
                                           const crypto::SecureBuffer& secret)
{
    auto valid = AccountText::validated(std::move(record));
    if (!valid)
        return valid.error();
    if (Status credentials = AccountText::checkCredentials(*valid, accessKeyId, secret); !credentials)
        return credentials.error();
    // Checked before the keychain is touched; the repository checks again inside its transaction.
    auto existing = m_workspace.accounts().findByName(valid->name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error {tr("There is already a platform account named '%1' in this workspace.").arg(valid->name),
                      {},
                      QStringLiteral("NameTaken")};

    valid->credentialKey.clear();
    if (!accessKeyId.isEmpty()) {
        valid->credentialKey = newCredentialKey(m_workspace, valid->name);
        if (Status written = m_secrets.writeBlocking(valid->credentialKey, encodeEntry(accessKeyId, secret).view());
            !written)
            return written.error();
    }
    auto id = m_workspace.accounts().add(*valid);
    if (!id && !valid->credentialKey.isEmpty())
        (void)m_secrets.removeBlocking(valid->credentialKey);
    return id;
}

Status PlatformAccountService::update(const PlatformAccountRecord& record, const QString& accessKeyId,
                                      const crypto::SecureBuffer& secret)
{
    auto stored = m_workspace.accounts().get(record.id);
    if (!stored)
        return stored.error();
    auto valid = AccountText::validated(record);
    if (!valid)
        return valid.error();
    // The entry name is ours to choose, never the caller's.
    valid->credentialKey = stored->credentialKey;
    if (accessKeyId.isEmpty()) {
        if (valid->credentialKey.isEmpty() && parsePlatformId(valid->platformId) != PlatformId::AliyunIot)
            return AccountText::invalid(tr("A platform account needs both an AccessKey ID and its secret."));
        return m_workspace.accounts().update(*valid);
    }
    if (Status credentials = AccountText::checkCredentials(*valid, accessKeyId, secret); !credentials)
        return credentials;
    // New credentials go to a new entry; the row then points at it, and only then is the old entry removed, so a
    // failure at any step leaves the account working with either the old or the new credentials.
    valid->credentialKey = newCredentialKey(m_workspace, valid->name);
    if (Status written = m_secrets.writeBlocking(valid->credentialKey, encodeEntry(accessKeyId, secret).view());
        !written)
        return written;
    if (Status updated = m_workspace.accounts().update(*valid); !updated) {
        (void)m_secrets.removeBlocking(valid->credentialKey);
        return updated;
    }
    if (!stored->credentialKey.isEmpty())
        (void)m_secrets.removeBlocking(stored->credentialKey);
    return {};
}

Status PlatformAccountService::remove(qint64 accountId)
{
    auto stored = m_workspace.accounts().get(accountId);
    if (!stored)
        return stored.error();
    if (Status removed = m_workspace.accounts().remove(accountId); !removed)
        return removed;
    if (stored->credentialKey.isEmpty())
        return {};
    if (Status forgotten = m_secrets.removeBlocking(stored->credentialKey); !forgotten)
        //: %1 is an account name, %2 the name of a keychain entry
        return Error {tr("The platform account '%1' was removed, but its keychain entry '%2' could not be: remove it "
                         "with the system's keychain tool.")
                          .arg(stored->name, stored->credentialKey),
                      forgotten.error().fullText(), forgotten.error().code};
    return {};
}

Result<PlatformAccountRecord> PlatformAccountService::findByName(const QString& name) const
{
    auto found = m_workspace.accounts().findByName(name.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        //: %1 is an account name, %2 a folder
        return Error {tr("There is no platform account named '%1' in the workspace '%2'.")
                          .arg(name, QDir::toNativeSeparators(m_workspace.folder())),
                      {},
                      QStringLiteral("NotFound")};
    return std::move(**found);
}

Result<LoadedPlatformAccount> PlatformAccountService::load(qint64 accountId)
{
    auto loaded = loadSettings(accountId);
    if (!loaded || loaded->record.credentialKey.isEmpty())
        return loaded;
    auto entry = m_secrets.readBlocking(loaded->record.credentialKey);
    return withCredentials(std::move(*loaded), std::move(entry));
}

void PlatformAccountService::load(qint64 accountId, QObject* context, LoadCallback done)
{
    auto loaded = loadSettings(accountId);
    if (!loaded || loaded->record.credentialKey.isEmpty()) {
        // Reported on the next event-loop turn, as the keychain's answer would be: never from inside this call.
        QTimer::singleShot(0, context,
                           [done = std::move(done), loaded = std::move(loaded)]() mutable { done(std::move(loaded)); });
        return;
    }
    const QString entryKey = loaded->record.credentialKey;
    auto settings = std::make_shared<LoadedPlatformAccount>(std::move(*loaded));
    m_secrets.read(
        entryKey,
        [context = QPointer<QObject>(context), settings, done = std::move(done)](Result<crypto::SecureBuffer> entry) {
            if (context)
                done(withCredentials(std::move(*settings), std::move(entry)));
        });
}

Result<LoadedPlatformAccount> PlatformAccountService::loadSettings(qint64 accountId) const
{
    auto record = m_workspace.accounts().get(accountId);
    if (!record)
        return record.error();
    auto account = toPlatformAccount(*record);
    if (!account)
        return account.error();
    LoadedPlatformAccount loaded {*record, std::move(*account), {}};
    if (record->credentialKey.isEmpty() && loaded.account.platform != PlatformId::AliyunIot)
        //: %1 is an account name
        return Error {
            tr("The platform account '%1' has no credentials.").arg(record->name), {}, QStringLiteral("NotFound")};
    return loaded;
}

Result<LoadedPlatformAccount> PlatformAccountService::withCredentials(LoadedPlatformAccount loaded,
                                                                      Result<crypto::SecureBuffer> entry)
{
    const PlatformAccountRecord& record = loaded.record;
    if (!entry) {
        if (entry.error().code == QLatin1String("NotFound"))
            return Error {tr("The credentials of the platform account '%1' are no longer in the keychain; remove the "
                             "account and add it again.")
                              .arg(record.name),
                          {},
                          QStringLiteral("NotFound")};
        return entry.error();
    }
    const QByteArrayView bytes = entry->view();
    const qsizetype firstBreak = bytes.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : bytes.sliced(firstBreak + 1).indexOf('\n');
    if (firstBreak < 0 || secondBreak < 0 || bytes.first(firstBreak) != entryFormat)
        return Error {tr("The keychain entry of the platform account '%1' is not in a format this version reads.")
                          .arg(record.name),
                      {},
                      QStringLiteral("KeychainFormat")};
    const qsizetype secretStart = firstBreak + 1 + secondBreak + 1;
    loaded.account.accessKeyId = QString::fromUtf8(bytes.sliced(firstBreak + 1, secondBreak));
    loaded.secret.secret = crypto::SecureBuffer::fromBytes(bytes.sliced(secretStart));
    return loaded;
}

Result<PlatformAccount> PlatformAccountService::toPlatformAccount(const PlatformAccountRecord& record)
{
    const auto platform = parsePlatformId(record.platformId);
    if (!platform)
        //: %1 is an account name, %2 the stored platform id
        return Error {
            tr("The platform account '%1' names an unknown platform '%2'.").arg(record.name, record.platformId),
            {},
            QStringLiteral("UnknownPlatform")};
    PlatformAccount account;
    account.platform = *platform;
    account.name = record.name;
    account.region = record.region;
    if (!record.endpoint.isEmpty()) {
        account.endpoint = QUrl(record.endpoint, QUrl::StrictMode);
        if (!account.endpoint.isValid())
            return Error {tr("The endpoint '%1' of the platform account '%2' is not a valid URL.")
                              .arg(record.endpoint, record.name),
                          {},
                          ErrorCode::InvalidAccount};
    }
    account.instanceId = record.instanceId;
    account.product = record.product;
    account.caBundlePath = record.caBundlePath;
    return account;
}

} // namespace iotca::model
