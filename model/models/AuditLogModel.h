#pragma once

#include "crypto/Error.h"
#include "model/audit/AuditEntry.h"
#include "model/audit/AuditEntryText.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace iotca::model {

class Workspace;

/// The audit trail, oldest first, fetched lazily in pages. Each Workspace::auditAppended() inserts exactly one row
/// at the end (once everything before it has been fetched). It reads as a log a person audits: local time, the
/// action and its object in words (the CA's name, not its id), and a one-line summary; the JSON is in DetailsJsonRole.
/// A page that cannot be read is reported through loadFailed(), never passed over in silence.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Action, Object, Summary, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        /// The stable action name ("ca.created"), whatever the column.
        ActionRole,
        /// QVariantMap of the details.
        DetailsRole,
        /// Hex of the entry's chain hash.
        HashRole,
        /// QDateTime (UTC).
        TimeRole,
        /// The CA the entry concerns (qint64, 0: none).
        CaIdRole,
        /// The details as indented JSON.
        DetailsJsonRole,
        /// The stored object type and id ("ca", "2").
        ObjectTypeRole,
        ObjectIdRole,
    };
    Q_ENUM(Role)

    explicit AuditLogModel(Workspace* workspace, QObject* parent = nullptr);
    ~AuditLogModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Translated text for an action name ("ca.created" -> "CA created"); the name itself when unknown.
    [[nodiscard]] static QString actionDisplayName(const QString& action);

    /// Reads everything again (a reset), the names of CAs and accounts included.
    void reload();
    /// Fetches every page still unread (for filters and export, which must see the whole log).
    void fetchAll();
    /// Appends the entries written after the last one shown, by this session or another (a team workspace's other
    /// operators, WorkspaceChangeWatcher): rows are inserted at the end, never reset, so the selection and the scroll
    /// position stay. Nothing while pages are still unread (they come with fetchMore()).
    void appendNew();
    /// The last read failure, empty message when none.
    [[nodiscard]] Error lastError() const { return m_lastError; }

Q_SIGNALS:
    /// Entries could not be read; the rows shown so far stay.
    void loadFailed(const iotca::Error& error);

private:
    void onAuditAppended(qint64 entryId);
    void loadNames();
    void reportFailure(const Error& error);

    QPointer<Workspace> m_workspace;
    QList<AuditEntry> m_entries;
    AuditEntryText m_text;
    Error m_lastError;
    int m_batchSize = 500;
    bool m_atEnd = false;
    /// Set while the model changes (between begin* and end*): views and QAbstractItemModelTester may ask for more
    /// rows from inside the change signals, and fetching then would nest one change in another.
    bool m_changing = false;
};

} // namespace iotca::model
