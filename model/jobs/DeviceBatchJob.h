#pragma once

#include "DeviceBatchParameters.h"
#include "Job.h"

#include "crypto/CertificateRequest.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/PrivateKey.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace iotca::model {

class AssociationCsvWriter;
class DeviceArchiveWriter;
class Transaction;
class Workspace;
struct AssociationRow;
struct CaRecord;

/// The pipeline shared by IssueDeviceCertificatesJob and SignCsrJob.
///
/// prepare() (in the subclass) validates everything and lists the work before any key is generated. Then, per batch
/// of DeviceBatchParameters::batchSize devices:
///  1. on the worker pool, in parallel: generate the key (unless a CSR is given), sign the certificate, write the
///     certificate and key files (BatchFileWriter: atomic, no per-file fsync);
///  2. on the job's commit thread: one sync of the output folder's file system, then ONE database transaction with
///     the batch's rows and one "devices.issued" audit entry, then the rows appended to the streamed association CSV.
/// The two stages overlap: while batch k is committed, batch k+1 is computed. Batches commit in order, one at a time,
/// and the job's own thread (the GUI's, in the app) only hands batches from one stage to the next.
///
/// Outcome (documented in docs/cli.md): every batch that committed stays; what was issued is exactly the rows in
/// the workspace, the files in the folder and the rows of the CSV, and issued() lists it. On cancel the devices of
/// the current batch whose files were already written are committed too, and nothing after them is started. On a
/// failure the failing batch's files are removed and nothing of it or after it is recorded (the batches before it
/// are). The CSV is committed (atomically) at the end with the rows of everything that was recorded.
class DeviceBatchJob : public Job
{
    Q_OBJECT
public:
    ~DeviceBatchJob() override;

    [[nodiscard]] const DeviceBatchParameters& parameters() const noexcept { return m_parameters; }
    /// How many devices the job was asked for (known after prepare()).
    [[nodiscard]] qint64 requestedCount() const noexcept { return qint64(m_items.size()) + m_completedCount; }
    /// The devices issued and recorded so far, in order. Empty in archive mode (a million entries would not be
    /// constant memory): issuedCount() and archivePath() tell what was written.
    [[nodiscard]] const QList<IssuedDeviceFiles>& issued() const noexcept { return m_issued; }
    /// How many devices were issued and recorded (in archive mode: in the committed archive).
    [[nodiscard]] qint64 issuedCount() const noexcept
    {
        return isArchive() ? m_archiveCommittedCount : qint64(m_issued.size());
    }
    [[nodiscard]] bool isArchive() const noexcept { return !m_parameters.archivePath.isEmpty(); }
    /// The association CSV files written (after finished()).
    [[nodiscard]] const QStringList& csvFiles() const noexcept { return m_csvFiles; }
    /// Non-fatal notes for the user, each once (for example: validity shortened to the CA's).
    [[nodiscard]] const QStringList& warnings() const noexcept { return m_warnings; }

    /// The checks shared by every bulk job, against the workspace and the output folder: product and device names
    /// (DeviceNameRules), none already recorded for the product, none of the files to write present yet, the CSV
    /// file(s) not present yet, days > 0. `fileNames` are the files the job will create in the output folder.
    [[nodiscard]] static Status checkPlan(const Workspace& workspace, const DeviceBatchParameters& parameters,
                                          const QStringList& deviceNames, const QStringList& fileNames);
    /// The CSV files a run of `deviceCount` devices writes for `csvPath`.
    [[nodiscard]] static QStringList plannedCsvFiles(const QString& csvPath, qint64 deviceCount);

protected:
    /// One device to issue: a new key of `keyAlgorithm`, or a certificate for `request`.
    struct WorkItem
    {
        QString deviceName;
        crypto::DistinguishedName subject;
        crypto::KeyAlgorithm keyAlgorithm = crypto::KeyAlgorithm::EcP256;
        std::optional<crypto::CertificateRequest> request;
        QString certificatePath;
        QString keyPath; ///< empty for a CSR
        /// Issued into these very files by an earlier run that was interrupted (takeCompleted()): recorded, not
        /// issued again, listed in the CSV.
        bool completed = false;
        QString serialHex; ///< of a completed item
        QDateTime notAfter; ///< of a completed item
        /// Reserved for the certificate by recordIntents() before anything is signed (IssuanceIntents).
        crypto::SerialNumber serial;
    };

    DeviceBatchJob(Workspace& workspace, DeviceBatchParameters parameters, crypto::PrivateKey caKey, QObject* parent);

    /// Validates and lists the work before anything is generated or written. Called on the job's commit thread
    /// while the job's own thread waits for it: it may read the workspace and the job's members, and nothing else
    /// touches them meanwhile.
    [[nodiscard]] virtual Result<QList<WorkItem>> prepare(const crypto::Certificate& caCertificate) = 0;

    [[nodiscard]] Workspace& workspace() const noexcept { return m_workspace; }

