#pragma once

#include "TransferBundleReader.h"
#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// What importing a transfer bundle recorded.
struct TransferBundleImport
{
    qint64 caId = 0;
    QString caName;
    /// The CA was new to the workspace (else the bundle's CA was already there, by its certificate).
    bool caAdded = false;
    /// Verification certificates recorded as pending registrations (0 for one already there).
    int registrationsAdded = 0;
    /// Nothing changed: the same bundle (or its contents) was imported before.
    [[nodiscard]] bool unchanged() const { return !caAdded && registrationsAdded == 0; }
};

/// Records a VerifiedTransferBundle in one transaction: the CA as a certificate only, its key marked as held
/// offline (CaRecord::keyReference = offlineKeyReference()), and one pending registration per verification
/// certificate (PendingRegistrationRepository), audited as "bundle.imported". A CA already in the workspace (the same
/// certificate) is reused, and a verification certificate already recorded is not recorded again, so a second
/// import of the same bundle changes nothing.
class TransferBundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(TransferBundleImporter)
public:
    /// `name`: the CA's name in this workspace; empty = the name in the manifest.
    [[nodiscard]] static Result<TransferBundleImport> import(Workspace& workspace, const VerifiedTransferBundle& bundle,
                                                             const QString& name = {});
    /// What keyReference says for such a CA; the key operations explain with it why they are not offered.
    [[nodiscard]] static QString offlineKeyReference() { return QStringLiteral("held offline"); }
};

} // namespace iotca::model
