#include "DeviceCertificateModel.h"

#include "model/workspace/Workspace.h"

#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>
#include <optional>

namespace iotca::model {

DeviceCertificateModel::DeviceCertificateModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_query(workspace)
{
    m_query.setErrorHandler([this](const Error& error) { Q_EMIT loadFailed(error); });
    if (m_workspace) {
        connect(m_workspace, &Workspace::deviceCertificatesAdded, this,
                [this](qint64 caId, int /*count*/) { onDevicesAdded(caId); });
        connect(m_workspace, &Workspace::deviceCertificatesChanged, this, &DeviceCertificateModel::onDevicesChanged);
        connect(m_workspace, &Workspace::caRemoved, this, [this](qint64 caId) { onDevicesChanged(caId, {}); });
    }
}

DeviceCertificateModel::~DeviceCertificateModel() = default;

int DeviceCertificateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceCertificateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceCertificateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Serial:
            return row.serialHex;
        case Product:
            return row.productKey;
        case Device:
            return row.deviceName;
        case Status:
            if (row.superseded) {
                //: The device pane's Status column for a certificate a re-issue replaced; %1 is its status
                //: (e.g. "Associated")
                return tr("%1, superseded").arg(deviceCertificateStatusDisplayName(row.status));
            }
            return deviceCertificateStatusDisplayName(row.status);
        case NotAfter:
            return row.notAfter.toLocalTime();
        case Platform:
            if (row.differsFromPlatform) {
                //: The device pane's Platform column for a row whose record disagrees with the platform; %1 is
                //: what the platform said (e.g. "Another certificate")
                return tr("Differs: %1").arg(platformDeviceStateDisplayName(row.platformState));
            }
            return platformDeviceStateDisplayName(row.platformState);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.differsFromPlatform) {
            return tr("The workspace and the platform disagree about this device certificate: the platform "
                      "reported \"%1\" at the last read-back. The record was left as it is.")
                .arg(platformDeviceStateDisplayName(row.platformState));
        }
        if (row.superseded && index.column() == Status) {
            return tr("A newer certificate of this device (re-issued) replaces this one. It stays valid until it "
                      "expires or is revoked.");
        }
        return {};
    case IdRole:
        return row.id;
    case CaIdRole:
        return row.caId;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case SerialRole:
        return row.serialHex;
    case ExportedPathRole:
        return row.exportedPath;
    case NotAfterRole:
        return row.notAfter;
    case PlatformStateRole:
        return QVariant::fromValue(row.platformState);
    case DiffersFromPlatformRole:
        return row.differsFromPlatform;
    case SupersededRole:
        return row.superseded;
    default:
        return {};
    }
}

QVariant DeviceCertificateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Serial:
        return tr("Serial number");
    case Product:
        //: Column header: the platform's product key (Alibaba) or product id (Tencent)
        return tr("Product");
    case Device:
        return tr("Device");
    case Status:
        return tr("Status");
    case NotAfter:
        return tr("Valid until");
    case Platform:
        //: Column header: what the platform said about the certificate at the last sync or read-back
        return tr("Platform");
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceCertificateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("certificateId"));
    names.insert(CaIdRole, QByteArrayLiteral("caId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(SerialRole, QByteArrayLiteral("serial"));
    names.insert(ExportedPathRole, QByteArrayLiteral("exportedPath"));
    names.insert(NotAfterRole, QByteArrayLiteral("notAfter"));
    names.insert(PlatformStateRole, QByteArrayLiteral("platformState"));
    names.insert(DiffersFromPlatformRole, QByteArrayLiteral("differsFromPlatform"));
    names.insert(SupersededRole, QByteArrayLiteral("superseded"));
    return names;
}

bool DeviceCertificateModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_workspace && !m_atEnd && !m_changing;
}

void DeviceCertificateModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    const QList<Row> page = m_query.fetch(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_batchSize, nullptr);
    m_atEnd = page.size() < m_batchSize;
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void DeviceCertificateModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    if (column == m_query.sortColumn() && order == m_query.sortOrder()) {
        return;
    }
    m_query.setSort(column, order);
    reload();
}

void DeviceCertificateModel::setFilter(const DeviceCertificateFilter& filter)
{
    if (filter == m_query.filter()) {
        return;
    }
    m_query.setFilter(filter);
    reload();
}

void DeviceCertificateModel::setCaFilter(qint64 caId)
{
    DeviceCertificateFilter filter = m_query.filter();
    filter.caId = caId;
    setFilter(filter);
}

void DeviceCertificateModel::setProductFilter(const QString& productKey)
{
    DeviceCertificateFilter filter = m_query.filter();
    filter.productKey = productKey;
    setFilter(filter);
}

void DeviceCertificateModel::setTextFilter(const QString& text)
{
    DeviceCertificateFilter filter = m_query.filter();
    filter.text = text.trimmed();
    setFilter(filter);
}

void DeviceCertificateModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

