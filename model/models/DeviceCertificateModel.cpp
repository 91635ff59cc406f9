#include "DeviceCertificateModel.h"

#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Workspace.h"

#include <QScopedValueRollback>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

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

bool detail::DeviceCertificateRow::sameContent(const DeviceCertificateRow& other) const
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
                [this](qint64 caId, int /*count*/) { onDevicesAdded(caId); });
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

void DeviceCertificateModel::setIndexedSearchThreshold(qint64 rows)
{
    if (rows == m_indexedSearchThreshold) {
        return;
    }
    m_indexedSearchThreshold = std::max<qint64>(0, rows);
    reload();
}

void DeviceCertificateModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_textMatch.reset();
    m_totalCount.reset();
    m_maxId = currentMaxId();
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
    QStringList parts;
    QVariantList values;

    void add(const QString& part, const QVariantList& partValues = {})
    {
        parts << part;
        values << partValues;
    }
    [[nodiscard]] QString where() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

/// The CA and product conditions (not the text), on `device_certificates AS d`.
Condition baseCondition(const DeviceCertificateFilter& filter)
{
    Condition condition;
    if (filter.caId < 0) {
        condition.add(QStringLiteral("0"));
    } else if (filter.caId > 0) {
        condition.add(QStringLiteral("d.ca_id = ?"), {filter.caId});
    }
    if (!filter.productKey.isEmpty()) {
        condition.add(QStringLiteral("d.product_key = ?"), {filter.productKey});
    }
    return condition;
}

/// Only the CA condition, as a prefix for the index probes of the text filter.
Condition caCondition(const DeviceCertificateFilter& filter)
{
    Condition condition;
    if (filter.caId > 0) {
        condition.add(QStringLiteral("d.ca_id = ?"), {filter.caId});
    }
    return condition;
}

/// A half-open range of stored serials: every serial starting with a prefix is >= from and < to.
struct SerialRange
{
    QString from;
    QString to;
};

QString successor(QString prefix)
{
    prefix[prefix.size() - 1] = QChar(prefix.at(prefix.size() - 1).unicode() + 1);
    return prefix;
}

/// The serial ranges a text filter matches: none when the text is not a serial prefix. Stored serials have an even
/// number of digits, so "3E8" must also find "03E8"; a prefix of zeros only needs one range (its "0" range lies
/// inside the first).
QList<SerialRange> serialRanges(const QString& text)
{
    const QString prefix = serialPrefix(text);
    if (prefix.isEmpty()) {
        return {};
    }
    QList<SerialRange> ranges {{prefix, successor(prefix)}};
    if (prefix.count(QLatin1Char('0')) != prefix.size()) {
        const QString padded = QLatin1Char('0') + prefix;
        ranges.append({padded, successor(padded)});
    }
    return ranges;
}

/// "*text*" for GLOB, with the text's own wildcards matching themselves.
QString substringGlob(const QString& text)
{
    QString pattern = QStringLiteral("*");
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[')) {
            pattern += QLatin1Char('[') + c + QLatin1Char(']');
        } else {
            pattern += c;
        }
    }
    return pattern + QLatin1Char('*');
}

/// The text condition evaluated row by row (serial ranges use no index inside an OR with the name).
Condition textScanCondition(const QString& text)
{
    QStringList alternatives;
    QVariantList values;
    for (const SerialRange& range : serialRanges(text)) {
        alternatives << QStringLiteral("d.serial_hex >= ? AND d.serial_hex < ?");
        values << range.from << range.to;
    }
    alternatives << QStringLiteral("instr(d.device_name, ?) > 0");
    values << text;
    Condition condition;
    condition.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    return condition;
}

