#pragma once

#include "model/workspace/CaRecord.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace iotca::model {
class Workspace;
}

namespace iotca::app {

/// The device certificates a command acts on: `--serial SN...` (repeated or comma-separated, any case, with or
/// without ':' or "0x") or `--csv FILE` (the CertSN of every row of an association CSV whose rows all match device
/// certificates of the CA). Used by `device delete|activate|deactivate`.
class DeviceSerialSelection
{
public:
    /// What the command does with them; decides the "nothing was ..." sentences.
    enum class Purpose { Delete, ChangeStatus };

    /// A usage error printed (and false) unless exactly one of the options is set.
    [[nodiscard]] static bool checkExactlyOne(const QCommandLineParser& parser, const QCommandLineOption& serial,
                                              const QCommandLineOption& csv, const QString& path);

    /// The normalised serials, duplicates removed, every one a device certificate of `ca`. Nothing when an error was
    /// printed; `exitCode` then says how to exit (2 for an empty --serial, 1 for unknown serials or CSV problems).
    [[nodiscard]] static std::optional<QStringList> select(model::Workspace& workspace, const model::CaRecord& ca,
                                                           const QCommandLineParser& parser,
                                                           const QCommandLineOption& serial,
                                                           const QCommandLineOption& csv, const QString& path,
                                                           Purpose purpose, int& exitCode);
};

} // namespace iotca::app
