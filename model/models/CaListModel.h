#pragma once

#include "crypto/Error.h"
#include "model/workspace/CaRecord.h"
#include "model/workspace/CaRegistrationRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace iotca::model {

class Workspace;

/// The CAs of a workspace, one row each, ordered by name. QtCore only; ui/ turns StatusRole into icons.
///
/// Follows the workspace: caAdded / caRemoved insert and remove exactly one row, caChanged and registrationChanged
/// emit dataChanged for that row (or move it when a rename changes its place), accountsChanged refreshes the
/// status summaries. Only a reload() resets the model.
class CaListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, SubjectCommonName, Serial, KeyAlgorithm, NotAfter, Status, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        /// QVariantMap: account name -> registration status name ("Activated", ...), for every registration.
        RegistrationsRole,
        /// The CA's overall status as a RegistrationStatus when registered anywhere (Activated wins over
        /// Inactivated), else an invalid QVariant (not registered).
        StatusRole,
        /// QDateTime of the certificate's end of validity (for sorting and colouring, whatever the column).
        NotAfterRole,
        /// The CA's name (whatever the column).
        NameRole,
    };
    Q_ENUM(Role)

    explicit CaListModel(Workspace* workspace, QObject* parent = nullptr);
    ~CaListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The CA id of `index`'s row, 0 for an invalid index.
    [[nodiscard]] qint64 caId(const QModelIndex& index) const;
    /// The first-column index of the CA, invalid when it is not listed.
    [[nodiscard]] QModelIndex indexOfCa(qint64 caId) const;

    /// Reads everything again (a reset).
    void reload();
    /// Reads every CA again row by row (inserted, moved, changed, removed; no reset, so a view keeps its selection):
    /// after another session changed the workspace (WorkspaceChangeWatcher).
    void refresh();

    /// The workspace listed (null when none, or when it is gone).
    [[nodiscard]] Workspace* workspace() const;

Q_SIGNALS:
    /// A read failed: the list may lack CAs, or say "Unknown" where registrations could not be read. The window
    /// shows the error; nothing is passed over in silence.
    void loadFailed(const iotca::Error& error);

private:
    struct Row
    {
        CaRecord ca;
        QString commonName;
        QList<CaRegistrationRecord> registrations;
        /// The registrations could not be read: the status is unknown, not "Not registered".
        bool registrationsUnknown = false;
    };

    void onCaAdded(qint64 caId);
    void onCaChanged(qint64 caId);
    void onCaRemoved(qint64 caId);
    void onRegistrationChanged(qint64 caId);
    void onAccountsChanged();
    [[nodiscard]] bool loadRow(qint64 caId, Row* row);
    /// Reports `error` through loadFailed() once the model is consistent again (not between begin* and end*).
    void reportLater(const Error& error);
    [[nodiscard]] int rowOf(qint64 caId) const;
    [[nodiscard]] QString statusSummary(const Row& row) const;

    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
    QHash<qint64, QString> m_accountNames;
};

} // namespace iotca::model