    /// Moves out of `work` (and returns, marked completed) the devices an earlier run of the same command issued
    /// into the same files and recorded: the device is recorded for the product by this CA with this certificate
    /// file as its export path, and the file (and the key file, if any) is there holding the recorded certificate.
    /// So a re-run after a crash completes the issue instead of failing with "already has a certificate". Every
    /// other recorded device stays in `work` for checkPlan() to refuse.
    [[nodiscard]] static Result<QList<WorkItem>>
    takeCompleted(const Workspace& workspace, const DeviceBatchParameters& parameters, QList<WorkItem>& work);

    /// The first step of every plan: the CA of `parameters`, refused unless its certificate may issue for the profile
    /// (DeviceProfile::checkIssuingCa()).
    [[nodiscard]] static Result<CaRecord> issuingCa(const Workspace& workspace,
                                                    const DeviceBatchParameters& parameters);
    /// The last steps of every plan, once `work` lists every device with its files: takeCompleted(), checkPlan() on
    /// the rest (its names and the certificate and key files it will create), a subject for each (the names are known
    /// to be valid then), and the completed devices appended at the end.
    [[nodiscard]] static Result<QList<WorkItem>>
    finishPlan(const Workspace& workspace, const DeviceBatchParameters& parameters, QList<WorkItem> work);

    void doStart() override;
    void doCancel() override;

private:
    struct Item
    {
        WorkItem work;
        // Filled by the worker.
        bool written = false;
        std::optional<Error> error;
        QString serialHex;
        QByteArray certificateDer;
        QDateTime notAfter;
        QString warning;
        // Archive mode: the files' bytes and SHA-256 (hex), for the commit thread to add to the archive.
        QByteArray certificatePem;
        crypto::SecureBuffer keyPem;
        QByteArray certificateSha256;
        QByteArray keySha256;
        // Set by the commit thread once the row is in the workspace.
        bool recorded = false;
    };
    /// Items [begin, end) of m_items.
    struct Batch
    {
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    struct CommitOutcome
    {
        bool recorded = false;
        Status status;
    };

    [[nodiscard]] static Error cancelledBeforeStart();
    void begin();
    /// Runs on the commit thread: the CA, prepare(), the issuer, the output folder.
    [[nodiscard]] Result<QList<WorkItem>> prepareWork();
    void prepared();
    /// Moves batches between the stages, starts what can start, and finishes when nothing is left to do.
    void advance();
    void startBatch();
    void batchComputed();
    void startCommit(Batch batch);
    void batchCommitted();
    void processItem(Item& item) const;
    [[nodiscard]] std::vector<Item*> writtenItems(Batch batch);
    /// Runs on the commit thread.
    [[nodiscard]] CommitOutcome commitItems(const std::vector<Item*>& items);
    [[nodiscard]] Status appendToCsv(const QList<AssociationRow>& rows);
    /// Runs on the commit thread: one intent row per device to issue (IssuanceIntents), before any key is made.
    /// Fills in each item's reserved serial.
    [[nodiscard]] Status recordIntents(QList<WorkItem>& work);
    void clearIntents();
    [[nodiscard]] Status commitCsv();
    void removeFiles(const std::vector<Item*>& items) const;
    /// Archive mode, on a worker: the files' bytes and their SHA-256 kept in `item` for the commit thread.
    void keepForArchive(Item& item, crypto::IssuedDeviceCertificate& issued) const;
    /// Archive mode, on the commit thread: the batch's entries and CSV rows into the archive.
    [[nodiscard]] Status archiveItems(const std::vector<Item*>& items);
    /// Archive mode, on the commit thread: CSV and manifest into the archive, the rows committed, the archive renamed.
    [[nodiscard]] Status commitArchive();
    /// Archive mode, on the commit thread: rows rolled back, temporary archive removed.
    void discardArchive();
    void conclude();
    void finishWith(Status status);

    Workspace& m_workspace;
    DeviceBatchParameters m_parameters;
    crypto::PrivateKey m_caKey;
    std::optional<crypto::DeviceCertificateIssuer> m_issuer;
    std::vector<Item> m_items;
    qint64 m_completedCount = 0;
    /// The id of this job's intent rows; empty until they are recorded.
    QString m_intentJob;
    std::size_t m_nextItem = 0;
    std::optional<Batch> m_computing;
    std::deque<Batch> m_computed; ///< waiting for the commit thread
    std::optional<Batch> m_committing;
    std::optional<Error> m_failure;
    qint64 m_progress = 0;
    QList<IssuedDeviceFiles> m_issued;
    QStringList m_plannedCsvFiles;
    QStringList m_csvFiles;
    QStringList m_warnings;
    std::unique_ptr<AssociationCsvWriter> m_csv;
    /// Archive mode: both live on the commit thread; the transaction holds every batch's rows until the end.
    std::unique_ptr<DeviceArchiveWriter> m_archive;
    std::unique_ptr<Transaction> m_archiveTransaction;
    qint64 m_archivedCount = 0;
    qint64 m_archiveCommittedCount = 0;
    int m_csvPart = 0;
    QThreadPool m_pool;
    /// One thread, kept for the whole job: it has its own workspace connection.
    QThreadPool m_commitPool;
    QFutureWatcher<Result<QList<WorkItem>>> m_prepareWatcher;
    QFutureWatcher<void> m_computeWatcher;
    QFutureWatcher<CommitOutcome> m_commitWatcher;
};

} // namespace iotca::model