void DeviceCertificateModel::setIndexedSearchThreshold(qint64 rows)
{
    if (rows == m_query.indexedSearchThreshold()) {
        return;
    }
    m_query.setIndexedSearchThreshold(rows);
    reload();
}

void DeviceCertificateModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_query.forgetResults();
    m_maxId = m_query.highestId();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

void DeviceCertificateModel::refresh()
{
    if (m_changing) {
        return;
    }
    m_query.forgetResults();
    reconcile();
}

qint64 DeviceCertificateModel::totalCount() const
{
    return m_query.totalCount();
}

qint64 DeviceCertificateModel::unfilteredCount() const
{
    return m_query.population();
}

void DeviceCertificateModel::fetchAll()
{
    while (canFetchMore({})) {
        fetchMore({});
    }
}

qint64 DeviceCertificateModel::certificateId(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return 0;
    }
    return m_rows.at(index.row()).id;
}

void DeviceCertificateModel::onDevicesChanged(qint64 caId, const QList<qint64>& ids)
{
    const qint64 shownCa = m_query.filter().caId;
    if (shownCa < 0 || (shownCa > 0 && caId != shownCa)) {
        // Another CA's certificates: nothing shown changed, but a deletion there may lower the highest id, and
        // the next additions here must still count as new.
        if (m_maxId >= 0 && !m_changing) {
            m_maxId = std::min(m_maxId, m_query.highestId());
        }
        return;
    }
    m_query.forgetResults();
    if (!ids.isEmpty() && !m_rows.isEmpty()) {
        updateRows(ids);
        if (!m_rows.isEmpty()) {
            return;
        }
    }
    // A whole CA changed, or nothing is shown (any more): read the range again, or show the first page.
    reconcile();
}

void DeviceCertificateModel::onDevicesAdded(qint64 caId)
{
    const qint64 shownCa = m_query.filter().caId;
    if (shownCa < 0 || (shownCa > 0 && caId != shownCa)) {
        return;
    }
    m_query.forgetResults();
    if (m_changing) {
        return;
    }
    const qint64 previousMax = m_maxId;
    if (m_rows.isEmpty() || previousMax < 0) {
        m_maxId = m_query.highestId();
        reconcile();
        return;
    }
    // Rows were only added, with ids above every id there was (rowids grow; a deletion re-reads everything and
    // records the maximum again): read just those that fall into the range shown (everything when all is shown)
    // and insert them in place, instead of reading the whole range again.
    const QScopedValueRollback changing(m_changing, true);
    m_maxId = m_query.highestId();
    insertSorted(m_query.fetch(nullptr, -1, m_atEnd ? nullptr : &m_rows.constLast(), previousMax));
}

void DeviceCertificateModel::insertSorted(const QList<Row>& fresh)
{
    const auto before = [this](const Row& left, const Row& right) { return m_query.sortsBefore(left, right); };
    qsizetype next = 0;
    while (next < fresh.size()) {
        const qsizetype position =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), fresh.at(next), before) - m_rows.cbegin();
        if (position < m_rows.size() && m_rows.at(position).id == fresh.at(next).id) {
            ++next; // already shown (fetched after it was added)
            continue;
        }
        qsizetype end = next + 1;
        while (end < fresh.size() && (position == m_rows.size() || before(fresh.at(end), m_rows.at(position)))) {
            ++end;
        }
        beginInsertRows({}, static_cast<int>(position), static_cast<int>(position + end - next) - 1);
        // Make room once (one move of the rows after it), then fill: a run of a whole batch must not move half a
        // million rows once per row.
        m_rows.insert(position, end - next, Row());
        for (qsizetype i = next; i < end; ++i) {
            m_rows[position + (i - next)] = fresh.at(i);
        }
        endInsertRows();
        next = end;
    }
}

