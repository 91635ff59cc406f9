#pragma once

#include "DeviceCertificateFilter.h"
#include "model/workspace/DeviceCertificateRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QVariant>

namespace iotca::model {

class Workspace;

/// The device certificates of a workspace, filtered and sorted IN SQL and fetched lazily in pages (keyset
/// pagination through canFetchMore()/fetchMore()), so a million rows cost one page of memory and one indexed query
/// per page. rowCount() is the number of rows fetched so far; totalCount() asks the database for all matches.
///
/// Follows the workspace: when a CA's certificates are added or changed, the rows fetched so far are read again and
/// compared, and exactly the rows that appeared, disappeared or changed are signalled (rowsInserted / rowsRemoved /
/// dataChanged). setFilter() and sort() reset the model (the whole set changes).
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

    /// Rows per fetchMore() (default 256).
    [[nodiscard]] int batchSize() const { return m_batchSize; }
    void setBatchSize(int rows);

    /// How many certificates match the filter in the database (one COUNT query).
    [[nodiscard]] qint64 totalCount() const;
    [[nodiscard]] qint64 certificateId(const QModelIndex& index) const;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Reads everything again (a reset).
    void reload();

private:
    struct Row
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

        [[nodiscard]] bool sameContent(const Row& other) const;
    };

    void onDevicesChanged(qint64 caId);
    /// Fetches up to `limit` rows after `after` (or from the start when null), or every row up to and including
    /// `upTo` when it is set.
    [[nodiscard]] QList<Row> query(const Row* after, int limit, const Row* upTo) const;
    void reconcile();

    QPointer<Workspace> m_workspace;
    DeviceCertificateFilter m_filter;
    int m_sortColumn = Serial;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_batchSize = 256;
    QList<Row> m_rows;
    bool m_atEnd = false;
    /// Set while the model changes (between begin* and end*): views and QAbstractItemModelTester may ask for more
    /// rows from inside the change signals, and fetching then would nest one change in another.
    bool m_changing = false;
};

} // namespace iotca::model
