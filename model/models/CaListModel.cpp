#include "CaListModel.h"

#include "model/ModelErrorCode.h"

#include "model/workspace/CaRegistrationRepository.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QMetaObject>
#include <QSet>
#include <QVariantMap>

namespace iotca::model {

namespace {

/// The CN of an RFC 4514 subject ("CN=Fleet Root,O=Acme" -> "Fleet Root"): the first CN listed, which is the least
/// significant one, the name a certificate goes by. Escapes ("\,", "\2C") are undone for the common cases.
QString commonNameOf(const QString& subject)
{
    QString current;
    QStringList parts;
    for (qsizetype i = 0; i < subject.size(); ++i) {
        const QChar c = subject.at(i);
        if (c == QLatin1Char('\\') && i + 1 < subject.size()) {
            current.append(c).append(subject.at(++i));
        } else if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            parts << current;
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts << current;
    for (const QString& part : std::as_const(parts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals > 0 && part.left(equals).trimmed().compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0) {
            QString value = part.mid(equals + 1).trimmed();
            QString unescaped;
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
                    ++i;
                }
                unescaped.append(value.at(i));
            }
            return unescaped;
        }
    }
    return {};
}

bool nameLess(const QString& leftName, qint64 leftId, const QString& rightName, qint64 rightId)
{
    // The same order as the repository's "ORDER BY name, id".
    const int byName = QString::compare(leftName, rightName, Qt::CaseSensitive);
    return byName != 0 ? byName < 0 : leftId < rightId;
}

} // namespace

CaListModel::CaListModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::caAdded, this, &CaListModel::onCaAdded);
        connect(m_workspace, &Workspace::caChanged, this, &CaListModel::onCaChanged);
        connect(m_workspace, &Workspace::caRemoved, this, &CaListModel::onCaRemoved);
        connect(m_workspace, &Workspace::registrationChanged, this,
                [this](qint64 caId, qint64 /*accountId*/) { onRegistrationChanged(caId); });
        connect(m_workspace, &Workspace::accountsChanged, this, &CaListModel::onAccountsChanged);
    }
    reload();
}

CaListModel::~CaListModel() = default;

int CaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return row.ca.name;
        case SubjectCommonName:
            return role == Qt::ToolTipRole ? row.ca.subject : row.commonName;
        case Serial:
            return row.ca.serialHex;
        case KeyAlgorithm:
            return row.ca.keyAlgorithm;
        case NotAfter:
            return role == Qt::ToolTipRole ? QVariant(row.ca.notAfter.toUTC().toString(Qt::ISODate))
                                           : QVariant(row.ca.notAfter.toLocalTime());
        case Status:
            return statusSummary(row);
        default:
            return {};
        }
    case IdRole:
        return row.ca.id;
    case NameRole:
        return row.ca.name;
    case NotAfterRole:
        return row.ca.notAfter;
    case RegistrationsRole: {
        QVariantMap map;
        for (const CaRegistrationRecord& registration : row.registrations) {
            map.insert(m_accountNames.value(registration.accountId, QString::number(registration.accountId)),
                       registrationStatusName(registration.status));
        }
        return map;
    }
    case StatusRole: {
        if (row.registrations.isEmpty()) {
            return {};
        }
        RegistrationStatus overall = RegistrationStatus::Deleted;
        for (const CaRegistrationRecord& registration : row.registrations) {
            if (registration.status == RegistrationStatus::Activated) {
                overall = RegistrationStatus::Activated;
                break;
            }
            if (registration.status == RegistrationStatus::Inactivated) {
                overall = RegistrationStatus::Inactivated;
            }
        }
        return QVariant::fromValue(overall);
    }
    default:
        return {};
    }
}

QVariant CaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case SubjectCommonName:
        //: Column header: the Common Name (CN) of the CA certificate's subject
        return tr("Subject CN");
    case Serial:
        return tr("Serial number");
    case KeyAlgorithm:
        return tr("Key");
    case NotAfter:
        return tr("Valid until");
    case Status:
        //: Column header: the CA's registration status on each platform account
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("caId"));
    names.insert(RegistrationsRole, QByteArrayLiteral("registrations"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(NotAfterRole, QByteArrayLiteral("notAfter"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    return names;
}

qint64 CaListModel::caId(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return 0;
    }
    return m_rows.at(index.row()).ca.id;
}

QModelIndex CaListModel::indexOfCa(qint64 caId) const
{
    const int row = rowOf(caId);
    return row < 0 ? QModelIndex() : index(row, Name);
}

void CaListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_accountNames.clear();
    QList<Error> failures;
    if (m_workspace) {
        if (auto accounts = m_workspace->accounts().list()) {
            for (const PlatformAccountRecord& account : *accounts) {
                m_accountNames.insert(account.id, account.name);
            }
        } else {
            failures << accounts.error();
        }
        if (auto cas = m_workspace->cas().list()) {
            for (const CaRecord& ca : *cas) {
                Row row {ca, commonNameOf(ca.subject), {}};
                if (auto registrations = m_workspace->registrations().forCa(ca.id)) {
                    row.registrations = *registrations;
                } else {
                    row.registrationsUnknown = true;
                    failures << registrations.error();
                }
                m_rows.append(row);
            }
        } else {
            failures << cas.error();
        }
    }
    endResetModel();
    for (const Error& failure : std::as_const(failures))
        reportLater(failure);
}

bool CaListModel::loadRow(qint64 caId, Row* row)
{
    if (!m_workspace) {
        return false;
    }
    auto ca = m_workspace->cas().get(caId);
    if (!ca) {
        // Gone is no failure; anything else is reported.
        if (ca.error().code != ErrorCode::NotFound) {
            reportLater(ca.error());
        }
        return false;
    }
    row->ca = *ca;
    row->commonName = commonNameOf(ca->subject);
    auto registrations = m_workspace->registrations().forCa(caId);
    row->registrations = registrations ? *registrations : QList<CaRegistrationRecord>();
    row->registrationsUnknown = !registrations;
    if (!registrations) {
        reportLater(registrations.error());
    }
    return true;
}

void CaListModel::reportLater(const Error& error)
{
    // Queued: a view that reacts by reading the model must find it between changes, never inside one.
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT loadFailed(error); }, Qt::QueuedConnection);
}

