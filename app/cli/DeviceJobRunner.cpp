#include "DeviceJobRunner.h"

#include "CliCommand.h"
#include "Console.h"
#include "ConsoleProgress.h"
#include "ExitCode.h"
#include "JsonOutput.h"

#include "model/jobs/DeviceBatchJob.h"

#include <QDir>
#include <QElapsedTimer>

namespace iotca::app {

int DeviceJobRunner::run(model::DeviceBatchJob& job, const model::CaRecord& ca, const QString& progressLabel,
                         const QString& keyAlgorithm, bool json, QJsonObject* jsonOut)
{
    QElapsedTimer timer;
    timer.start();
    Status status;
    {
        ConsoleProgress progress(progressLabel);
        status = progress.run(job);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    const model::DeviceBatchParameters& parameters = job.parameters();

    for (const QString& warning : job.warnings())
        Console::printWarning(warning);

    if (json) {
        QJsonArray devices;
        for (const model::IssuedDeviceFiles& issued : job.issued()) {
            devices.append(QJsonObject {
                {QStringLiteral("deviceName"), issued.deviceName},
                {QStringLiteral("serial"), issued.serialHex},
                {QStringLiteral("certificateFile"), issued.certificateFile},
                {QStringLiteral("keyFile"), issued.keyFile},
                {QStringLiteral("notAfter"), JsonOutput::time(issued.notAfter)},
            });
        }
        QJsonValue error = QJsonValue::Null;
        if (!status.ok())
            error = QJsonObject {{QStringLiteral("message"), status.error().message},
                                 {QStringLiteral("code"), status.error().code}};
        const QJsonObject object {
            {QStringLiteral("ca"), ca.name},
            {QStringLiteral("caSerial"), ca.serialHex},
            {QStringLiteral("product"), parameters.productKey},
            {QStringLiteral("profile"), parameters.profile.name()},
            {QStringLiteral("keyAlgorithm"), keyAlgorithm},
            {QStringLiteral("outputFolder"), parameters.outputFolder},
            {QStringLiteral("requested"), job.requestedCount()},
            {QStringLiteral("issued"), job.issuedCount()},
            {QStringLiteral("archive"),
             parameters.archivePath.isEmpty() ? QJsonValue() : QJsonValue(parameters.archivePath)},
            {QStringLiteral("complete"), status.ok()},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("csvFiles"), QJsonArray::fromStringList(job.csvFiles())},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(job.warnings())},
            {QStringLiteral("error"), error},
            {QStringLiteral("devices"), devices},
        };
        if (jsonOut)
            *jsonOut = object;
        else
            JsonOutput::print(object);
    }
    if (!status.ok())
        return CliCommand::failure(status.error());
    if (!json && !parameters.archivePath.isEmpty()) {
        //: %n devices, %1 a product, %2 a CA name, %3 a file, %4 seconds
        Console::out() << tr("Issued %n device certificate(s) for the product '%1' from the CA '%2' into the archive "
                             "'%3' in %4 s.",
                             nullptr, int(job.issuedCount()))
                              .arg(parameters.productKey, ca.name, QDir::toNativeSeparators(parameters.archivePath))
                              .arg(seconds, 0, 'f', 1)
                       << Qt::endl;
    } else if (!json) {
        //: %n devices, %1 a product, %2 a CA name, %3 a folder, %4 seconds
        Console::out() << tr("Issued %n device certificate(s) for the product '%1' from the CA '%2' into '%3' in %4 s.",
                             nullptr, int(job.issued().size()))
                              .arg(parameters.productKey, ca.name, QDir::toNativeSeparators(parameters.outputFolder))
                              .arg(seconds, 0, 'f', 1)
                       << Qt::endl;
        for (const QString& csv : job.csvFiles())
            //: %1 is a file
            Console::out() << tr("Association CSV: %1").arg(QDir::toNativeSeparators(csv)) << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace iotca::app
