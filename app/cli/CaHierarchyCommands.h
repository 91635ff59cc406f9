#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

class CliCommandGroup;

/// The CA tree's commands of `iotca ca`: create-csr, sign-csr, renew, revoke and crl, and the half of `ca import`
/// that joins a signed certificate to a key made by create-csr.
class CaHierarchyCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaHierarchyCommands)

public:
    /// Registers the commands on the `ca` group.
    static void addTo(CliCommandGroup& group);

    /// `ca import --cert FILE` without --key: the certificate joins its pending key (SubCaRequests::importSigned).
    [[nodiscard]] static int importSignedCertificate(const QString& workspaceFolder, const QString& name,
                                                     const QString& certificateFile, bool json);

private:
    [[nodiscard]] static int createCsr(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int signCsr(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int renew(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int revoke(const QString& path, const QStringList& arguments);
    [[nodiscard]] static int crl(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
