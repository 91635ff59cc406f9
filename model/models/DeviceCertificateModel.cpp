#include "DeviceCertificateModel.h"

#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Workspace.h"

#include <QScopedValueRollback>
#include <QSqlQuery>

namespace iotca::model {

namespace {

QString sortColumnName(int column)
{
    switch (column) {
    case DeviceCertificateModel::Product:
        return QStringLiteral("product_key");
    case DeviceCertificateModel::Device:
        return QStringLiteral("device_name");
    case DeviceCertificateModel::Status:
        return QStringLiteral("status");
    case DeviceCertificateModel::NotAfter:
        return QStringLiteral("not_after");
    case DeviceCertificateModel::Serial:
    default:
        return QStringLiteral("serial_hex");
    }
}

/// Orders like SQLite does for the values we store (integers, or text compared as binary UTF-8, which matches
/// UTF-16 order outside the surrogate range).
int compareKeys(const QVariant& left, const QVariant& right)
{
    if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString) {
        return QString::compare(left.toString(), right.toString(), Qt::CaseSensitive);
    }
    const qint64 a = left.toLongLong();
    const qint64 b = right.toLongLong();
    return a < b ? -1 : (a > b ? 1 : 0);
}

/// The hexadecimal serial prefix in `text` ("0a:1B" -> "0A1B"), empty when `text` is not a serial prefix.
QString serialPrefix(const QString& text)
{
    QString prefix;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ')) {
            continue;
        }
        if (!c.isDigit() && !(c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F'))) {
            return {};
        }
        prefix.append(c.toUpper());
    }
    return prefix;
}

} // namespace

bool DeviceCertificateModel::Row::sameContent(const Row& other) const
{
    return id == other.id && caId == other.caId && serialHex == other.serialHex && productKey == other.productKey
        && deviceName == other.deviceName && status == other.status && notAfter == other.notAfter
        && exportedPath == other.exportedPath;
}

DeviceCertificateModel::DeviceCertificateModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::deviceCertificatesAdded, this,
                [this](qint64 caId, int /*count*/) { onDevicesChanged(caId); });
        connect(m_workspace, &Workspace::deviceCertificatesChanged, this, &DeviceCertificateModel::onDevicesChanged);
        connect(m_workspace, &Workspace::caRemoved, this, &DeviceCertificateModel::onDevicesChanged);
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
            return deviceCertificateStatusDisplayName(row.status);
        case NotAfter:
            return row.notAfter.toLocalTime();
        default:
            return {};
        }
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
    const QList<Row> page = query(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_batchSize, nullptr);
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
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void DeviceCertificateModel::setFilter(const DeviceCertificateFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload();
}

void DeviceCertificateModel::setCaFilter(qint64 caId)
{
    DeviceCertificateFilter filter = m_filter;
    filter.caId = caId;
    setFilter(filter);
}

void DeviceCertificateModel::setProductFilter(const QString& productKey)
{
    DeviceCertificateFilter filter = m_filter;
    filter.productKey = productKey;
    setFilter(filter);
}

void DeviceCertificateModel::setTextFilter(const QString& text)
{
    DeviceCertificateFilter filter = m_filter;
    filter.text = text.trimmed();
    setFilter(filter);
}

void DeviceCertificateModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

void DeviceCertificateModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

qint64 DeviceCertificateModel::certificateId(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return 0;
    }
    return m_rows.at(index.row()).id;
}