/// How many candidate ids a text filter may have to be answered from them: about sqrt(page * rows), where reading
/// the candidates costs about as much as walking the sort order until a page of matches is found.
int candidateLimit(qint64 population)
{
    const auto limit = static_cast<qint64>(std::sqrt(256.0 * static_cast<double>(std::max<qint64>(population, 1))));
    return static_cast<int>(std::clamp<qint64>(limit, 256, 16'384));
}

qint64 countOf(const QSqlDatabase& database, const QString& statement, const QVariantList& values)
{
    auto counted =
        sql::run(database, statement, values, DeviceCertificateModel::tr("Could not count the device certificates."));
    if (!counted) {
        qWarning("DeviceCertificateModel: %s", qUtf8Printable(counted.error().fullText()));
        return 0;
    }
    return counted->next() ? counted->value(0).toLongLong() : 0;
}

} // namespace

qint64 DeviceCertificateModel::population() const
{
    if (!m_workspace || m_filter.caId < 0) {
        return 0;
    }
    if (m_filter.productKey.isEmpty()) {
        // Kept by triggers: no scan, however many certificates the CA has.
        auto counted = m_workspace->devices().count(m_filter.caId);
        return counted ? *counted : 0;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return 0;
    }
    const Condition base = baseCondition(m_filter);
    return countOf(*database, QStringLiteral("SELECT COUNT(*) FROM device_certificates AS d") + base.where(),
                   base.values);
}

const DeviceCertificateModel::TextMatch& DeviceCertificateModel::textMatch() const
{
    if (m_textMatch) {
        return *m_textMatch;
    }
    m_textMatch.emplace();
    const QString& text = m_filter.text;
    if (text.isEmpty() || m_filter.caId < 0 || !m_workspace) {
        return *m_textMatch;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return *m_textMatch;
    }
    // Collect the ids of the candidates from indexes, each probe stopping one row past the limit: if every probe
    // stays within it, pages are read from those ids only; if one does not, matches are dense enough that walking
    // the sort order finds a page of them soon.
    const qint64 rows = population();
    const int limit = candidateLimit(rows);
    const Condition ca = caCondition(m_filter);
    const QString caPrefix = ca.parts.isEmpty() ? QString() : ca.parts.constFirst() + QStringLiteral(" AND ");
    QList<qint64> ids;
    bool complete = true;
    const auto collect = [&](const QString& statement, const QVariantList& values) {
        if (!complete) {
            return;
        }
        auto result = sql::run(*database, statement + QStringLiteral(" LIMIT %1").arg(limit + 1), values,
                               tr("Could not read the device certificates."));
        if (!result) {
            qWarning("DeviceCertificateModel: %s", qUtf8Printable(result.error().fullText()));
            complete = false;
            return;
        }
        int found = 0;
        while (result->next()) {
            if (++found > limit) {
                complete = false;
                return;
            }
            ids.append(result->value(0).toLongLong());
        }
    };
    for (const SerialRange& range : serialRanges(text)) {
        collect(
            QStringLiteral("SELECT d.id FROM device_certificates AS d WHERE %1d.serial_hex >= ? AND d.serial_hex < ?")
                .arg(caPrefix),
            ca.values + QVariantList {range.from, range.to});
    }
    const QString nameScan =
        QStringLiteral("SELECT d.id FROM device_certificates AS d WHERE %1instr(d.device_name, ?) > 0").arg(caPrefix);
    if (complete && text.size() >= 3 && rows > m_indexedSearchThreshold) {
        // The trigram index (schema 4; it needs three characters). It knows the CA of each name but cannot look
        // it up, so read at most a bounded number of its matches: when they run out, or enough of them belong to
        // the CA, that decides; otherwise (a name common in other CAs, rare in this one) scan this CA's names.
        const int examine = limit * 4;
        auto result = sql::run(*database,
                               QStringLiteral("SELECT rowid, ca_id FROM device_name_search WHERE device_name GLOB ? "
                                              "LIMIT %1")
                                   .arg(examine + 1),
                               {substringGlob(text)}, tr("Could not read the device certificates."));
        bool decided = false;
        if (result) {
            const qsizetype before = ids.size();
            int examined = 0;
            while (result->next()) {
                if (++examined > examine) {
                    break;
                }
                if (m_filter.caId == 0 || result->value(1).toLongLong() == m_filter.caId) {
                    ids.append(result->value(0).toLongLong());
                }
            }
            if (ids.size() - before > limit) {
                complete = false;
                decided = true;
            } else if (examined <= examine) {
                decided = true;
            } else {
                ids.resize(before);
            }
        } else {
            qWarning("DeviceCertificateModel: %s", qUtf8Printable(result.error().fullText()));
        }
        if (!decided) {
            collect(nameScan, ca.values + QVariantList {text});
        }
    } else {
        collect(nameScan, ca.values + QVariantList {text});
    }
    if (complete) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QByteArray json = "[";
        for (const qint64 id : std::as_const(ids)) {
            if (json.size() > 1) {
                json += ',';
            }
            json += QByteArray::number(id);
        }
        json += ']';
        m_textMatch->byIds = true;
        m_textMatch->idCount = ids.size();
        m_textMatch->idsJson = QString::fromLatin1(json);
    }
    return *m_textMatch;
}

