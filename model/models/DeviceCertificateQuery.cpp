#include "DeviceCertificateQuery.h"

#include "DeviceCertificateModel.h"
#include "model/workspace/DeviceCertificateHistory.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/SqlDialect.h"
#include "model/workspace/SqlSupport.h"
#include "model/workspace/Workspace.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace iotca::model {

// DeviceCertificateQuery.h cannot name the column it sorts by until told otherwise.
static_assert(DeviceCertificateModel::Serial == 0, "the default sort column is the serial");

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
    case DeviceCertificateModel::Platform:
        return QStringLiteral("platform_state");
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

/// `ids` as a JSON array, for json_each().
QString jsonArray(const QList<qint64>& ids)
{
    QByteArray json = "[";
    for (const qint64 id : ids) {
        if (json.size() > 1) {
            json += ',';
        }
        json += QByteArray::number(id);
    }
    json += ']';
    return QString::fromLatin1(json);
}

qint64 countOf(const DeviceCertificateQuery::ErrorHandler& report, const QSqlDatabase& database,
               const QString& statement, const QVariantList& values)
{
    auto counted = sql::run(database, sql::translate(database, statement), values,
                            DeviceCertificateModel::tr("Could not count the device certificates."));
    if (!counted) {
        if (report)
            report(counted.error());
        return 0;
    }
    return counted->next() ? counted->value(0).toLongLong() : 0;
}

} // namespace

bool detail::DeviceCertificateRow::sameContent(const DeviceCertificateRow& other) const
{
    return id == other.id && caId == other.caId && serialHex == other.serialHex && productKey == other.productKey
        && deviceName == other.deviceName && status == other.status && notAfter == other.notAfter
        && exportedPath == other.exportedPath && platformState == other.platformState
        && differsFromPlatform == other.differsFromPlatform && superseded == other.superseded;
}

DeviceCertificateQuery::DeviceCertificateQuery(Workspace* workspace)
    : m_workspace(workspace)
{ }

void DeviceCertificateQuery::setFilter(const DeviceCertificateFilter& filter)
{
    m_filter = filter;
    forgetResults();
}

void DeviceCertificateQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void DeviceCertificateQuery::setIndexedSearchThreshold(qint64 rows)
{
    m_indexedSearchThreshold = std::max<qint64>(0, rows);
    forgetResults();
}

void DeviceCertificateQuery::forgetResults()
{
    m_textMatch.reset();
    m_totalCount.reset();
}

qint64 DeviceCertificateQuery::population() const
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
    return countOf(m_onError, *database, QStringLiteral("SELECT COUNT(*) FROM device_certificates AS d") + base.where(),
                   base.values);
}

const DeviceCertificateQuery::TextMatch& DeviceCertificateQuery::textMatch() const
{
    if (m_textMatch) {
        return *m_textMatch;
    }
    // Assigned rather than emplace()d: clang 14 (the fuzz preset) does not yet see the nested struct's default
    // member initializers as making it default-constructible here.
    m_textMatch = TextMatch {};
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
                               DeviceCertificateModel::tr("Could not read the device certificates."));
        if (!result) {
            if (m_onError)
                m_onError(result.error());
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
    // The trigram index is SQLite's FTS5 (schema step 4); a team workspace has none (PostgresSchemaSteps.cpp) and
    // scans the CA's names.
    if (complete && text.size() >= 3 && rows > m_indexedSearchThreshold
        && sql::backendOf(*database) == sql::Backend::Sqlite) {
        // The trigram index (schema 4; it needs three characters). It knows the CA of each name but cannot look
        // it up, so read at most a bounded number of its matches: when they run out, or enough of them belong to
        // the CA, that decides; otherwise (a name common in other CAs, rare in this one) scan this CA's names.
        const int examine = limit * 4;
        auto result =
            sql::run(*database,
                     QStringLiteral("SELECT rowid, ca_id FROM device_name_search WHERE device_name GLOB ? "
                                    "LIMIT %1")
                         .arg(examine + 1),
                     {substringGlob(text)}, DeviceCertificateModel::tr("Could not read the device certificates."));
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
            if (m_onError)
                m_onError(result.error());
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
        m_textMatch->byIds = true;
        m_textMatch->idCount = ids.size();
        m_textMatch->idsJson = jsonArray(ids);
    }
    return *m_textMatch;
}

qint64 DeviceCertificateQuery::totalCount() const
{
    if (!m_totalCount) {
        m_totalCount = countMatches();
    }
    return *m_totalCount;
}

