#pragma once

#include "DeviceCertificateFilter.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <optional>

namespace iotca::model {

class Workspace;

namespace detail {

/// One fetched row of DeviceCertificateModel (private to it; outside the class only so that Qt can be told the
/// type is relocatable).
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
    /// The value of the sort column as stored, for the keyset condition.
    QVariant sortKey;

    [[nodiscard]] bool sameContent(const DeviceCertificateRow& other) const;
};

} // namespace detail

/// The device certificates of a workspace, filtered and sorted IN SQL and fetched lazily in pages (keyset
/// pagination through canFetchMore()/fetchMore()), so a million rows cost one indexed query per page and memory for
/// the pages fetched (about 380 bytes a row) only. rowCount() is the number of rows fetched so far; totalCount() asks
/// the database for all matches (once per filter and change: the answer is kept until the next reset or change).
///
/// The text filter (serial prefix, or part of the device name) is answered from indexes: the candidates' ids come
/// from the serial indexes and the device-name trigram index (schema 4); when they are few, pages are read by id,
/// and when they are many (a dense match), by walking the sort order, which then finds a page of matches soon.
///
/// Follows the workspace: when a CA's certificates change, the rows fetched so far are read again and compared, and
/// exactly the rows that appeared, disappeared or changed are signalled (rowsInserted / rowsRemoved / dataChanged);
/// when certificates are only added, just the new ones are read and inserted where they sort. setFilter() and
/// sort() reset the model (the whole set changes).
class DeviceCertificateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Serial, Product, Device, Status, NotAfter, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        CaIdRole,
        /// DeviceCertificateStatus
        StatusRole,
        /// Normalised upper-case serial, whatever the column.
        SerialRole,
        /// Where the files were exported; empty when never exported.
        ExportedPathRole,
        /// QDateTime of the end of validity, whatever the column.
        NotAfterRole,
    };
    Q_ENUM(Role)

    explicit DeviceCertificateModel(Workspace* workspace, QObject* parent = nullptr);
    ~DeviceCertificateModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sorting happens in the database; resets the model.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] DeviceCertificateFilter filter() const { return m_filter; }
    /// Resets the model when the filter changes.
    void setFilter(const DeviceCertificateFilter& filter);
    void setCaFilter(qint64 caId);
    void setProductFilter(const QString& productKey);
    void setTextFilter(const QString& text);

    /// Above this many certificates in the CA (and product) filtered on, "part of the device name" is looked up in
    /// the trigram index; up to it, the CA's names are scanned on their index, which costs a few milliseconds and
    /// does not depend on other CAs (default 65,536; tests lower it to reach the index).
    [[nodiscard]] qint64 indexedSearchThreshold() const { return m_indexedSearchThreshold; }
    void setIndexedSearchThreshold(qint64 rows);

    /// Rows per fetchMore() (default 256).
    [[nodiscard]] int batchSize() const { return m_batchSize; }
    void setBatchSize(int rows);

    /// How many certificates match the filter in the database (kept until the next reset or change).
    [[nodiscard]] qint64 totalCount() const;
    [[nodiscard]] qint64 certificateId(const QModelIndex& index) const;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Reads everything again (a reset).
    void reload();

private:
    using Row = detail::DeviceCertificateRow;

    /// How the text filter is answered: from a list of candidate ids, or row by row along the sort order.
    struct TextMatch
    {
        bool byIds = false;
        qint64 idCount = 0;
        /// The candidates' ids as a JSON array, for json_each().
        QString idsJson;
    };

    void onDevicesChanged(qint64 caId);
    /// Certificates were only added: inserts the new ones that fall into the range shown.
    void onDevicesAdded(qint64 caId);
    [[nodiscard]] qint64 currentMaxId() const;
    /// The model's order: the sort column's value, then the id.
    [[nodiscard]] bool sortsBefore(const Row& left, const Row& right) const;
    /// Certificates the CA and product filters leave (no scan without a product filter).
    [[nodiscard]] qint64 population() const;
    /// Resolves the text filter once per filter and change (m_textMatch).
    [[nodiscard]] const TextMatch& textMatch() const;
    [[nodiscard]] qint64 countMatches() const;
    /// Fetches up to `limit` rows after `after` (or from the start when null), or every row up to and including
    /// `upTo` when it is set; only rows with an id above `newerThan` when it is not negative.
    [[nodiscard]] QList<Row> query(const Row* after, int limit, const Row* upTo, qint64 newerThan = -1) const;
    void reconcile();

    QPointer<Workspace> m_workspace;
    DeviceCertificateFilter m_filter;
    int m_sortColumn = Serial;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_batchSize = 256;
    qint64 m_indexedSearchThreshold = 65'536;
    QList<Row> m_rows;
    bool m_atEnd = false;
    /// Caches for the current filter and data, cleared on reset and on every change of the shown certificates.
    mutable std::optional<TextMatch> m_textMatch;
    mutable std::optional<qint64> m_totalCount;
    /// The highest id in the table when the rows shown were last read in full (or the last addition merged).
    qint64 m_maxId = -1;
    /// Set while the model changes (between begin* and end*): views and QAbstractItemModelTester may ask for more
    /// rows from inside the change signals, and fetching then would nest one change in another.
    bool m_changing = false;
};

} // namespace iotca::model

// Rows hold only relocatable Qt values: a growing list of half a million of them moves by memcpy, not row by row.
Q_DECLARE_TYPEINFO(iotca::model::detail::DeviceCertificateRow, Q_RELOCATABLE_TYPE);
