#pragma once

#include "DeviceCertificateQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace iotca::model {

class Workspace;

/// The device certificates of a workspace, filtered and sorted IN SQL and fetched lazily in pages (keyset
/// pagination through canFetchMore()/fetchMore()), so a million rows cost one indexed query per page and memory for
/// the pages fetched (about 380 bytes a row) only. rowCount() is the number of rows fetched so far; totalCount() asks
/// the database for all matches (once per filter and change: the answer is kept until the next reset or change).
///
/// The SQL (filter, sort order, pages, count) is DeviceCertificateQuery's; this class keeps the rows fetched and
/// tells views how they change.
///
/// Follows the workspace and signals exactly the rows that appeared, disappeared or changed (rowsInserted /
/// rowsRemoved / dataChanged), reading as little as it can: when certificates are added, just the new ones, inserted
/// where they sort; when listed certificates change or go, just those of them that are or come into the range
/// fetched (a changed status moves rows only when sorted by status). Only a change of a whole CA (no list) reads the
/// range fetched again and compares. setFilter() and sort() reset the model (the whole set changes).
class DeviceCertificateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Platform: what the platform said at the last read-back; "Differs: ..." (and a colour) where that disagrees
    /// with the record.
    enum Column { Serial, Product, Device, Status, NotAfter, Platform, ColumnCount };
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
        /// PlatformDeviceState at the last read-back.
        PlatformStateRole,
        /// bool: the record disagrees with what the platform said.
        DiffersFromPlatformRole,
        /// bool: a newer, unrevoked certificate of the same device replaces this one (a re-issue).
        SupersededRole,
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

    [[nodiscard]] DeviceCertificateFilter filter() const { return m_query.filter(); }
    /// Resets the model when the filter changes.
    void setFilter(const DeviceCertificateFilter& filter);
    void setCaFilter(qint64 caId);
    void setProductFilter(const QString& productKey);
    void setTextFilter(const QString& text);

    /// Above this many certificates in the CA (and product) filtered on, "part of the device name" is looked up in
    /// the trigram index; up to it, the CA's names are scanned on their index, which costs a few milliseconds and
    /// does not depend on other CAs (default 65,536; tests lower it to reach the index).
    [[nodiscard]] qint64 indexedSearchThreshold() const { return m_query.indexedSearchThreshold(); }
    void setIndexedSearchThreshold(qint64 rows);

    /// Rows per fetchMore() (default 256).
    [[nodiscard]] int batchSize() const { return m_batchSize; }
    void setBatchSize(int rows);

    /// How many certificates match the filter in the database (kept until the next reset or change).
    [[nodiscard]] qint64 totalCount() const;
    /// How many certificates the CA and product filters leave, the text filter aside ("10 of 10,000").
    [[nodiscard]] qint64 unfilteredCount() const;
    /// Fetches every remaining page, so the last row is loaded (Ctrl+End). One query per batchSize() rows.
    void fetchAll();
    [[nodiscard]] qint64 certificateId(const QModelIndex& index) const;
    [[nodiscard]] int sortColumn() const { return m_query.sortColumn(); }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }

    /// Reads everything again (a reset).
    void reload();
    /// Reads the range shown again and merges it (rows inserted, removed, changed; no reset, so a view keeps its
    /// selection and scroll position): after another session changed the workspace (WorkspaceChangeWatcher).
    void refresh();

    /// The workspace listed (null when none, or when it is gone).
    [[nodiscard]] Workspace* workspace() const;

Q_SIGNALS:
    /// A read failed; the rows shown may be incomplete (never passed over in silence: the window shows it).
    void loadFailed(const iotca::Error& error);

private:
    using Row = DeviceCertificateQuery::Row;

    /// `ids` empty: any of the CA's certificates may have changed.
    void onDevicesChanged(qint64 caId, const QList<qint64>& ids);
    /// Certificates were only added: inserts the new ones that fall into the range shown.
    void onDevicesAdded(qint64 caId);
    /// The certificates `ids` changed or were deleted: reads those that are, or now belong, in the range shown.
    void updateRows(const QList<qint64>& ids);
    /// Reads the whole range shown again and merges it.
    void reconcile();
    /// Inserts `fresh` (sorted, none of them shown) where they sort, one rowsInserted per run.
    void insertSorted(const QList<Row>& fresh);

    QPointer<Workspace> m_workspace;
    /// Its cached text match and count are forgotten on reset and on every change of the shown certificates.
    DeviceCertificateQuery m_query;
    int m_batchSize = 256;
    QList<Row> m_rows;
    bool m_atEnd = false;
    /// The highest id in the table when the rows shown were last read in full (or the last addition merged).
    qint64 m_maxId = -1;
    /// Set while the model changes (between begin* and end*): views and QAbstractItemModelTester may ask for more
    /// rows from inside the change signals, and fetching then would nest one change in another.
    bool m_changing = false;
};

} // namespace iotca::model
