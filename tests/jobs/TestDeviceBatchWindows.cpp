#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/jobs/DeviceNameRules.h"
#include "model/jobs/DeviceNameSequence.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"
#include "tests/support/JobRun.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace iotca;
using model::IssueDeviceCertificatesJob;

/// Issue 21, constant memory: the bulk job plans, signs, writes and commits its devices in bounded windows. A run of
/// many more devices than one window never holds more than DeviceBatchJob::heldDeviceLimit() of them at once (the
/// job's own count, so no memory is measured), and still issues, records and lists every one; the checks that need
/// the whole list (a name given twice, names taken in later windows) still see all of it.
class TestDeviceBatchWindows : public QObject
{
    Q_OBJECT

private:
    static constexpr int batchSize = 8;
    QTemporaryDir m_dir;
    test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    std::unique_ptr<model::Workspace> m_workspace;
    qint64 m_caId = 0;
    crypto::PrivateKey m_caKey;
    int m_run = 0;

    model::DeviceBatchParameters parameters()
    {
        ++m_run;
        model::DeviceBatchParameters parameters;
        parameters.caId = m_caId;
        parameters.productKey = QStringLiteral("a1Window%1").arg(m_run);
        parameters.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
        parameters.outputFolder = m_dir.filePath(QStringLiteral("out-%1").arg(m_run));
        parameters.csvPath = m_dir.filePath(QStringLiteral("devices-%1.csv").arg(m_run));
        parameters.threads = 2;
        parameters.batchSize = batchSize;
        return parameters;
    }

    static Status run(IssueDeviceCertificatesJob& job) { return test::runJob(job, 120000); }

    qint64 recordedCount(const QString& productKey) const
    {
        auto devices = m_workspace->devices().listForCa(m_caId);
        if (!devices)
            return -1;
        return std::count_if(devices->cbegin(), devices->cend(), [&](const model::DeviceCertificateRecord& device) {
            return device.productKey == productKey;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = model::Workspace::open(m_workspaces.location(m_dir.filePath(QStringLiteral("workspace"))));
        QVERIFY(workspace.ok());
        m_workspace = std::move(*workspace);
        model::NewCaParameters ca;
        ca.name = QStringLiteral("Window Root");
        ca.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=Window Root,O=IoT CA Desk tests"));
        ca.algorithm = crypto::KeyAlgorithm::EcP256;
        const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromString(QStringLiteral("window passphrase"));
        auto caId = model::CaCreator::createRoot(*m_workspace, ca, passphrase);
        QVERIFY(caId.ok());
        m_caId = *caId;
        auto key = model::CaKeyAccess::unlock(*m_workspace, m_caId, passphrase);
        QVERIFY(key.ok());
        m_caKey = std::move(*key);
    }

    void numberedNamesAreMadeOnDemand()
    {
        const auto names = model::DeviceNameSequence::numbered(QStringLiteral("dev-"), 1000);
        QCOMPARE(names.size(), 1000);
        QCOMPARE(names.at(0), QStringLiteral("dev-0001"));
        QCOMPARE(names.at(999), QStringLiteral("dev-1000"));
        QVERIFY(names.distinctByConstruction());
        // The same names DeviceNameRules::numberedNames() lists (the GUI and the ceremony use that one).
        const QStringList listed = model::DeviceNameRules::numberedNames(QStringLiteral("dev-"), 1000);
        QCOMPARE(listed.size(), 1000);
        QCOMPARE(listed.constFirst(), names.at(0));
        QCOMPARE(listed.at(537), names.at(537));
        QVERIFY(!model::DeviceNameSequence(listed).distinctByConstruction());
    }

    void filesModeHoldsOneWindowOfManyDevices()
    {
        constexpr int count = 1200; // 150 batches: a job that kept every device would hold all 1200
        const model::DeviceBatchParameters parameters = this->parameters();
        IssueDeviceCertificatesJob job(*m_workspace, parameters,
                                       model::DeviceNameSequence::numbered(QStringLiteral("files-"), count),
                                       crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status status = run(job);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(job.issued().size(), count);
        QCOMPARE(recordedCount(parameters.productKey), qint64(count));
        QCOMPARE(QDir(parameters.outputFolder).entryList(QDir::Files).size(), 2 * count);
        QCOMPARE(job.issued().constLast().deviceName, QStringLiteral("files-1200"));
        QCOMPARE(job.heldDeviceLimit(), qint64(model::DeviceBatchJob::batchesInFlight) * batchSize);
        QVERIFY(job.peakHeldDevices() > 0);
        QVERIFY2(job.peakHeldDevices() <= job.heldDeviceLimit(),
                 qPrintable(QStringLiteral("held %1 devices at once").arg(job.peakHeldDevices())));
    }

    void archiveModeHoldsOneWindowOfManyDevices()
    {
        constexpr int count = 1500;
        model::DeviceBatchParameters parameters = this->parameters();
        parameters.archivePath = m_dir.filePath(QStringLiteral("fleet-%1.zip").arg(m_run));
        IssueDeviceCertificatesJob job(*m_workspace, parameters,
                                       model::DeviceNameSequence::numbered(QStringLiteral("zip-"), count),
                                       crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status status = run(job);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(job.issuedCount(), qint64(count));
        QCOMPARE(recordedCount(parameters.productKey), qint64(count));
        QVERIFY(QFileInfo(parameters.archivePath).isFile());
        QVERIFY(job.peakHeldDevices() > 0);
        QVERIFY2(job.peakHeldDevices() <= job.heldDeviceLimit(),
                 qPrintable(QStringLiteral("held %1 devices at once").arg(job.peakHeldDevices())));
    }

    void aNameGivenTwiceInDifferentWindowsIsRefused()
    {
        // Windows of 4 * 8 = 32 names: the second "twice-0001" is in the fourth window.
        QStringList names = model::DeviceNameRules::numberedNames(QStringLiteral("twice-"), 100);
        names[99] = names.at(0);
        const model::DeviceBatchParameters parameters = this->parameters();
        const Status valid =
            IssueDeviceCertificatesJob::validate(*m_workspace, parameters, names, crypto::KeyAlgorithm::EcP256);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, QStringLiteral("DuplicateDeviceName"));
        QVERIFY(!QFileInfo::exists(parameters.outputFolder));
        QCOMPARE(recordedCount(parameters.productKey), 0);
    }

    void takenNamesAreCountedOverEveryWindow()
    {
        // Issue 3 devices far apart in the list, then ask for the whole list: refused, naming the first and counting
        // the others, nothing issued.
        const model::DeviceBatchParameters first = this->parameters();
        const auto all = model::DeviceNameSequence::numbered(QStringLiteral("taken-"), 200);
        IssueDeviceCertificatesJob some(*m_workspace, first, QStringList {all.at(5), all.at(90), all.at(180)},
                                        crypto::KeyAlgorithm::EcP256, m_caKey);
        QVERIFY(run(some).ok());
        model::DeviceBatchParameters again = first;
        again.outputFolder = m_dir.filePath(QStringLiteral("taken-again"));
        again.csvPath.clear();
        IssueDeviceCertificatesJob job(*m_workspace, again, all, crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status status = run(job);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("DeviceExists"));
        QVERIFY2(status.error().message.contains(all.at(5)) && status.error().message.contains(QLatin1String("2 more")),
                 qPrintable(status.error().message));
        QCOMPARE(recordedCount(first.productKey), 3);
        QVERIFY(QDir(again.outputFolder).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceBatchWindows)
#include "TestDeviceBatchWindows.moc"