int CaListModel::rowOf(qint64 caId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ca.id == caId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void CaListModel::refresh()
{
    if (!m_workspace) {
        return;
    }
    auto cas = m_workspace->cas().list();
    if (!cas) {
        reportLater(cas.error());
        return;
    }
    QSet<qint64> present;
    for (const CaRecord& ca : *cas) {
        present.insert(ca.id);
    }
    QList<qint64> gone;
    for (const Row& row : std::as_const(m_rows)) {
        if (!present.contains(row.ca.id)) {
            gone << row.ca.id;
        }
    }
    for (const qint64 caId : std::as_const(gone)) {
        onCaRemoved(caId);
    }
    // onCaChanged adds a CA that is not listed yet and re-reads (and re-places) one that is.
    for (const CaRecord& ca : *cas) {
        onCaChanged(ca.id);
    }
    onAccountsChanged(); // account names in the status summaries
}

void CaListModel::onCaAdded(qint64 caId)
{
    if (rowOf(caId) >= 0) {
        onCaChanged(caId);
        return;
    }
    Row row;
    if (!loadRow(caId, &row)) {
        return;
    }
    int position = 0;
    while (position < m_rows.size()
           && nameLess(m_rows.at(position).ca.name, m_rows.at(position).ca.id, row.ca.name, row.ca.id)) {
        ++position;
    }
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
}

void CaListModel::onCaChanged(qint64 caId)
{
    const int current = rowOf(caId);
    if (current < 0) {
        onCaAdded(caId);
        return;
    }
    Row row;
    if (!loadRow(caId, &row)) {
        onCaRemoved(caId);
        return;
    }
    // Where the row belongs among the others (a rename may move it).
    int target = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != current && nameLess(m_rows.at(i).ca.name, m_rows.at(i).ca.id, row.ca.name, row.ca.id)) {
            ++target;
        }
    }
    if (target != current) {
        // beginMoveRows takes the destination in the coordinates before the move.
        const int destination = target > current ? target + 1 : target;
        beginMoveRows({}, current, current, {}, destination);
        m_rows.move(current, target);
        endMoveRows();
    }
    m_rows[target] = row;
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void CaListModel::onCaRemoved(qint64 caId)
{
    const int row = rowOf(caId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CaListModel::onRegistrationChanged(qint64 caId)
{
    const int row = rowOf(caId);
    if (row < 0 || !m_workspace) {
        return;
    }
    auto registrations = m_workspace->registrations().forCa(caId);
    m_rows[row].registrations = registrations ? *registrations : QList<CaRegistrationRecord>();
    m_rows[row].registrationsUnknown = !registrations;
    Q_EMIT dataChanged(index(row, Status), index(row, Status));
    if (!registrations) {
        reportLater(registrations.error());
    }
}

void CaListModel::onAccountsChanged()
{
    if (!m_workspace) {
        return;
    }
    m_accountNames.clear();
    if (auto accounts = m_workspace->accounts().list()) {
        for (const PlatformAccountRecord& account : *accounts) {
            m_accountNames.insert(account.id, account.name);
        }
    } else {
        reportLater(accounts.error());
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Status), index(static_cast<int>(m_rows.size()) - 1, Status));
    }
}

QString CaListModel::statusSummary(const Row& row) const
{
    if (row.registrationsUnknown) {
        //: Status of a CA whose registrations could not be read from the workspace
        return tr("Unknown (could not be read)");
    }
    if (row.registrations.isEmpty()) {
        //: Status of a CA that is registered with no platform account
        return tr("Not registered");
    }
    QStringList parts;
    for (const CaRegistrationRecord& registration : row.registrations) {
        //: %1 is a platform account name, %2 a status such as "Activated"
        parts << tr("%1: %2").arg(m_accountNames.value(registration.accountId, QString::number(registration.accountId)),
                                  registrationStatusDisplayName(registration.status));
    }
    return parts.join(QStringLiteral(", "));
}

Workspace* CaListModel::workspace() const
{
    return m_workspace;
}

} // namespace iotca::model
