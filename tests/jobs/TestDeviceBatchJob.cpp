#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/jobs/IssueDeviceCertificatesJob.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"
#include "tests/support/JobRun.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace iotca;
using model::IssueDeviceCertificatesJob;

namespace {

constexpr int deviceCount = 50;
constexpr int batchSize = 7;

QStringList deviceNames()
{
    QStringList names;
    for (int i = 1; i <= deviceCount; ++i)
        names << QStringLiteral("device-%1").arg(i, 4, 10, QLatin1Char('0'));
    return names;
}

/// Data rows of the association CSV: device name -> CertSN.
QHash<QString, QString> csvRows(const QStringList& files)
{
    QHash<QString, QString> rows;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        file.readLine(); // header
        while (!file.atEnd()) {
            const QStringList fields = QString::fromUtf8(file.readLine().trimmed()).split(QLatin1Char(','));
            if (fields.size() == 3)
                rows.insert(fields.at(1), fields.at(2));
        }
    }
    return rows;
}

} // namespace

/// The bulk pipeline (DeviceBatchJob): batches computed on the pool and committed in order on the commit thread,
/// and what a success, a failure, a cancel and a destroyed job leave. In every case the workspace rows, the files
/// and the CSV rows describe the same devices.
class TestDeviceBatchJob : public QObject
{
    Q_OBJECT

private:
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
        parameters.productKey = QStringLiteral("a1Product%1").arg(m_run);
        parameters.profile = model::DeviceProfile(model::DeviceProfile::Id::ApsaraMq);
        parameters.outputFolder = m_dir.filePath(QStringLiteral("out-%1").arg(m_run));
        parameters.csvPath = m_dir.filePath(QStringLiteral("devices-%1.csv").arg(m_run));
        parameters.threads = 2;
        parameters.batchSize = batchSize;
        return parameters;
    }

    /// Runs the job to its end; `onProgress` may act on it (cancel, make trouble).
    static Status run(IssueDeviceCertificatesJob& job, const std::function<void(qint64)>& onProgress = {})
    {
        return test::runJob(job, 120000, onProgress);
    }

    /// The workspace's certificates of `productKey`: device name -> serial; nullopt when they cannot be read.
    std::optional<QHash<QString, QString>> recordedDevices(const QString& productKey)
    {
        auto devices = m_workspace->devices().listForCa(m_caId);
        if (!devices)
            return std::nullopt;
        QHash<QString, QString> recorded;
        for (const model::DeviceCertificateRecord& device : *devices) {
            if (device.productKey == productKey)
                recorded.insert(device.deviceName, device.serialHex);
        }
        return recorded;
    }

    /// Every recorded device of `productKey` has its two files, the certificate in the file is the recorded one,
    /// and the CSV lists exactly those devices with their serials; no other file is in the folder.
    void verifyConsistent(const model::DeviceBatchParameters& parameters, const QStringList& csvFiles,
                          qint64 expectedDevices)
    {
        const auto devices = recordedDevices(parameters.productKey);
        QVERIFY(devices);
        const QHash<QString, QString>& recorded = *devices;
        QCOMPARE(recorded.size(), expectedDevices);
        QCOMPARE(csvRows(csvFiles), recorded);

        QStringList expectedFiles;
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
            expectedFiles << it.key() + QStringLiteral(".crt") << it.key() + QStringLiteral(".key");
            QFile file(QDir(parameters.outputFolder).filePath(it.key() + QStringLiteral(".crt")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto certificate = crypto::Certificate::fromPem(file.readAll());
            QVERIFY(certificate.ok());
            QCOMPARE(certificate->serialNumberHex(), it.value());
        }
        QStringList present = QDir(parameters.outputFolder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        present.removeAll(QStringLiteral("conflict-marker"));
        present.sort();
        expectedFiles.sort();
        QCOMPARE(present, expectedFiles);
    }

    qint64 issuedAuditEntries(const QString& productKey)
    {
        auto entries = m_workspace->audit().entries();
        if (!entries)
            return -1;
        return std::count_if(entries->cbegin(), entries->cend(), [&](const model::AuditEntry& entry) {
            return entry.action == model::AuditAction::DevicesIssued
                && QJsonDocument(entry.details).toJson().contains(productKey.toUtf8());
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = model::Workspace::open(m_workspaces.location(m_dir.filePath(QStringLiteral("workspace"))));
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().message));
        m_workspace = std::move(*workspace);
        model::NewCaParameters ca;
        ca.name = QStringLiteral("Pipeline Root");
        ca.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=Pipeline Root,O=IoT CA Desk tests"));
        ca.algorithm = crypto::KeyAlgorithm::EcP256;
        const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromString(QStringLiteral("pipeline passphrase"));
        auto caId = model::CaCreator::createRoot(*m_workspace, ca, passphrase);
        QVERIFY(caId.ok());
        m_caId = *caId;
        auto key = model::CaKeyAccess::unlock(*m_workspace, m_caId, passphrase);
        QVERIFY(key.ok());
        m_caKey = std::move(*key);
    }

    void issuesEveryDeviceOneTransactionPerBatch()
    {
        const model::DeviceBatchParameters parameters = this->parameters();
        IssueDeviceCertificatesJob job(*m_workspace, parameters, deviceNames(), crypto::KeyAlgorithm::EcP256, m_caKey);
        qint64 lastProgress = -1;
        bool progressWentBack = false;
        const Status status = run(job, [&](qint64 done) {
            progressWentBack = progressWentBack || done < lastProgress;
            lastProgress = done;
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(job.issued().size(), deviceCount);
        QCOMPARE(lastProgress, qint64(deviceCount));
        QVERIFY(!progressWentBack);
        verifyConsistent(parameters, job.csvFiles(), deviceCount);
        QCOMPARE(issuedAuditEntries(parameters.productKey), qint64((deviceCount + batchSize - 1) / batchSize));
        // Issued in order: the list follows the requested names.
        QStringList issuedNames;
        for (const model::IssuedDeviceFiles& device : job.issued())
            issuedNames << device.deviceName;
        QCOMPARE(issuedNames, deviceNames());
    }

    void aFailedBatchKeepsTheBatchesBeforeIt()
    {
        const model::DeviceBatchParameters parameters = this->parameters();
        IssueDeviceCertificatesJob job(*m_workspace, parameters, deviceNames(), crypto::KeyAlgorithm::EcP256, m_caKey);
        // After the pre-flight checks (progress 0 comes right after them), a file appears where the third batch
        // (devices 15-21) writes device 21's certificate.
        const QString conflict = QDir(parameters.outputFolder).filePath(QStringLiteral("device-0021.crt"));
        const Status status = run(job, [&](qint64 done) {
            if (done == 0 && !QFile::exists(conflict)) {
                QFile file(conflict);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("not ours");
            }
        });
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("14 of 50")), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QStringLiteral("device-0021.crt")),
                 qPrintable(status.error().message));
        QCOMPARE(job.issued().size(), 2 * batchSize);
        QFile file(conflict);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not ours"));
        file.close();
        QVERIFY(QFile::rename(conflict, QDir(parameters.outputFolder).filePath(QStringLiteral("conflict-marker"))));
        verifyConsistent(parameters, job.csvFiles(), 2 * batchSize);
    }

    void cancelRecordsWhatWasWritten()
    {
        const model::DeviceBatchParameters parameters = this->parameters();
        IssueDeviceCertificatesJob job(*m_workspace, parameters, deviceNames(), crypto::KeyAlgorithm::EcP256, m_caKey);
        const Status status = run(job, [&](qint64 done) {
            if (done >= 10)
                job.cancel();
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, model::Job::cancelledCode());
        QVERIFY(job.issued().size() >= 10);
        QVERIFY(job.issued().size() < deviceCount);
        verifyConsistent(parameters, job.csvFiles(), job.issued().size());
    }

    void progressCountsOnlyComputedDevices()
    {
        // Two batches compute at once (issue 21): the progress is what the workers finished, never the newer batch's
        // count on top of an older batch that is not done. Each device's files are on disk before it counts as done.
        const model::DeviceBatchParameters parameters = this->parameters();
        IssueDeviceCertificatesJob job(*m_workspace, parameters, deviceNames(), crypto::KeyAlgorithm::EcP256, m_caKey);
        qint64 last = 0;
        bool countedUnwritten = false;
        bool wentBack = false;
        const Status status = run(job, [&](qint64 done) {
            wentBack = wentBack || done < last;
            last = done;
            const qsizetype files = QDir(parameters.outputFolder).entryList(QDir::Files).size();
            if (files < 2 * done) {
                countedUnwritten = true;
                qWarning("progress %lld with %lld files on disk", done, qint64(files));
            }
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QVERIFY(!countedUnwritten);
        QVERIFY(!wentBack);
        QCOMPARE(last, qint64(deviceCount));
        verifyConsistent(parameters, job.csvFiles(), deviceCount);
    }

    void aDestroyedJobLeavesOnlyRecordedFiles()
    {
        const model::DeviceBatchParameters parameters = this->parameters();
        auto job = std::make_unique<IssueDeviceCertificatesJob>(*m_workspace, parameters, deviceNames(),
                                                                crypto::KeyAlgorithm::EcP256, m_caKey);
        QEventLoop loop;
        connect(job.get(), &model::Job::progress, &loop, [&](qint64 done, qint64) {
            if (done >= 3)
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        job.reset(); // mid-run, as when the window closes

        const auto recorded = recordedDevices(parameters.productKey);
        QVERIFY(recorded);
        const qint64 rows = recorded->size();
        QVERIFY(rows < deviceCount);
        QStringList expected;
        for (const QString& deviceName : recorded->keys())
            expected << deviceName + QStringLiteral(".crt") << deviceName + QStringLiteral(".key");
        QStringList present = QDir(parameters.outputFolder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        present.sort();
        expected.sort();
        QCOMPARE(present, expected);
        QCOMPARE(expected.size(), 2 * rows);
    }
};

QTEST_GUILESS_MAIN(TestDeviceBatchJob)
#include "TestDeviceBatchJob.moc"
