#include "SignCsrJob.h"

#include "model/input/InputFile.h"
#include "model/workspace/CaRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace iotca::model {

SignCsrJob::SignCsrJob(Workspace& workspace, DeviceBatchParameters parameters, QString csrFolder,
                       crypto::PrivateKey caKey, QObject* parent)
    : DeviceBatchJob(workspace, std::move(parameters), std::move(caKey), parent)
    , m_csrFolder(std::move(csrFolder))
{ }

SignCsrJob::~SignCsrJob() = default;

QStringList SignCsrJob::requestFiles(const QString& csrFolder)
{
    const QStringList patterns {QStringLiteral("*.csr"), QStringLiteral("*.req"), QStringLiteral("*.pem"),
                                QStringLiteral("*.der")};
    // Devices, FIFOs, sockets and folders with a request's name are listed too, so that each is refused by name
    // (InputFile) instead of being skipped without a word.
    return QDir(csrFolder).entryList(patterns, QDir::Files | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot,
                                     QDir::Name);
}

Result<std::unique_ptr<DeviceBatchJob::WorkList>>
SignCsrJob::plan(const Workspace& workspace, const DeviceBatchParameters& parameters, const QString& csrFolder)
{
    if (!QFileInfo(csrFolder).isDir())
        //: %1 is a folder
        return Error {tr("The request folder '%1' does not exist.").arg(QDir::toNativeSeparators(csrFolder))};
    const QStringList files = requestFiles(csrFolder);
    if (files.isEmpty())
        return Error {tr("The folder '%1' holds no certificate requests (*.csr, *.req, *.pem, *.der).")
                          .arg(QDir::toNativeSeparators(csrFolder))};
    auto ca = issuingCa(workspace, parameters);
    if (!ca)
        return ca.error();

    const QDir input(csrFolder);
    const QDir output(parameters.outputFolder);
    QList<WorkItem> work;
    QStringList problems;
    for (const QString& file : files) {
        const QString deviceName = QFileInfo(file).completeBaseName();
        // Bounded: a request file that is a link to /dev/zero, a FIFO or a huge file is refused unread.
        const auto data = InputFile::read(input.filePath(file), InputKind::CertificateRequest);
        if (!data) {
            problems.append(data.error().message);
            continue;
        }
        auto request = crypto::CertificateRequest::fromData(*data);
        Status usable = request ? request->verifySignature() : Status(request.error());
        if (usable)
            usable = request->checkKeyIsAcceptable();
        if (usable && request->keyAlgorithm())
            usable = parameters.profile.checkKeyAlgorithm(*request->keyAlgorithm());
        if (!usable) {
            problems.append(QStringLiteral("%1: %2").arg(file, usable.error().message));
            continue;
        }
        WorkItem item;
        item.deviceName = deviceName;
        item.request = std::move(*request);
        const QString certificateName =
            parameters.profile.certificateFileName(parameters.productKey, deviceName, ca->serialHex);
        item.certificatePath = output.filePath(certificateName);
        work.append(std::move(item));
    }
    if (!problems.isEmpty())
        //: %n is the number of unusable request files, %1 the list "file: reason; file: reason"
        return Error {tr("%n certificate request(s) cannot be signed: %1", nullptr, int(problems.size()))
                          .arg(problems.join(QStringLiteral("; "))),
                      {},
                      QStringLiteral("BadRequest")};
    // The requests were read already: the list is in memory (its size is the folder's).
    return std::unique_ptr<WorkList>(std::make_unique<ListedWork>(std::move(work)));
}

Status SignCsrJob::validate(const Workspace& workspace, const DeviceBatchParameters& parameters,
                            const QString& csrFolder)
{
    auto work = plan(workspace, parameters, csrFolder);
    if (!work)
        return work.error();
    auto checked =
        checkWork(workspace, parameters, **work, qint64(batchesInFlight) * std::max(1, parameters.batchSize));
    if (!checked)
        return checked.error();
    return {};
}

Result<std::unique_ptr<DeviceBatchJob::WorkList>> SignCsrJob::prepare(const crypto::Certificate&)
{
    return plan(workspace(), parameters(), m_csrFolder);
}

} // namespace iotca::model
