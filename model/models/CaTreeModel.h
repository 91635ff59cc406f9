#pragma once

#include "CaListModel.h"
#include "CertificateLifeState.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace iotca::model {

class Workspace;

/// The CAs of a workspace as a tree: each CA under its issuer (parent_ca_id, or for a CA imported before its issuer,
/// the workspace CA whose key signed it: CaChain::issuerIdInWorkspace), roots and CAs whose issuer is not in the
/// workspace at the top. A proxy over a CaListModel: the columns and roles of that model, plus a Validity column
/// (valid, expiring within warningDays(), expired, revoked by its issuer; "issuer not in workspace" when so).
///
/// The CAs of a workspace are few (dozens), so every change of the list model rebuilds the tree and reports it as
/// a layout change: selections and current indexes follow their CA (or are dropped with it).
class CaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Validity = CaListModel::ColumnCount, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// bool: the CA is not self-signed and its issuer is not in the workspace.
        IssuerMissingRole = CaListModel::NameRole + 16,
        /// CertificateLifeState
        LifeStateRole,
        /// The id of the issuing CA in the workspace, 0 for a top-level CA.
        ParentIdRole,
    };
    Q_ENUM(Role)

    explicit CaTreeModel(CaListModel* source, QObject* parent = nullptr);
    ~CaTreeModel() override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The first-column index of the CA, invalid when it is not listed.
    [[nodiscard]] QModelIndex indexOfCa(qint64 caId) const;

    /// Days before the end of validity from which a CA counts as expiring (default 30).
    [[nodiscard]] int warningDays() const { return m_warningDays; }
    void setWarningDays(int days);

private:
    struct Node
    {
        qint64 parentId = 0;
        int row = 0;
        int sourceRow = -1;
        QList<qint64> children;
        bool issuerMissing = false;
        bool revoked = false;
        QDateTime notAfter;
    };

    /// Reads the tree again from the source model and the workspace.
    void build();
    /// Rebuilds as a layout change, moving persistent indexes to their CA's new place.
    void rebuildAsLayoutChange();
    [[nodiscard]] QModelIndex indexOfNode(qint64 caId, int column) const;
    [[nodiscard]] CertificateLifeState lifeState(const Node& node) const;

    QPointer<CaListModel> m_source;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
    int m_warningDays = CertificateLifeStates::defaultWarningDays;
};

} // namespace iotca::model
