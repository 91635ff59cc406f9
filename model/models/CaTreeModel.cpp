#include "CaTreeModel.h"

#include "crypto/Certificate.h"
#include "model/ca/CaChain.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Workspace.h"

#include <QSet>

namespace iotca::model {

CaTreeModel::CaTreeModel(CaListModel* source, QObject* parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &CaTreeModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            build();
            endResetModel();
        });
        const auto rebuild = [this] { rebuildAsLayoutChange(); };
        connect(m_source, &QAbstractItemModel::rowsInserted, this, rebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, rebuild);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, rebuild);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, rebuild);
        // A renewal, a revocation or a new parent change a CA's row in place; statuses change only data.
        connect(m_source, &QAbstractItemModel::dataChanged, this, rebuild);
    }
    build();
}

CaTreeModel::~CaTreeModel() = default;

void CaTreeModel::build()
{
    m_nodes.clear();
    m_roots.clear();
    Workspace* workspace = m_source ? m_source->workspace() : nullptr;
    if (!m_source || !workspace)
        return;
    auto cas = workspace->cas().list();
    if (!cas)
        return;
    QHash<qint64, CaRecord> records;
    for (const CaRecord& ca : std::as_const(*cas))
        records.insert(ca.id, ca);
    QList<qint64> order;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const qint64 id = m_source->caId(m_source->index(row, 0));
        const auto record = records.constFind(id);
        if (record == records.cend())
            continue;
        Node node;
        node.sourceRow = row;
        node.notAfter = record->notAfter;
        node.parentId = record->parentCaId;
        if (node.parentId == 0 || !records.contains(node.parentId)) {
            node.parentId = 0;
            auto certificate = crypto::Certificate::fromDer(record->certificateDer);
            if (certificate && !certificate->isSelfSigned()) {
                node.parentId = CaChain::issuerIdInWorkspace(*workspace, *certificate).valueOr(0);
                node.issuerMissing = node.parentId == 0;
            }
        }
        if (node.parentId > 0) {
            RevocationRepository revocations(*workspace);
            const auto revocation = revocations.find(node.parentId, record->serialHex);
            node.revoked = revocation && revocation->has_value();
        }
        m_nodes.insert(id, node);
        order.append(id);
    }
    // A parent link that loops (a damaged workspace) would hide its CAs: such a CA is shown at the top instead.
    for (const qint64 id : std::as_const(order)) {
        QSet<qint64> seen {id};
        qint64 up = m_nodes.value(id).parentId;
        while (up > 0 && m_nodes.contains(up) && !seen.contains(up)) {
            seen.insert(up);
            up = m_nodes.value(up).parentId;
        }
        if (up > 0)
            m_nodes[id].parentId = 0;
    }
    for (const qint64 id : std::as_const(order)) {
        Node& node = m_nodes[id];
        QList<qint64>& siblings = node.parentId > 0 ? m_nodes[node.parentId].children : m_roots;
        node.row = static_cast<int>(siblings.size());
        siblings.append(id);
    }
}

void CaTreeModel::rebuildAsLayoutChange()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<qint64, int>> places;
    places.reserve(before.size());
    for (const QModelIndex& index : before)
        places.append({static_cast<qint64>(index.internalId()), index.column()});
    build();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [caId, column] : std::as_const(places))
        after.append(m_nodes.contains(caId) ? indexOfNode(caId, column) : QModelIndex());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

QModelIndex CaTreeModel::indexOfNode(qint64 caId, int column) const
{
    const auto node = m_nodes.constFind(caId);
    if (node == m_nodes.cend())
        return {};
    return createIndex(node->row, column, static_cast<quintptr>(caId));
}

QModelIndex CaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<qint64>* siblings = &m_roots;
    if (parent.isValid()) {
        const auto node = m_nodes.constFind(static_cast<qint64>(parent.internalId()));
        if (node == m_nodes.cend())
            return {};
        siblings = &node->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings->at(row)));
}

QModelIndex CaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const auto node = m_nodes.constFind(static_cast<qint64>(child.internalId()));
    if (node == m_nodes.cend() || node->parentId == 0)
        return {};
    return indexOfNode(node->parentId, 0);
}

int CaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const auto node = m_nodes.constFind(static_cast<qint64>(parent.internalId()));
    return node == m_nodes.cend() ? 0 : static_cast<int>(node->children.size());
}

int CaTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

CertificateLifeState CaTreeModel::lifeState(const Node& node) const
{
    return CertificateLifeStates::of(node.notAfter, node.revoked, m_warningDays);
}

QVariant CaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const auto found = m_nodes.constFind(static_cast<qint64>(index.internalId()));
    if (found == m_nodes.cend())
        return {};
    const Node& node = *found;
    switch (role) {
    case IssuerMissingRole:
        return node.issuerMissing;
    case LifeStateRole:
        return QVariant::fromValue(lifeState(node));
    case ParentIdRole:
        return node.parentId;
    default:
        break;
    }
    if (index.column() == Validity) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return m_source->index(node.sourceRow, 0).data(role);
        QString text = CertificateLifeStates::displayText(lifeState(node), node.notAfter);
        if (node.issuerMissing)
            //: Appended to a CA's validity state: %1 is the state ("Valid")
            text = tr("%1; issuer not in workspace").arg(text);
        return text;
    }
    if (index.column() == CaListModel::Name && role == Qt::ToolTipRole && node.issuerMissing)
        //: Tooltip of a CA whose issuing CA is not in the workspace; %1 is the CA's subject
        return tr("Issuer not in workspace: the CA that signed this certificate (%1) is kept elsewhere.")
            .arg(m_source->index(node.sourceRow, CaListModel::SubjectCommonName).data(Qt::ToolTipRole).toString());
    return m_source->index(node.sourceRow, index.column()).data(role);
}

QVariant CaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == Validity && role == Qt::DisplayRole)
        //: Column header: valid, expiring, expired or revoked
        return tr("Validity");
    if (m_source && section < CaListModel::ColumnCount)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> CaTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = m_source ? m_source->roleNames() : QAbstractItemModel::roleNames();
    names.insert(IssuerMissingRole, QByteArrayLiteral("issuerMissing"));
    names.insert(LifeStateRole, QByteArrayLiteral("lifeState"));
    names.insert(ParentIdRole, QByteArrayLiteral("parentId"));
    return names;
}

QModelIndex CaTreeModel::indexOfCa(qint64 caId) const
{
    return indexOfNode(caId, 0);
}

void CaTreeModel::setWarningDays(int days)
{
    if (days == m_warningDays)
        return;
    m_warningDays = days;
    if (!m_roots.isEmpty())
        rebuildAsLayoutChange();
}

} // namespace iotca::model