qint64 DeviceCertificateQuery::countMatches() const
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
        return countOf(m_onError, *database,
                       QStringLiteral("SELECT COUNT(*) FROM json_each(?) AS m CROSS JOIN device_certificates AS d "
                                      "ON d.id = m.value")
                           + base.where(),
                       QVariantList {match.idsJson} + base.values);
    }
    if (!m_filter.productKey.isEmpty()) {
        Condition condition = base;
        const Condition text = textScanCondition(m_filter.text);
        condition.add(text.parts.constFirst(), text.values);
        return countOf(m_onError, *database,
                       QStringLiteral("SELECT COUNT(*) FROM device_certificates AS d") + condition.where(),
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
        total += countOf(m_onError, *database, QStringLiteral("SELECT COUNT(*) FROM (%1) AS range_ids").arg(rangeIds),
                         values);
        excluded << rangeIds;
        excludedValues << values;
    }
    QString names = QStringLiteral("SELECT COUNT(*) FROM device_certificates AS d WHERE %1instr(d.device_name, ?) > 0")
                        .arg(caPrefix);
    if (!excluded.isEmpty()) {
        names += QStringLiteral(" AND d.id NOT IN (%1)").arg(excluded.join(QStringLiteral(" UNION ALL ")));
    }
    return total + countOf(m_onError, *database, names, ca.values + QVariantList {m_filter.text} + excludedValues);
}

QList<DeviceCertificateQuery::Row> DeviceCertificateQuery::fetch(const Row* after, int limit, const Row* upTo,
                                                                 qint64 newerThan, const QList<qint64>* onlyIds) const
{
    QList<Row> rows;
    if (!m_workspace || m_filter.caId < 0 || (onlyIds && onlyIds->isEmpty())) {
        return rows;
    }
    QString from = QStringLiteral("device_certificates AS d");
    QVariantList fromValues;
    Condition condition = baseCondition(m_filter);
    if (onlyIds) {
        // Listed rows (the ones that changed): the text is checked on them row by row, which matches exactly the
        // candidates textMatch() would collect, without collecting them.
        if (!m_filter.text.isEmpty()) {
            const Condition text = textScanCondition(m_filter.text);
            condition.add(text.parts.constFirst(), text.values);
        }
        if (after || upTo) {
            // Bounded: walk the sort order's index over the range and read only the listed rows in it, so a change
            // of many rows costs what falls into the range.
            condition.add(QStringLiteral("d.id IN (SELECT value FROM json_each(?))"), {jsonArray(*onlyIds)});
        } else {
            from = QStringLiteral("json_each(?) AS c CROSS JOIN device_certificates AS d ON d.id = c.value");
            fromValues << jsonArray(*onlyIds);
        }
    } else if (!m_filter.text.isEmpty()) {
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
    // Superseded: answered per row of the page by the UNIQUE (product_key, device_name, generation) index.
    QString statement = QStringLiteral("SELECT d.id, d.ca_id, d.serial_hex, d.product_key, d.device_name, d.status, "
                                       "d.not_after, d.exported_path, d.platform_state, d.differs_from_platform, "
                                       "CASE WHEN %1 THEN 1 ELSE 0 END FROM ")
                            .arg(DeviceCertificateHistory::supersededCondition(QStringLiteral("d")))
        + from + condition.where();
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    statement += QStringLiteral(" ORDER BY %1 %2, d.id %2").arg(column, direction);
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    }
    auto result = sql::run(*database, sql::translate(*database, statement), fromValues + condition.values,
                           DeviceCertificateModel::tr("Could not read the device certificates."));
    if (!result) {
        if (m_onError)
            m_onError(result.error());
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
        const QString platformStateName = result->value(8).toString();
        row.platformState = platformDeviceStateFromName(platformStateName);
        row.differsFromPlatform = result->value(9).toInt() != 0;
        row.superseded = result->value(10).toInt() != 0;
        switch (m_sortColumn) {
        case DeviceCertificateModel::Platform:
            row.sortKey = platformStateName;
            break;
        case DeviceCertificateModel::Product:
            row.sortKey = row.productKey;
            break;
        case DeviceCertificateModel::Device:
            row.sortKey = row.deviceName;
            break;
        case DeviceCertificateModel::Status:
            // The name as stored; a known one as the shared literal.
            row.sortKey = knownStatus ? deviceCertificateStatusName(row.status) : statusName;
            break;
        case DeviceCertificateModel::NotAfter:
            row.sortKey = notAfter.toLongLong();
            break;
        case DeviceCertificateModel::Serial:
        default:
            row.sortKey = row.serialHex;
            break;
        }
        rows.append(row);
    }
    return rows;
}

qint64 DeviceCertificateQuery::highestId() const
{
    if (!m_workspace) {
        return -1;
    }
    auto database = m_workspace->connection();
    if (!database) {
        return -1;
    }
    auto result = sql::run(*database, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM device_certificates"), {},
                           DeviceCertificateModel::tr("Could not read the device certificates."));
    return result && result->next() ? result->value(0).toLongLong() : -1;
}

bool DeviceCertificateQuery::sortsBefore(const Row& left, const Row& right) const
{
    int order = compareKeys(left.sortKey, right.sortKey);
    if (order == 0) {
        order = left.id < right.id ? -1 : (left.id > right.id ? 1 : 0);
    }
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

} // namespace iotca::model
