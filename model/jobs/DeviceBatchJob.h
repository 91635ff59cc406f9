#pragma once

#include "DeviceBatchParameters.h"
#include "Job.h"

#include "crypto/CertificateRequest.h"
#include "crypto/DeviceCertificateIssuer.h"
#include "crypto/PrivateKey.h"
#include "model/files/ArchiveFileDigest.h"

#include <QFutureWatcher>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <functional>
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
/// prepare() (in the subclass) validates its inputs and returns the list of devices (a WorkList, which makes them on
/// demand); checkWork() checks the whole list and records an intent per device, a window at a time, before any key
/// is generated. Then, per batch of DeviceBatchParameters::batchSize devices, made from the list when the batch
/// starts and dropped when it is committed (so the job holds at most batchesInFlight batches, whatever the number of
/// devices: issue 21, constant memory):
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

    /// One device to issue: a new key of `keyAlgorithm`, or a certificate for `request`.
    struct WorkItem
    {
        QString deviceName;
        crypto::DistinguishedName subject; ///< filled by the job, on a worker
        crypto::KeyAlgorithm keyAlgorithm = crypto::KeyAlgorithm::EcP256;
        std::optional<crypto::CertificateRequest> request;
        QString certificatePath;
        QString keyPath; ///< empty for a CSR
        /// Issued into these very files by an earlier run that was interrupted (takeCompleted()): recorded, not
        /// issued again, listed in the CSV.
        bool completed = false;
        QString serialHex; ///< of a completed item
        QDateTime notAfter; ///< of a completed item
        /// Reserved for the certificate when its intent was recorded, before anything is signed (IssuanceIntents,
        /// schema step 12); filled in when the item's batch starts.
        crypto::SerialNumber serial;
    };

    /// The devices of one run, listed on demand a window at a time: the job never holds more than
    /// heldDeviceLimit() of them, so a run of a million devices takes the memory of a few thousand (issue 21).
    class WorkList
    {
    public:
        virtual ~WorkList() = default;
        [[nodiscard]] virtual qint64 size() const = 0;
        /// Devices [begin, end) in order: name, key algorithm or request, files. Called again for the same range
        /// (once to check and record the plan, once to issue), it must list the same devices.
        [[nodiscard]] virtual QList<WorkItem> items(qint64 begin, qint64 end) const = 0;
        /// True when no two names can be alike (numbered names): the check then keeps no set of every name.
        [[nodiscard]] virtual bool namesDistinct() const { return false; }
    };
    /// A list already in memory (the requests `device sign-csr` read).
    class ListedWork final : public WorkList
    {
    public:
        explicit ListedWork(QList<WorkItem> items)
            : m_items(std::move(items))
        { }
        [[nodiscard]] qint64 size() const override { return m_items.size(); }
        [[nodiscard]] QList<WorkItem> items(qint64 begin, qint64 end) const override
        {
            return m_items.mid(qsizetype(begin), qsizetype(end - begin));
        }

    private:
        QList<WorkItem> m_items;
    };

    /// How many batches the job holds at most: computing, computed waiting, and one committing.
    static constexpr int batchesInFlight = 4;
    /// How many of them compute at once: the next batch's devices start while the current batch's last ones finish.
    static constexpr int computingBatches = 2;

    [[nodiscard]] const DeviceBatchParameters& parameters() const noexcept { return m_parameters; }
    /// How many devices the job was asked for (known after prepare()).
    [[nodiscard]] qint64 requestedCount() const noexcept { return m_requested; }
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
    /// The most devices planned or in flight at once (checked, computed, waiting or committed) during the run: at most
    /// heldDeviceLimit() whatever the number of devices. For tests: the memory bound without measuring memory.
    [[nodiscard]] qint64 peakHeldDevices() const noexcept { return m_peakHeldDevices; }
    /// batchesInFlight batches of the parameters' batch size.
    [[nodiscard]] qint64 heldDeviceLimit() const noexcept { return qint64(batchesInFlight) * m_parameters.batchSize; }

    /// The CSV files a run of `deviceCount` devices writes for `csvPath`.
    [[nodiscard]] static QStringList plannedCsvFiles(const QString& csvPath, qint64 deviceCount);

