#include "AuditLogModel.h"

#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QJsonDocument>
#include <QScopedValueRollback>

namespace iotca::model {

AuditLogModel::AuditLogModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::auditAppended, this, &AuditLogModel::onAuditAppended);
    }
    loadNames();
}

void AuditLogModel::loadNames()
{
    m_text = AuditEntryText();
    if (!m_workspace)
        return;
    if (const auto cas = m_workspace->cas().list()) {
        for (const auto& ca : cas.value())
            m_text.setCaName(ca.id, ca.name);
    } else {
        reportFailure(cas.error());
    }
    if (const auto accounts = m_workspace->accounts().list()) {
        for (const auto& account : accounts.value())
            m_text.setAccountName(account.id, account.name);
    } else {
        reportFailure(accounts.error());
    }
    for (const AuditEntry& entry : std::as_const(m_entries))
        m_text.learnFrom(entry);
}

void AuditLogModel::reportFailure(const Error& error)
{
    m_lastError = error;
    Q_EMIT loadFailed(error);
}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return AuditEntryText::timeText(entry.time);
        case Action:
            return actionDisplayName(entry.action);
        case Object:
            return m_text.objectText(entry);
        case Summary:
            return m_text.summary(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return entry.time.toUTC().toString(Qt::ISODateWithMs);
        case Object:
            return m_text.objectText(entry);
        case Summary:
            return m_text.summary(entry);
        default:
            return {};
        }
    case CaIdRole:
        return AuditEntryText::caIdOf(entry);
    case DetailsJsonRole:
        return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Indented));
    case ObjectTypeRole:
        return entry.objectType;
    case ObjectIdRole:
        return entry.objectId;
    case IdRole:
        return entry.id;
    case ActionRole:
        return entry.action;
    case DetailsRole:
        return entry.details.toVariantMap();
    case HashRole:
        return QString::fromLatin1(entry.hash.toHex());
    case TimeRole:
        return entry.time;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Object:
        //: Column header: what an audit log entry's action was done to
        return tr("Object");
    case Summary:
        //: Column header: the audit entry's details in one line
        return tr("Summary");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("entryId"));
    names.insert(ActionRole, QByteArrayLiteral("action"));
    names.insert(DetailsRole, QByteArrayLiteral("details"));
    names.insert(HashRole, QByteArrayLiteral("hash"));
    names.insert(TimeRole, QByteArrayLiteral("time"));
    names.insert(CaIdRole, QByteArrayLiteral("caId"));
    names.insert(DetailsJsonRole, QByteArrayLiteral("detailsJson"));
    names.insert(ObjectTypeRole, QByteArrayLiteral("objectType"));
    names.insert(ObjectIdRole, QByteArrayLiteral("objectId"));
    return names;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_workspace && !m_atEnd && !m_changing;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    const qint64 after = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    auto page = m_workspace->audit().entries(after, m_batchSize);
    if (!page) {
        m_atEnd = true;
        reportFailure(page.error());
        return;
    }
    for (const AuditEntry& entry : std::as_const(*page))
        m_text.learnFrom(entry);
    m_atEnd = page->size() < m_batchSize;
    if (page->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries.append(*page);
    endInsertRows();
}

void AuditLogModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_entries.clear();
    m_atEnd = false;
    m_lastError = {};
    loadNames();
    endResetModel();
}

void AuditLogModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

void AuditLogModel::onAuditAppended(qint64 entryId)
{
    const qint64 after = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    if (entryId > after) {
        appendNew();
    }
}

void AuditLogModel::appendNew()
{
    if (!m_atEnd || !m_workspace || m_changing) {
        return; // the entries arrive with the next fetchMore()
    }
    const QScopedValueRollback changing(m_changing, true);
    const qint64 after = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    // Normally exactly the one new entry; read everything after the last shown one in case signals were coalesced
    // (or another session wrote several).
    auto fresh = m_workspace->audit().entries(after, -1);
    if (!fresh) {
        reportFailure(fresh.error());
        return;
    }
    if (fresh->isEmpty()) {
        return;
    }
    // A new entry may name a CA or account created since the names were read.
    loadNames();
    for (const AuditEntry& entry : std::as_const(*fresh))
        m_text.learnFrom(entry);
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh->size()) - 1);
    m_entries.append(*fresh);
    endInsertRows();
}

