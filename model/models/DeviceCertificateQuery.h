#pragma once

#include "crypto/Error.h"

#include "DeviceCertificateFilter.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QList>
#include <QPointer>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace iotca::model {

class Workspace;

namespace detail {

/// One row of DeviceCertificateModel as DeviceCertificateQuery reads it (private to the two; outside the classes
/// only so that Qt can be told the type is relocatable).
struct DeviceCertificateRow
{
    qint64 id = 0;
    qint64 caId = 0;
    QString serialHex;
    QString productKey;
    QString deviceName;
    DeviceCertificateStatus status = DeviceCertificateStatus::Issued;
    QDateTime notAfter;
    QString exportedPath;
    /// What the platform said at the last read-back, and whether that disagrees with `status` (schema step 7).
    PlatformDeviceState platformState = PlatformDeviceState::Unread;
    bool differsFromPlatform = false;
    /// A newer, unrevoked certificate of the same device exists (a re-issue: DeviceCertificateHistory).
    bool superseded = false;
    /// The value of the sort column as stored, for the keyset condition.
    QVariant sortKey;

    [[nodiscard]] bool sameContent(const DeviceCertificateRow& other) const;
};

} // namespace detail

/// How DeviceCertificateModel's filter and sort become SQL: keyset pages in the sort order, the count of all
/// matches, and the order itself for merging rows read at different times.
///
/// The text filter (serial prefix, or part of the device name) is answered from indexes: the candidates' ids come
/// from the serial indexes and the device-name trigram index (schema 4); when they are few, pages are read by id,
/// and when they are many (a dense match), by walking the sort order, which then finds a page of matches soon.
/// Which of the two is decided once per filter and change of the data, and kept until forgetResults().
class DeviceCertificateQuery
{
public:
    using Row = detail::DeviceCertificateRow;

    /// Told every read that failed (the query then answers with what it has: fewer rows, a count of 0).
    using ErrorHandler = std::function<void(const Error&)>;

    explicit DeviceCertificateQuery(Workspace* workspace);
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    [[nodiscard]] const DeviceCertificateFilter& filter() const { return m_filter; }
    void setFilter(const DeviceCertificateFilter& filter);
    /// A DeviceCertificateModel::Column.
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSort(int column, Qt::SortOrder order);
    /// See DeviceCertificateModel::indexedSearchThreshold().
    [[nodiscard]] qint64 indexedSearchThreshold() const { return m_indexedSearchThreshold; }
    void setIndexedSearchThreshold(qint64 rows);

    /// Drops what was worked out for the current filter (the text match and the count): the data changed.
    void forgetResults();

    /// Fetches up to `limit` rows (all when negative) after `after` (or from the start when null), or every row up
    /// to and including `upTo` when it is set; only rows with an id above `newerThan` when it is not negative, and
    /// only the rows `onlyIds` when it is set (read by id, or along the sort order when a range bounds them).
    [[nodiscard]] QList<Row> fetch(const Row* after, int limit, const Row* upTo, qint64 newerThan = -1,
                                   const QList<qint64>* onlyIds = nullptr) const;
    /// How many certificates match the filter (kept until forgetResults()).
    [[nodiscard]] qint64 totalCount() const;
    /// The highest id in the table, whatever the filter; -1 when it cannot be read.
    [[nodiscard]] qint64 highestId() const;
    /// The query's order: the sort column's value, then the id.
    [[nodiscard]] bool sortsBefore(const Row& left, const Row& right) const;

    /// Certificates the CA and product filters leave, the text filter aside (no scan without a product filter).
    [[nodiscard]] qint64 population() const;

private:
    /// How the text filter is answered: from a list of candidate ids, or row by row along the sort order.
    struct TextMatch
    {
        bool byIds = false;
        qint64 idCount = 0;
        /// The candidates' ids as a JSON array, for json_each().
        QString idsJson;
    };

    /// Resolves the text filter once per filter and change (m_textMatch).
    [[nodiscard]] const TextMatch& textMatch() const;
    [[nodiscard]] qint64 countMatches() const;

    QPointer<Workspace> m_workspace;
    DeviceCertificateFilter m_filter;
    int m_sortColumn = 0; // DeviceCertificateModel::Serial
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_indexedSearchThreshold = 65'536;
    /// Caches for the current filter and data.
    mutable std::optional<TextMatch> m_textMatch;
    mutable std::optional<qint64> m_totalCount;
    ErrorHandler m_onError;
};

} // namespace iotca::model

// Rows hold only relocatable Qt values: a growing list of half a million of them moves by memcpy, not row by row.
Q_DECLARE_TYPEINFO(iotca::model::detail::DeviceCertificateRow, Q_RELOCATABLE_TYPE);