protected:
    /// What checkWork() found: the size of the list, the devices an earlier run completed (with their indexes), and
    /// the largest window it held.
    struct CheckedWork
    {
        qint64 size = 0;
        QList<WorkItem> completed;
        QSet<qint64> completedIndexes;
        qint64 largestWindow = 0;
    };

    DeviceBatchJob(Workspace& workspace, DeviceBatchParameters parameters, crypto::PrivateKey caKey, QObject* parent);

    /// Validates what can be validated without the workspace's device rows (the CA, the inputs) and returns the list
    /// of devices; the job then checks it with checkWork(). Called on the job's commit thread while the job's own
    /// thread waits for it: it may read the workspace and the job's members, and nothing else touches them meanwhile.
    [[nodiscard]] virtual Result<std::unique_ptr<WorkList>> prepare(const crypto::Certificate& caCertificate) = 0;

    [[nodiscard]] Workspace& workspace() const noexcept { return m_workspace; }

    /// Moves out of `work` (and returns, marked completed) the devices an earlier run of the same command issued
    /// into the same files and recorded: the device is recorded for the product by this CA with this certificate
    /// file as its export path, and the file (and the key file, if any) is there holding the recorded certificate.
    /// So a re-run after a crash completes the issue instead of failing with "already has a certificate". Every
    /// other recorded device stays in `work` for the checks to refuse.
    [[nodiscard]] static Result<QList<WorkItem>>
    takeCompleted(const Workspace& workspace, const DeviceBatchParameters& parameters, QList<WorkItem>& work);

    /// The first step of every plan: the CA of `parameters`, refused unless its certificate may issue for the profile
    /// (DeviceProfile::checkIssuingCa()).
    [[nodiscard]] static Result<CaRecord> issuingCa(const Workspace& workspace,
                                                    const DeviceBatchParameters& parameters);
    /// Every check of a plan before anything is generated, a window of `window` devices at a time (never the whole
    /// list at once): product key and device names (DeviceNameRules), takeCompleted() (files mode), none of the other
    /// devices already recorded for the product, none of the files to write present, the archive and the CSV file(s)
    /// not present, days > 0. `onWindow` (may be empty) gets each window's devices still to issue, once the window
    /// passed its own checks (the job records their intents; the caller rolls them back when a later check fails).
    [[nodiscard]] static Result<CheckedWork>
    checkWork(const Workspace& workspace, const DeviceBatchParameters& parameters, const WorkList& work, qint64 window,
              const std::function<Status(const QList<WorkItem>&)>& onWindow = {});

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
        // Archive mode: the files' bytes, SHA-256 and CRC-32, for the commit thread to add to the archive.
        QByteArray certificatePem;
        crypto::SecureBuffer keyPem;
        ArchiveFileDigest certificateDigest;
        ArchiveFileDigest keyDigest;
        // Set by the commit thread once the row is in the workspace.
        bool recorded = false;
    };
    /// Up to batchSize devices, made from the list when the batch starts and dropped once it is committed.
    struct Batch
    {
        Batch() = default;
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        ~Batch()
        {
            // Parented to the job; the batch may go inside the watcher's own finished signal, and no signal the
            // watcher still has queued may reach a slot that names this batch.
            if (watcher) {
                watcher->disconnect();
                watcher->deleteLater();
            }
        }
        /// How many devices (not completed earlier) the batches before this one hold.
        qint64 first = 0;
        std::vector<Item> items;
        /// Watches the batch's computation on the worker pool.
        QFutureWatcher<void>* watcher = nullptr;
        bool computed = false;
        /// How many of its devices the workers finished (the watcher's progress).
        qint64 progressed = 0;
    };
    struct CommitOutcome
    {
        bool recorded = false;
        Status status;
    };

    [[nodiscard]] static Error cancelledBeforeStart();
    void begin();
    /// Runs on the commit thread: the CA, prepare(), the issuer, the output folder.
    [[nodiscard]] Status prepareWork();
    void prepared();
    /// Moves batches between the stages, starts what can start, and finishes when nothing is left to do.
    void advance();
    void startBatch();
    /// Batches computing, computed and committing.
    [[nodiscard]] qsizetype heldBatches() const noexcept;
    void cancelComputing();
    void batchComputed(Batch* finished);
    /// The oldest computing batch, computed: to the commit queue, or dropped with its files after a failure.
    void takeComputed(std::unique_ptr<Batch> batch);
    void startCommit(std::unique_ptr<Batch> batch);
    void batchCommitted();
    void processItem(Item& item) const;
    [[nodiscard]] static std::vector<Item*> writtenItems(Batch& batch);
    /// Devices in the batches held now; raises m_peakHeldDevices.
    void noteHeldDevices();
    /// Runs on the commit thread.
    [[nodiscard]] CommitOutcome commitItems(const std::vector<Item*>& items);
    [[nodiscard]] Status appendToCsv(const QList<AssociationRow>& rows);
    /// Runs on the commit thread, in `transaction`: one intent row per device of `window` (IssuanceIntents), before
    /// any key is made.
    [[nodiscard]] Status recordIntents(Transaction& transaction, const QString& job, const QList<WorkItem>& window);
    void clearIntents();
    [[nodiscard]] Status commitCsv();
    void removeFiles(const std::vector<Item*>& items) const;
    /// Archive mode, on a worker: the files' bytes and their digests kept in `item` for the commit thread.
    void keepForArchive(Item& item, crypto::IssuedDeviceCertificate& issued) const;
    /// Archive mode, on the commit thread: the batch's entries and CSV rows into the archive.
    [[nodiscard]] Status archiveItems(const std::vector<Item*>& items);
    /// Archive mode, on the commit thread: CSV and manifest into the archive, the rows committed, the archive renamed.
    [[nodiscard]] Status commitArchive();
    /// Archive mode, on the commit thread: rows rolled back, temporary archive removed.
    void discardArchive();
    void conclude();
    /// Runs `work` on the commit thread and waits for it (never in the calling thread).
    void runOnCommitThread(const std::function<void()>& work);
    /// Runs on the commit thread: its connection keeps SQLite's savepoint journals in memory.
    void keepSubJournalsInMemory() const;
    void finishWith(Status status);

    Workspace& m_workspace;
    DeviceBatchParameters m_parameters;
    crypto::PrivateKey m_caKey;
    std::optional<crypto::DeviceCertificateIssuer> m_issuer;
    /// Set by prepareWork(): the devices, and which of them an earlier run completed.
    std::unique_ptr<WorkList> m_work;
    CheckedWork m_checked;
    qint64 m_requested = 0;
    qint64 m_completedCount = 0;
    /// The id of this job's intent rows; empty until they are recorded.
    QString m_intentJob;
    /// The next index of m_work to plan, and how many devices were put into batches so far.
    qint64 m_nextIndex = 0;
    qint64 m_started = 0;
    std::deque<std::unique_ptr<Batch>> m_computing; ///< in order, at most computingBatches
    std::deque<std::unique_ptr<Batch>> m_computed; ///< waiting for the commit thread
    std::unique_ptr<Batch> m_committing;
    qint64 m_peakHeldDevices = 0;
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
    QFutureWatcher<Status> m_prepareWatcher;
    QFutureWatcher<CommitOutcome> m_commitWatcher;
};

} // namespace iotca::model