qint64 DeviceCertificateModel::totalCount() const
{
    if (!m_totalCount) {
        m_totalCount = countMatches();
    }
    return *m_totalCount;
}

qint64 DeviceCertificateModel::countMatches() const
{
    if (!m_workspace || m_filter.caId < 0) {
        return 0;
    }
    if (m_filter.text.isEmpty()) {
        return population();
    }
    const TextMatch& match = textMatch();
    if (match.byIds && match.idCount == 0) {
        return 0;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return 0;
    }
    const Condition base = baseCondition(m_filter);
    if (match.byIds) {
        return countOf(*database,
                       QStringLiteral("SELECT COUNT(*) FROM json_each(?) AS m CROSS JOIN device_certificates AS d "
                                      "ON d.id = m.value")
                           + base.where(),
                       QVariantList {match.idsJson} + base.values);
    }
    if (!m_filter.productKey.isEmpty()) {
        Condition condition = base;
        const Condition text = textScanCondition(m_filter.text);
        condition.add(text.parts.constFirst(), text.values);
        return countOf(*database, QStringLiteral("SELECT COUNT(*) FROM device_certificates AS d") + condition.where(),
                       condition.values);
    }
    // Dense matches: count on covering indexes only, never reading the rows themselves. The serial ranges on
    // (ca_id, serial_hex) (they never overlap), plus the names on (ca_id, device_name, id) whose id is in none of
    // the ranges: one scan of the names, as short as index entries are.
    const Condition ca = caCondition(m_filter);
    const QString caPrefix = ca.parts.isEmpty() ? QString() : ca.parts.constFirst() + QStringLiteral(" AND ");
    const QString rangeIds = QStringLiteral("SELECT d.id FROM device_certificates AS d WHERE %1d.serial_hex >= ? AND "
                                            "d.serial_hex < ?")
                                 .arg(caPrefix);
    qint64 total = 0;
    QStringList excluded;
    QVariantList excludedValues;
    for (const SerialRange& range : serialRanges(m_filter.text)) {
        const QVariantList values = ca.values + QVariantList {range.from, range.to};
        total += countOf(*database, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(rangeIds), values);
        excluded << rangeIds;
        excludedValues << values;
    }
    QString names = QStringLiteral("SELECT COUNT(*) FROM device_certificates AS d WHERE %1instr(d.device_name, ?) > 0")
                        .arg(caPrefix);
    if (!excluded.isEmpty()) {
        names += QStringLiteral(" AND d.id NOT IN (%1)").arg(excluded.join(QStringLiteral(" UNION ALL ")));
    }
    return total + countOf(*database, names, ca.values + QVariantList {m_filter.text} + excludedValues);
}