void DeviceCertificateModel::updateRows(const QList<qint64>& ids)
{
    if (m_changing) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    // A deletion may free the highest id, which SQLite then hands out again: the next additions must count as new.
    m_maxId = std::min(m_maxId, m_query.highestId());
    const QSet<qint64> changed(ids.cbegin(), ids.cend());
    // The range shown ends with its last row as it was; whatever sorts after it is not shown (unless all is).
    const std::optional<Row> bound = m_atEnd ? std::nullopt : std::optional<Row>(m_rows.constLast());
    QList<Row> fresh;
    if (m_query.sortColumn() == Status || m_query.sortColumn() == Platform) {
        // A new status (or platform state) moves a row: read every listed certificate that now sorts into the range.
        fresh = m_query.fetch(nullptr, -1, bound ? &*bound : nullptr, -1, &ids);
    } else {
        // Nothing else that changes is sorted on: rows stay where they are, and only the shown ones need reading.
        QList<qint64> shown;
        for (const Row& row : std::as_const(m_rows)) {
            if (changed.contains(row.id)) {
                shown << row.id;
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        fresh = m_query.fetch(nullptr, -1, nullptr, -1, &shown);
    }
    QHash<qint64, qsizetype> freshById;
    freshById.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        freshById.insert(fresh.at(i).id, i);
    }

    // Rows that stay in place: new content, one dataChanged per run of changed rows. Rows that went or moved:
    // removed below (the moved ones come back where they now sort).
    QList<bool> placed(fresh.size(), false);
    QList<qsizetype> gone;
    qsizetype runStart = -1;
    const auto endRun = [this, &runStart](qsizetype end) {
        if (runStart >= 0) {
            Q_EMIT dataChanged(index(static_cast<int>(runStart), 0), index(static_cast<int>(end) - 1, ColumnCount - 1));
            runStart = -1;
        }
    };
    for (qsizetype position = 0; position < m_rows.size(); ++position) {
        const Row& row = m_rows.at(position);
        if (!changed.contains(row.id)) {
            endRun(position);
            continue;
        }
        const auto found = freshById.constFind(row.id);
        if (found == freshById.cend() || m_query.sortsBefore(row, fresh.at(*found))
            || m_query.sortsBefore(fresh.at(*found), row)) {
            endRun(position);
            gone << position;
            continue;
        }
        placed[*found] = true;
        if (row.sameContent(fresh.at(*found))) {
            endRun(position);
            continue;
        }
        m_rows[position] = fresh.at(*found);
        if (runStart < 0) {
            runStart = position;
        }
    }
    endRun(m_rows.size());

    // From the last run back, so that the positions before it stay valid.
    for (qsizetype end = gone.size(); end > 0;) {
        qsizetype start = end - 1;
        while (start > 0 && gone.at(start - 1) == gone.at(start) - 1) {
            --start;
        }
        beginRemoveRows({}, static_cast<int>(gone.at(start)), static_cast<int>(gone.at(end - 1)));
        m_rows.remove(gone.at(start), end - start);
        endRemoveRows();
        end = start;
    }

    QList<Row> arriving;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!placed.at(i) && (!bound || !m_query.sortsBefore(*bound, fresh.at(i)))) {
            arriving << fresh.at(i);
        }
    }
    insertSorted(arriving);
}

void DeviceCertificateModel::reconcile()
{
    if (m_changing) {
        return;
    }
    if (m_rows.isEmpty()) {
        // Nothing shown yet: show the first page of what exists now. A view asks for more only when it scrolls, so
        // waiting for it would leave an empty pane until the user did something.
        m_atEnd = false;
        fetchMore({});
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    m_maxId = m_query.highestId();
    // Read the range already shown again (or, when everything was shown, everything up to one more page).
    QList<Row> fresh;
    if (m_atEnd) {
        const int limit = static_cast<int>(m_rows.size()) + m_batchSize;
        fresh = m_query.fetch(nullptr, limit, nullptr);
        m_atEnd = fresh.size() < limit;
        if (!m_atEnd) {
            // Keep the old extent; the rest comes with fetchMore().
            fresh.resize(qMin(fresh.size(), m_rows.size()));
        }
    } else {
        fresh = m_query.fetch(nullptr, -1, &m_rows.constLast());
    }

    const auto before = [this](const Row& left, const Row& right) { return m_query.sortsBefore(left, right); };

    // Merge the two sorted lists, signalling runs of insertions and removals and each changed row.
    qsizetype position = 0;
    qsizetype next = 0;
    while (position < m_rows.size() || next < fresh.size()) {
        if (position < m_rows.size() && next < fresh.size() && m_rows.at(position).id == fresh.at(next).id) {
            if (!m_rows.at(position).sameContent(fresh.at(next))) {
                m_rows[position] = fresh.at(next);
                const int row = static_cast<int>(position);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } else {
                m_rows[position].sortKey = fresh.at(next).sortKey;
            }
            ++position;
            ++next;
            continue;
        }
        qsizetype insertEnd = next;
        while (insertEnd < fresh.size()
               && (position == m_rows.size() || before(fresh.at(insertEnd), m_rows.at(position)))) {
            ++insertEnd;
        }
        if (insertEnd > next) {
            const int first = static_cast<int>(position);
            beginInsertRows({}, first, first + static_cast<int>(insertEnd - next) - 1);
            for (qsizetype i = next; i < insertEnd; ++i) {
                m_rows.insert(position++, fresh.at(i));
            }
            endInsertRows();
            next = insertEnd;
            continue;
        }
        // m_rows[position] is no longer where it was (gone, or moved by a changed sort key): remove it, and the
        // run of rows after it that are gone too.
        qsizetype removeEnd = position;
        while (
            removeEnd < m_rows.size()
            && (next == fresh.size()
                || (m_rows.at(removeEnd).id != fresh.at(next).id && !before(fresh.at(next), m_rows.at(removeEnd))))) {
            ++removeEnd;
        }
        if (removeEnd == position) {
            removeEnd = position + 1;
        }
        beginRemoveRows({}, static_cast<int>(position), static_cast<int>(removeEnd) - 1);
        m_rows.remove(position, removeEnd - position);
        endRemoveRows();
    }
}

Workspace* DeviceCertificateModel::workspace() const
{
    return m_workspace;
}

} // namespace iotca::model
