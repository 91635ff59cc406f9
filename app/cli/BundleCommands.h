#pragma once

#include "CliCommandGroup.h"

namespace iotca::app {

/// `iotca bundle export|import`: the transfer bundle between an air-gapped machine and an online one
/// (docs/ceremony.md, "Transfer bundle"; model::TransferBundleWriter, TransferBundleReader, TransferBundleImporter).
class BundleCommands : public CliCommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)
public:
    BundleCommands();

    static int exportBundle(const QString& path, const QStringList& arguments);
    static int importBundle(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