namespace {

struct Condition
{
    QString where;
    QVariantList values;
};

Condition filterCondition(const DeviceCertificateFilter& filter)
{
    QStringList parts;
    QVariantList values;
    if (filter.caId < 0) {
        parts << QStringLiteral("0");
    } else if (filter.caId > 0) {
        parts << QStringLiteral("ca_id = ?");
        values << filter.caId;
    }
    if (!filter.productKey.isEmpty()) {
        parts << QStringLiteral("product_key = ?");
        values << filter.productKey;
    }
    if (!filter.text.isEmpty()) {
        const QString prefix = serialPrefix(filter.text);
        if (prefix.isEmpty()) {
            parts << QStringLiteral("instr(device_name, ?) > 0");
            values << filter.text;
        } else {
            // GLOB is case-sensitive and can use the serial index; the prefix holds hex digits only. Stored serials
            // have an even number of digits, so "3E8" must also find "03E8".
            parts << QStringLiteral("(serial_hex GLOB ? OR serial_hex GLOB ? OR instr(device_name, ?) > 0)");
            values << prefix + QLatin1Char('*') << QLatin1Char('0') + prefix + QLatin1Char('*') << filter.text;
        }
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

} // namespace

qint64 DeviceCertificateModel::totalCount() const
{
    if (!m_workspace) {
        return 0;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return 0;
    }
    const Condition condition = filterCondition(m_filter);
    QString statement = QStringLiteral("SELECT COUNT(*) FROM device_certificates");
    if (!condition.where.isEmpty()) {
        statement += QStringLiteral(" WHERE ") + condition.where;
    }
    auto counted = sql::run(*database, statement, condition.values, tr("Could not count the device certificates."));
    return counted && counted->next() ? counted->value(0).toLongLong() : 0;
}

QList<DeviceCertificateModel::Row> DeviceCertificateModel::query(const Row* after, int limit, const Row* upTo) const
{
    QList<Row> rows;
    if (!m_workspace) {
        return rows;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return rows;
    }
    const QString column = sortColumnName(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    Condition condition = filterCondition(m_filter);
    QStringList where;
    if (!condition.where.isEmpty()) {
        where << condition.where;
    }
    // Keyset pagination on (sort column, id): each page starts right after the last row of the previous one.
    if (after) {
        where
            << QStringLiteral("(%1, id) %2 (?, ?)").arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        condition.values << after->sortKey << after->id;
    }
    if (upTo) {
        where << QStringLiteral("(%1, id) %2 (?, ?)")
                     .arg(column, ascending ? QStringLiteral("<=") : QStringLiteral(">="));
        condition.values << upTo->sortKey << upTo->id;
    }
    QString statement = QStringLiteral("SELECT id, ca_id, serial_hex, product_key, device_name, status, not_after, "
                                       "exported_path, %1 FROM device_certificates")
                            .arg(column);
    if (!where.isEmpty()) {
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    statement += QStringLiteral(" ORDER BY %1 %2, id %2").arg(column, direction);
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    }
    auto result = sql::run(*database, statement, condition.values, tr("Could not read the device certificates."));
    if (!result) {
        qWarning("DeviceCertificateModel: %s", qUtf8Printable(result.error().fullText()));
        return rows;
    }
    while (result->next()) {
        Row row;
        row.id = result->value(0).toLongLong();
        row.caId = result->value(1).toLongLong();
        row.serialHex = result->value(2).toString();
        row.productKey = result->value(3).toString();
        row.deviceName = result->value(4).toString();
        if (!deviceCertificateStatusFromName(result->value(5).toString(), &row.status)) {
            row.status = DeviceCertificateStatus::Issued;
        }
        row.notAfter = sql::toDateTime(result->value(6));
        row.exportedPath = result->value(7).toString();
        row.sortKey = result->value(8);
        rows.append(row);
    }
    return rows;
}

void DeviceCertificateModel::onDevicesChanged(qint64 caId)
{
    if (m_filter.caId < 0 || (m_filter.caId > 0 && caId != m_filter.caId)) {
        return;
    }
    reconcile();
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
    // Read the range already shown again (or, when everything was shown, everything up to one more page).
    QList<Row> fresh;
    if (m_atEnd) {
        const int limit = static_cast<int>(m_rows.size()) + m_batchSize;
        fresh = query(nullptr, limit, nullptr);
        m_atEnd = fresh.size() < limit;
        if (!m_atEnd) {
            // Keep the old extent; the rest comes with fetchMore().
            fresh.resize(qMin(fresh.size(), m_rows.size()));
        }
    } else {
        fresh = query(nullptr, -1, &m_rows.constLast());
    }

    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto before = [ascending](const Row& left, const Row& right) {
        int order = compareKeys(left.sortKey, right.sortKey);
        if (order == 0) {
            order = left.id < right.id ? -1 : (left.id > right.id ? 1 : 0);
        }
        return ascending ? order < 0 : order > 0;
    };

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

} // namespace iotca::model