QString AuditLogModel::actionDisplayName(const QString& action)
{
    struct Name
    {
        QLatin1String action;
        const char* text;
    };
    static const Name names[] = {
        {AuditAction::CaCreated, QT_TR_NOOP("CA created")},
        {AuditAction::CaImported, QT_TR_NOOP("CA imported")},
        {AuditAction::CaRenamed, QT_TR_NOOP("CA renamed")},
        {AuditAction::CaChanged, QT_TR_NOOP("CA changed")},
        {AuditAction::CaExported, QT_TR_NOOP("CA certificate exported")},
        {AuditAction::CaDeleted, QT_TR_NOOP("CA deleted")},
        {AuditAction::CaPassphraseRemembered, QT_TR_NOOP("CA passphrase remembered")},
        {AuditAction::CaPassphraseForgotten, QT_TR_NOOP("CA passphrase forgotten")},
        {AuditAction::CaRegistered, QT_TR_NOOP("CA registered")},
        {AuditAction::CaActivated, QT_TR_NOOP("CA activated")},
        {AuditAction::CaDeactivated, QT_TR_NOOP("CA deactivated")},
        {AuditAction::CaDeletedRemote, QT_TR_NOOP("CA deleted on the platform")},
        {AuditAction::CaUnregistered, QT_TR_NOOP("CA unregistered")},
        {AuditAction::AccountAdded, QT_TR_NOOP("Platform account added")},
        {AuditAction::AccountChanged, QT_TR_NOOP("Platform account changed")},
        {AuditAction::AccountRemoved, QT_TR_NOOP("Platform account removed")},
        {AuditAction::DevicesIssued, QT_TR_NOOP("Device certificates issued")},
        {AuditAction::DevicesStatusChanged, QT_TR_NOOP("Device certificate status changed")},
        {AuditAction::DevicesAssociated, QT_TR_NOOP("Device certificates associated")},
        {AuditAction::DevicesExported, QT_TR_NOOP("Device certificates exported")},
        {AuditAction::DevicesDeleted, QT_TR_NOOP("Device certificates deleted")},
        {AuditAction::CsvImported, QT_TR_NOOP("Association CSV imported")},
        {AuditAction::DevicesRecovered, QT_TR_NOOP("Device certificates recovered after an interruption")},
        {AuditAction::IssuanceRecovered, QT_TR_NOOP("Interrupted bulk issue cleaned up")},
        {AuditAction::CaRenewed, QT_TR_NOOP("CA certificate renewed")},
        {AuditAction::CaRequestCreated, QT_TR_NOOP("Sub-CA key and request created")},
        {AuditAction::CaRequestSigned, QT_TR_NOOP("Sub-CA request signed")},
        {AuditAction::CertificatesRevoked, QT_TR_NOOP("Certificates revoked")},
        {AuditAction::CrlPublished, QT_TR_NOOP("CRL published")},
        {AuditAction::CaKeyExported, QT_TR_NOOP("CA private key backed up")},
        {AuditAction::CaKeyBackedUp, QT_TR_NOOP("CA private key backed up for custody")},
        {AuditAction::CaKeyRestored, QT_TR_NOOP("CA private key restored from a backup")},
        {AuditAction::BundleImported, QT_TR_NOOP("Transfer bundle imported")},
        {AuditAction::CaMarkedRegistered, QT_TR_NOOP("Registration recorded by hand (unconfirmed)")},
        {AuditAction::DeviceReissued, QT_TR_NOOP("Device certificate re-issued")},
        {AuditAction::VerificationCertificateMade, QT_TR_NOOP("Verification certificate made")},
    };
    for (const Name& name : names) {
        if (action == name.action) {
            return tr(name.text);
        }
    }
    return action;
}

} // namespace iotca::model
