#include "CaExporter.h"

#include "CaChain.h"

#include "crypto/Certificate.h"
#include "model/audit/AuditAction.h"
#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace iotca::model {

Status CaExporter::exportCertificate(Workspace& workspace, qint64 caId, const QString& filePath, Format format)
{
    auto ca = workspace.cas().get(caId);
    if (!ca) {
        return ca.error();
    }
    auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
    if (!certificate) {
        return certificate.error();
    }
    const QFileInfo target(filePath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        // A folder we create for an export is the owner's only.
        if (!QDir().mkpath(QFileInfo(folder).absolutePath())
            || !QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            return Error {tr("Cannot create the folder '%1'.").arg(QDir::toNativeSeparators(folder))};
        }
    }
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {tr("Cannot write the file '%1'.").arg(QDir::toNativeSeparators(filePath)), file.errorString()};
    }
    QByteArray data = format == Format::Der ? certificate->toDer() : certificate->toPem();
    if (format == Format::PemChain) {
        auto path = CaChain::pathOf(workspace, caId);
        if (!path) {
            return path.error();
        }
        data = CaChain::toPemBundle(*path);
    }
    if (file.write(data) != data.size() || !file.commit()) {
        //: %1 is a CA name, %2 a file
        return Error {tr("Cannot write the certificate of the CA '%1' to '%2'.")
                          .arg(ca->name, QDir::toNativeSeparators(filePath)),
                      file.errorString()};
    }
    auto audited = workspace.audit().append(AuditAction::CaExported, QStringLiteral("ca"), QString::number(caId),
                                            {{QStringLiteral("path"), target.absoluteFilePath()},
                                             {QStringLiteral("format"),
                                              format == Format::Der            ? QStringLiteral("DER")
                                                  : format == Format::PemChain ? QStringLiteral("PEM chain")
                                                                               : QStringLiteral("PEM")}});
    if (!audited) {
        return audited.error();
    }
    return {};
}

} // namespace iotca::model
