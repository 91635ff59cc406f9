#include "SignCsrJob.h"

#include "model/input/InputFile.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

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

Result<QList<DeviceBatchJob::WorkItem>>
SignCsrJob::plan(const Workspace& workspace, const DeviceBatchParameters& parameters, const QString& csrFolder)
{
    if (!QFileInfo(csrFolder).isDir())
        //: %1 is a folder
        return Error {tr("The request folder '%1' does not exist.").arg(QDir::toNativeSeparators(csrFolder))};
    const QStringList files = requestFiles(csrFolder);
    if (files.isEmpty())
        return Error {tr("The folder '%1' holds no certificate requests (*.csr, *.req, *.pem, *.der).")
                          .arg(QDir::toNativeSeparators(csrFolder))};
    auto ca = workspace.cas().get(parameters.caId);
    if (!ca)
        return ca.error();
    auto caCertificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!caCertificate)
        return caCertificate.error();
    if (Status signable = parameters.profile.checkIssuingCa(*caCertificate); !signable)
        return signable.error();

    const QDir input(csrFolder);
    const QDir output(parameters.outputFolder);
    QList<WorkItem> work;
    QStringList names;
    QStringList fileNames;
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
        names.append(deviceName);
        fileNames.append(certificateName);
        work.append(std::move(item));
    }
    if (!problems.isEmpty())
        //: %n is the number of unusable request files, %1 the list "file: reason; file: reason"
        return Error {tr("%n certificate request(s) cannot be signed: %1", nullptr, int(problems.size()))
                          .arg(problems.join(QStringLiteral("; "))),
                      {},
                      QStringLiteral("BadRequest")};
    // A re-run after a crash: what the interrupted run recorded into these files is done.
    auto completed = takeCompleted(workspace, parameters, work);
    if (!completed)
        return completed.error();
    if (!completed->isEmpty()) {
        names.clear();
        fileNames.clear();
        for (const WorkItem& item : std::as_const(work)) {
            names.append(item.deviceName);
            fileNames.append(QFileInfo(item.certificatePath).fileName());
        }
    }
    if (Status checked = checkPlan(workspace, parameters, names, fileNames); !checked)
        return checked.error();
    for (WorkItem& item : work) {
        auto subject = parameters.profile.subject(parameters.productKey, item.deviceName);
        if (!subject)
            return subject.error();
        item.subject = std::move(*subject);
    }
    work.append(std::move(*completed));
    return work;
}

Status SignCsrJob::validate(const Workspace& workspace, const DeviceBatchParameters& parameters,
                            const QString& csrFolder)
{
    auto work = plan(workspace, parameters, csrFolder);
    if (!work)
        return work.error();
    return {};
}

Result<QList<DeviceBatchJob::WorkItem>> SignCsrJob::prepare(const crypto::Certificate&)
{
    return plan(workspace(), parameters(), m_csrFolder);
}

} // namespace iotca::model