QList<DeviceCertificateModel::Row> DeviceCertificateModel::query(const Row* after, int limit, const Row* upTo,
                                                                 qint64 newerThan) const
{
    QList<Row> rows;
    if (!m_workspace || m_filter.caId < 0) {
        return rows;
    }
    QString from = QStringLiteral("device_certificates AS d");
    QVariantList fromValues;
    Condition condition = baseCondition(m_filter);
    if (!m_filter.text.isEmpty()) {
        const TextMatch& match = textMatch();
        if (match.byIds) {
            if (match.idCount == 0) {
                return rows;
            }
            // Few candidates: read them by id (CROSS JOIN keeps the id list as the outer loop), then sort.
            from = QStringLiteral("json_each(?) AS m CROSS JOIN device_certificates AS d ON d.id = m.value");
            fromValues << match.idsJson;
        } else {
            const Condition text = textScanCondition(m_filter.text);
            condition.add(text.parts.constFirst(), text.values);
        }
    }
    auto database = m_workspace->connection();
    if (!database) {
        return rows;
    }
    const QString column = QStringLiteral("d.") + sortColumnName(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Keyset pagination on (sort column, id): each page starts right after the last row of the previous one.
    if (after) {
        condition.add(
            QStringLiteral("(%1, d.id) %2 (?, ?)").arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<")),
            {after->sortKey, after->id});
    }
    if (newerThan >= 0) {
        condition.add(QStringLiteral("d.id > ?"), {newerThan});
    }
    if (upTo) {
        condition.add(
            QStringLiteral("(%1, d.id) %2 (?, ?)").arg(column, ascending ? QStringLiteral("<=") : QStringLiteral(">=")),
            {upTo->sortKey, upTo->id});
    }
    QString statement = QStringLiteral("SELECT d.id, d.ca_id, d.serial_hex, d.product_key, d.device_name, d.status, "
                                       "d.not_after, d.exported_path FROM ")
        + from + condition.where();
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    statement += QStringLiteral(" ORDER BY %1 %2, d.id %2").arg(column, direction);
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    }
    auto result =
        sql::run(*database, statement, fromValues + condition.values, tr("Could not read the device certificates."));
    if (!result) {
        qWarning("DeviceCertificateModel: %s", qUtf8Printable(result.error().fullText()));
        return rows;
    }
    // Rows share what repeats (product keys, status names) and the sort key shares the column's string, so that
    // a long scroll costs as little memory per row as the strings themselves.
    QString lastProduct;
    while (result->next()) {
        Row row;
        row.id = result->value(0).toLongLong();
        row.caId = result->value(1).toLongLong();
        row.serialHex = result->value(2).toString();
        QString product = result->value(3).toString();
        if (product == lastProduct) {
            product = lastProduct;
        } else {
            lastProduct = product;
        }
        row.productKey = product;
        row.deviceName = result->value(4).toString();
        const QString statusName = result->value(5).toString();
        const bool knownStatus = deviceCertificateStatusFromName(statusName, &row.status);
        if (!knownStatus) {
            row.status = DeviceCertificateStatus::Issued;
        }
        const QVariant notAfter = result->value(6);
        row.notAfter = sql::toDateTime(notAfter);
        row.exportedPath = result->value(7).toString();
        switch (m_sortColumn) {
        case Product:
            row.sortKey = row.productKey;
            break;
        case Device:
            row.sortKey = row.deviceName;
            break;
        case Status:
            // The name as stored; a known one as the shared literal.
            row.sortKey = knownStatus ? deviceCertificateStatusName(row.status) : statusName;
            break;
        case NotAfter:
            row.sortKey = notAfter.toLongLong();
            break;
        case Serial:
        default:
            row.sortKey = row.serialHex;
            break;
        }
        rows.append(row);
    }
    return rows;
}

void DeviceCertificateModel::onDevicesChanged(qint64 caId)
{
    if (m_filter.caId < 0 || (m_filter.caId > 0 && caId != m_filter.caId)) {
        // Another CA's certificates: nothing shown changed, but a deletion there may lower the highest id, and
        // the next additions here must still count as new.
        if (m_maxId >= 0 && !m_changing) {
            m_maxId = std::min(m_maxId, currentMaxId());
        }
        return;
    }
    m_textMatch.reset();
    m_totalCount.reset();
    reconcile();
}

qint64 DeviceCertificateModel::currentMaxId() const
{
    if (!m_workspace) {
        return -1;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return -1;
    }
    auto result = sql::run(*database, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM device_certificates"), {},
                           tr("Could not read the device certificates."));
    return result && result->next() ? result->value(0).toLongLong() : -1;
}

bool DeviceCertificateModel::sortsBefore(const Row& left, const Row& right) const
{
    int order = compareKeys(left.sortKey, right.sortKey);
    if (order == 0) {
        order = left.id < right.id ? -1 : (left.id > right.id ? 1 : 0);
    }
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void DeviceCertificateModel::onDevicesAdded(qint64 caId)
{
    if (m_filter.caId < 0 || (m_filter.caId > 0 && caId != m_filter.caId)) {
        return;
    }
    m_textMatch.reset();
    m_totalCount.reset();
    if (m_changing) {
        return;
    }
    const qint64 previousMax = m_maxId;
    if (m_rows.isEmpty() || previousMax < 0) {
        m_maxId = currentMaxId();
        reconcile();
        return;
    }
    // Rows were only added, with ids above every id there was (rowids grow; a deletion re-reads everything and
    // records the maximum again): read just those that fall into the range shown (everything when all is shown)
    // and insert them in place, instead of reading the whole range again.
    const QScopedValueRollback changing(m_changing, true);
    m_maxId = currentMaxId();
    const QList<Row> fresh = query(nullptr, -1, m_atEnd ? nullptr : &m_rows.constLast(), previousMax);
    const auto before = [this](const Row& left, const Row& right) { return sortsBefore(left, right); };
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
    m_maxId = currentMaxId();
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

    const auto before = [this](const Row& left, const Row& right) { return sortsBefore(left, right); };

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
