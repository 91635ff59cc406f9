#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/ca/NewCaParameters.h"
#include "model/models/CaListModel.h"
#include "model/models/CaTreeModel.h"
#include "model/models/CertificateLifeState.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/RevocationRepository.h"
#include "model/workspace/Workspace.h"
#include "tests/support/TestWorkspaces.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace iotca;
using model::CaTreeModel;
using model::CertificateLifeState;

/// CaTreeModel over a real workspace: each CA under its issuer, checked by QAbstractItemModelTester (fatal) while CAs
/// come and go, with persistent indexes following their CA through every rebuild; the validity state per CA.
class TestCaTreeModel : public QObject
{
    Q_OBJECT

    static crypto::SecureBuffer secret() { return crypto::SecureBuffer::fromString(QStringLiteral("tree-Pass-1")); }

    static model::NewCaParameters parameters(const QString& name, int days)
    {
        model::NewCaParameters result;
        result.name = name;
        result.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1").arg(name)).value();
        result.algorithm = crypto::KeyAlgorithm::EcP256;
        result.validityDays = days;
        return result;
    }

    qint64 root(const QString& name, int days = 365)
    {
        return model::CaCreator::createRoot(*m_workspace, parameters(name, days), secret()).value();
    }

    qint64 intermediate(const QString& name, qint64 parent)
    {
        const auto key = model::CaKeyAccess::unlock(*m_workspace, parent, secret()).value();
        return model::CaCreator::createIntermediate(*m_workspace, parameters(name, 100), secret(), parent, key).value();
    }

    static QString nameAt(const QModelIndex& index) { return index.data(model::CaListModel::NameRole).toString(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace =
            std::move(model::Workspace::open(m_workspaces.location(m_dir->filePath(QStringLiteral("ws"))))).value();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_workspaces.dropAll();
        m_dir.reset();
    }

    void childrenSitUnderTheirIssuer()
    {
        model::CaListModel list(m_workspace.get());
        CaTreeModel tree(&list);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);

        const qint64 fleet = root(QStringLiteral("Fleet Root"));
        const qint64 issuing = intermediate(QStringLiteral("Fleet Issuing"), fleet);
        const qint64 lab = root(QStringLiteral("Lab Root"), 10);
        QCOMPARE(tree.rowCount(), 2);
        QCOMPARE(tree.columnCount(), int(CaTreeModel::ColumnCount));
        const QModelIndex fleetIndex = tree.indexOfCa(fleet);
        QCOMPARE(nameAt(fleetIndex), QStringLiteral("Fleet Root"));
        QCOMPARE(tree.rowCount(fleetIndex), 1);
        const QPersistentModelIndex issuingIndex = tree.indexOfCa(issuing);
        QCOMPARE(issuingIndex.parent(), fleetIndex);
        QCOMPARE(issuingIndex.data(CaTreeModel::ParentIdRole).toLongLong(), fleet);
        QVERIFY(!issuingIndex.data(CaTreeModel::IssuerMissingRole).toBool());
        QCOMPARE(tree.indexOfCa(lab).data(CaTreeModel::LifeStateRole).value<CertificateLifeState>(),
                 CertificateLifeState::Expiring);
        QCOMPARE(issuingIndex.data(CaTreeModel::LifeStateRole).value<CertificateLifeState>(),
                 CertificateLifeState::Valid);

        // A second intermediate under the lab root: the persistent index of the first follows it.
        const qint64 labIssuing = intermediate(QStringLiteral("A Lab Issuing"), lab);
        QCOMPARE(tree.rowCount(), 2);
        QCOMPARE(tree.rowCount(tree.indexOfCa(lab)), 1);
        QVERIFY(issuingIndex.isValid());
        QCOMPARE(nameAt(issuingIndex), QStringLiteral("Fleet Issuing"));

        // Revoked by its issuer: shown so, in place.
        model::RevocationRepository revocations(*m_workspace);
        QVERIFY(revocations
                    .revoke(fleet, {m_workspace->cas().get(issuing).value().serialHex},
                            crypto::RevocationReason::CessationOfOperation)
                    .ok());
        QCOMPARE(issuingIndex.data(CaTreeModel::LifeStateRole).value<CertificateLifeState>(),
                 CertificateLifeState::Revoked);
        QCOMPARE(tree.index(issuingIndex.row(), CaTreeModel::Validity, issuingIndex.parent()).data().toString(),
                 QStringLiteral("Revoked"));

        // Fewer warning days: the lab root is simply valid.
        tree.setWarningDays(5);
        QCOMPARE(tree.indexOfCa(lab).data(CaTreeModel::LifeStateRole).value<CertificateLifeState>(),
                 CertificateLifeState::Valid);

        // A CA goes: its persistent index is dropped, the others stay.
        QVERIFY(m_workspace->cas().remove(labIssuing).ok());
        QCOMPARE(tree.rowCount(tree.indexOfCa(lab)), 0);
        QVERIFY(!tree.indexOfCa(labIssuing).isValid());
        QCOMPARE(nameAt(issuingIndex), QStringLiteral("Fleet Issuing"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<model::Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestCaTreeModel)
#include "TestCaTreeModel.moc"
