#include "PlatformAccountRepository.h"

#include "SqlSupport.h"
#include "Transaction.h"
#include "Workspace.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace iotca::model {

namespace {

const QString accountColumns = QStringLiteral("SELECT id, name, platform_id, display_name, region, endpoint, "
                                              "instance_id, product, credential_key, ca_bundle_path "
                                              "FROM platform_accounts ");

PlatformAccountRecord accountFromQuery(const QSqlQuery& query)
{
    PlatformAccountRecord account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.platformId = query.value(2).toString();
    account.displayName = query.value(3).toString();
    account.region = query.value(4).toString();
    account.endpoint = query.value(5).toString();
    account.instanceId = query.value(6).toString();
    account.product = query.value(7).toString();
    account.credentialKey = query.value(8).toString();
    account.caBundlePath = query.value(9).toString();
    return account;
}

QVariantList accountValues(const PlatformAccountRecord& account)
{
    return {account.name.trimmed(),         account.platformId,
            sql::text(account.displayName), sql::text(account.region),
            sql::text(account.endpoint),    sql::text(account.instanceId),
            sql::text(account.product),     sql::text(account.credentialKey),
            sql::text(account.caBundlePath)};
}

QJsonObject accountDetails(const PlatformAccountRecord& account)
{
    // Everything but the credential entry's name (not secret, but of no use in the record).
    return {{QStringLiteral("name"), account.name.trimmed()},   {QStringLiteral("platform"), account.platformId},
            {QStringLiteral("region"), account.region},         {QStringLiteral("endpoint"), account.endpoint},
            {QStringLiteral("instanceId"), account.instanceId}, {QStringLiteral("product"), account.product}};
}

} // namespace

PlatformAccountRepository::PlatformAccountRepository(Workspace& workspace)
    : m_workspace(workspace)
{ }

Result<qint64> PlatformAccountRepository::add(const PlatformAccountRecord& record)
{
    if (record.name.trimmed().isEmpty() || record.platformId.isEmpty()) {
        return Error {tr("A platform account needs a name and a platform.")};
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto existing = findByName(record.name.trimmed());
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error {tr("There is already a platform account named '%1' in this workspace.").arg(record.name),
                      {},
                      QStringLiteral("NameTaken")};
    }
    auto insert =
        sql::runInsert(transaction->database(),
                       QStringLiteral("INSERT INTO platform_accounts (name, platform_id, display_name, region, "
                                      "endpoint, instance_id, product, credential_key, ca_bundle_path) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       accountValues(record), tr("Could not add the platform account '%1'.").arg(record.name));
    if (!insert) {
        return insert.error();
    }
    const qint64 id = *insert;
    auto audited = m_workspace.audit().append(*transaction, AuditAction::AccountAdded, QStringLiteral("account"),
                                              QString::number(id), accountDetails(record));
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace] { Q_EMIT workspace->accountsChanged(); });
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return id;
}

Status PlatformAccountRepository::update(const PlatformAccountRecord& record)
{
    if (record.name.trimmed().isEmpty() || record.platformId.isEmpty()) {
        return Error {tr("A platform account needs a name and a platform.")};
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    auto existing = findByName(record.name.trimmed());
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value() && (*existing)->id != record.id) {
        return Error {tr("There is already a platform account named '%1' in this workspace.").arg(record.name),
                      {},
                      QStringLiteral("NameTaken")};
    }
    QVariantList values = accountValues(record);
    values << record.id;
    auto update = sql::run(transaction->database(),
                           QStringLiteral("UPDATE platform_accounts SET name = ?, platform_id = ?, display_name = ?, "
                                          "region = ?, endpoint = ?, instance_id = ?, product = ?, "
                                          "credential_key = ?, ca_bundle_path = ? WHERE id = ?"),
                           values, tr("Could not save the platform account '%1'.").arg(record.name));
    if (!update) {
        return update.error();
    }
    if (update->numRowsAffected() != 1) {
        return Error {tr("There is no platform account with id %1 in this workspace.").arg(record.id),
                      {},
                      QStringLiteral("NotFound")};
    }
    auto audited = m_workspace.audit().append(*transaction, AuditAction::AccountChanged, QStringLiteral("account"),
                                              QString::number(record.id), accountDetails(record));
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace] { Q_EMIT workspace->accountsChanged(); });
    return transaction->commit();
}

Status PlatformAccountRepository::remove(qint64 accountId)
{
    auto account = get(accountId);
    if (!account) {
        return account.error();
    }
    auto transaction = Transaction::begin(m_workspace);
    if (!transaction) {
        return transaction.error();
    }
    const QString failure = tr("Could not delete the platform account '%1'.").arg(account->name);
    auto registrations =
        sql::run(transaction->database(), QStringLiteral("SELECT ca_id FROM ca_registrations WHERE account_id = ?"),
                 {accountId}, failure);
    if (!registrations) {
        return registrations.error();
    }
    QList<qint64> caIds;
    while (registrations->next()) {
        caIds << registrations->value(0).toLongLong();
    }
    registrations->finish();
    for (const QString& statement : {QStringLiteral("DELETE FROM ca_registrations WHERE account_id = ?"),
                                     QStringLiteral("DELETE FROM platform_accounts WHERE id = ?")}) {
        auto deleted = sql::run(transaction->database(), statement, {accountId}, failure);
        if (!deleted) {
            return deleted.error();
        }
    }
    QJsonObject details = accountDetails(*account);
    details.insert(QStringLiteral("registrationsDeleted"), static_cast<qint64>(caIds.size()));
    auto audited = m_workspace.audit().append(*transaction, AuditAction::AccountRemoved, QStringLiteral("account"),
                                              QString::number(accountId), details);
    if (!audited) {
        return audited.error();
    }
    Workspace* workspace = &m_workspace;
    transaction->afterCommit([workspace, accountId, caIds] {
        for (const qint64 caId : caIds) {
            Q_EMIT workspace->registrationChanged(caId, accountId);
        }
        Q_EMIT workspace->accountsChanged();
    });
    return transaction->commit();
}

Result<PlatformAccountRecord> PlatformAccountRepository::get(qint64 accountId) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, accountColumns + QStringLiteral("WHERE id = ?"), {accountId},
                          tr("Could not read the platform account %1.").arg(accountId));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error {tr("There is no platform account with id %1 in this workspace.").arg(accountId),
                      {},
                      QStringLiteral("NotFound")};
    }
    return accountFromQuery(*query);
}

Result<std::optional<PlatformAccountRecord>> PlatformAccountRepository::findByName(const QString& name) const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, accountColumns + QStringLiteral("WHERE name = ?"), {name},
                          tr("Could not read the platform account '%1'.").arg(name));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<PlatformAccountRecord>();
    }
    return std::optional<PlatformAccountRecord>(accountFromQuery(*query));
}

Result<QList<PlatformAccountRecord>> PlatformAccountRepository::list() const
{
    auto database = m_workspace.connection();
    if (!database) {
        return database.error();
    }
    auto query = sql::run(*database, accountColumns + QStringLiteral("ORDER BY name, id"), {},
                          tr("Could not read the platform accounts of the workspace."));
    if (!query) {
        return query.error();
    }
    QList<PlatformAccountRecord> result;
    while (query->next()) {
        result.append(accountFromQuery(*query));
    }
    return result;
}

} // namespace iotca::model
