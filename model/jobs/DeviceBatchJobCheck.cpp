// DeviceBatchJob::checkWork(): every check of a bulk issue before the first key, a window at a time (issue 21: a
// million devices are checked, and their intents recorded, without holding a million devices).
#include "DeviceBatchJob.h"

#include "DeviceNameRules.h"

#include "model/ModelErrorCode.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace iotca::model {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<DeviceBatchJob::CheckedWork>
DeviceBatchJob::checkWork(const Workspace& workspace, const DeviceBatchParameters& parameters, const WorkList& work,
                          qint64 window, const std::function<Status(const QList<WorkItem>&)>& onWindow)
{
    if (Status product = DeviceNameRules::checkProductKey(parameters.productKey); !product)
        return product.error();
    if (work.size() == 0)
        return DeviceNameRules::checkDeviceNames({}).error(); // "No device names were given."
    const bool archive = !parameters.archivePath.isEmpty();
    const auto nameRule = parameters.profile.id() == DeviceProfile::Id::TencentIotHub ? DeviceNameRules::Rule::Tencent
                                                                                      : DeviceNameRules::Rule::Alibaba;
    const QFileInfo folder(parameters.outputFolder);
    // The names already in the output folder, listed once (an archive puts no file there).
    QSet<QString> existing;
    if (!archive && folder.isDir()) {
        const QStringList present = QDir(parameters.outputFolder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        existing = QSet<QString>(present.cbegin(), present.cend());
    }
    QSet<QString> seen; // only for names that may repeat (a list the caller holds anyway)
    CheckedWork checked;
    checked.size = work.size();
    qint64 remainingCount = 0;
    qint64 takenCount = 0;
    QString firstTaken;
    qint64 conflictCount = 0;
    QString firstConflict;
    window = std::max<qint64>(1, window);
    for (qint64 begin = 0; begin < work.size(); begin += window) {
        const qint64 end = std::min(work.size(), begin + window);
        QList<WorkItem> items = work.items(begin, end);
        checked.largestWindow = std::max(checked.largestWindow, qint64(items.size()));
        // A re-run after a crash: what the interrupted run recorded into these files is done. An archive is all or
        // nothing: no run leaves part of one recorded.
        if (!archive) {
            // takeCompleted() keeps the order of both lists: the completed devices' indexes follow from the names.
            QList<WorkItem> rest = items;
            auto completed = takeCompleted(workspace, parameters, rest);
            if (!completed)
                return completed.error();
            if (!completed->isEmpty()) {
                qsizetype next = 0;
                for (qsizetype i = 0; i < items.size() && next < completed->size(); ++i) {
                    if (items.at(i).deviceName == completed->at(next).deviceName) {
                        checked.completedIndexes.insert(begin + i);
                        ++next;
                    }
                }
                checked.completed.append(std::move(*completed));
                items = std::move(rest);
            }
        }
        if (items.isEmpty())
            continue;
        remainingCount += items.size();
        QStringList names;
        names.reserve(items.size());
        for (const WorkItem& item : std::as_const(items))
            names.append(item.deviceName);
        if (Status valid = DeviceNameRules::checkDeviceNames(names, nameRule, work.namesDistinct() ? nullptr : &seen);
            !valid)
            return valid.error();
        // None of the devices may have a certificate recorded for this product already.
        auto recorded = workspace.devices().recordedDeviceNames(parameters.productKey, names);
        if (!recorded)
            return recorded.error();
        for (const QString& name : std::as_const(names)) {
            if (recorded->contains(name) && takenCount++ == 0)
                firstTaken = name;
        }
        // Never overwrite: no file to write may be in the output folder already.
        for (const WorkItem& item : std::as_const(items)) {
            if (archive || existing.isEmpty())
                break;
            for (const QString& path : {item.certificatePath, item.keyPath}) {
                if (path.isEmpty())
                    continue;
                const QString fileName = QFileInfo(path).fileName();
                if (existing.contains(fileName) && conflictCount++ == 0)
                    firstConflict = fileName;
            }
        }
        if (onWindow && takenCount == 0 && conflictCount == 0) {
            if (Status done = onWindow(items); !done)
                return done.error();
        }
    }
    if (remainingCount == 0)
        // Not "no names were given": they were, and every one is done already.
        //: %1 is a product key, %2 a folder, %n how many device names were given
        return Error {tr("All %n named device(s) of the product '%1' already have certificates: the workspace records "
                         "them (the CA's device list) and their files are in '%2'. Nothing was issued.",
                         nullptr, int(std::min<qint64>(checked.completed.size(), INT_MAX)))
                          .arg(parameters.productKey, native(parameters.outputFolder)),
                      {},
                      ErrorCode::AllDevicesIssued};
    if (parameters.validityDays < 1)
        return Error {tr("The validity must be at least one day."), {}, QStringLiteral("InvalidValidity")};
    if (takenCount > 0)
        //: %1 is a device name, %2 a product key, %n how many more devices have the same problem
        return Error {tr("The device '%1' of the product '%2' already has a certificate in the workspace "
                         "(%n more devices too).",
                         nullptr, int(std::min<qint64>(takenCount - 1, INT_MAX)))
                          .arg(firstTaken, parameters.productKey),
                      {},
                      QStringLiteral("DeviceExists")};
    if (archive && QFileInfo(parameters.archivePath).exists())
        //: %1 is a file
        return Error {
            tr("The archive '%1' already exists; it is never overwritten.").arg(native(parameters.archivePath)),
            {},
            QStringLiteral("OutputConflict")};
    if (folder.exists() && !folder.isDir())
        return Error {tr("The output folder '%1' is a file.").arg(native(parameters.outputFolder)),
                      {},
                      QStringLiteral("OutputNotAFolder")};
    if (conflictCount > 0)
        //: %1 is a folder, %2 a file name, %n how many more files conflict
        return Error {tr("The output folder '%1' already has '%2' (%n more conflicting files); choose an empty "
                         "folder or move those files away.",
                         nullptr, int(std::min<qint64>(conflictCount - 1, INT_MAX)))
                          .arg(native(parameters.outputFolder), firstConflict),
                      {},
                      QStringLiteral("OutputConflict")};
    for (const QString& csv : plannedCsvFiles(parameters.csvPath, remainingCount)) {
        if (QFileInfo::exists(csv))
            //: %1 is a file name
            return Error {tr("The CSV file '%1' already exists; choose another name or move it away.").arg(native(csv)),
                          {},
                          QStringLiteral("OutputConflict")};
    }
    return checked;
}

} // namespace iotca::model
