#include "CaKeyBackup.h"

#include "CaChain.h"

#include "crypto/Certificate.h"
#include "crypto/Pkcs12.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace iotca::model {

Status CaKeyBackup::write(Workspace& workspace, qint64 caId, const crypto::PrivateKey& key,
                          const crypto::SecureBuffer& newPassphrase, const QString& filePath, Format format)
{
    const QFileInfo target(filePath);
    if (target.exists() || target.isSymLink())
        //: %1 is a file
        return Error {tr("'%1' already exists; nothing was written.").arg(QDir::toNativeSeparators(filePath)),
                      {},
                      QStringLiteral("FileExists")};
    if (newPassphrase.isEmpty())
        return Error {tr("Enter a passphrase for the backup.")};
    auto path = CaChain::pathOf(workspace, caId);
    if (!path)
        return path.error();
    const crypto::Certificate& certificate = path->certificates.constFirst();
    if (!key.matches(certificate))
        return Error {tr("The key does not belong to the CA '%1'.").arg(path->cas.constFirst().name)};
    QByteArray data;
    if (format == Format::EncryptedPkcs8Pem) {
        auto pem = key.toEncryptedPkcs8Pem(newPassphrase);
        if (!pem)
            return pem.error();
        data = *pem;
    } else {
        auto bundle = crypto::Pkcs12::create(certificate, key, path->certificates.mid(1), newPassphrase,
                                             path->cas.constFirst().name);
        if (!bundle)
            return bundle.error();
        data = *bundle;
    }
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit())
        //: %1 is a CA name, %2 a file
        return Error {tr("Cannot write the private key of '%1' to '%2'.")
                          .arg(path->cas.constFirst().name, QDir::toNativeSeparators(filePath)),
                      file.errorString()};
    auto audited = workspace.audit().append(
        AuditAction::CaKeyExported, QStringLiteral("ca"), QString::number(caId),
        {{QStringLiteral("path"), target.absoluteFilePath()},
         {QStringLiteral("format"),
          format == Format::EncryptedPkcs8Pem ? QStringLiteral("encrypted PKCS#8") : QStringLiteral("PKCS#12")}});
    if (!audited)
        return audited.error();
    return {};
}

} // namespace iotca::model
