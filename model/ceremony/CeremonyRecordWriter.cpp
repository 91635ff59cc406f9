#include "CeremonyRecordWriter.h"

#include "crypto/Certificate.h"
#include "model/files/FileSetWriter.h"

#include <QDir>
#include <QJsonDocument>

namespace iotca::model {

Result<QStringList> CeremonyRecordWriter::write(const Workspace& workspace, CeremonyRecord& record,
                                                const QString& folder, const crypto::PrivateKey* key,
                                                const CaRecord* signer,
                                                const std::function<Result<QByteArray>(const QJsonObject&)>& renderPdf)
{
    std::optional<crypto::Certificate> signerCertificate;
    if (key && signer) {
        if (!canSign()) {
            record.setUnsigned(tr("Signing the record is not available in this build."));
        } else if (auto certificate = crypto::Certificate::fromDer(signer->certificateDer); !certificate) {
            record.setUnsigned(certificate.error().message);
        } else {
            signerCertificate = *certificate;
            record.setSigner(*signer, QString(signatureFileName));
        }
    }
    // The record's own step is done as far as the record can tell: this is it.
    if (!record.steps().isEmpty()) {
        record.steps().last().state = CeremonyStepRecord::State::Done;
        record.steps().last().result = tr("This record, written to '%1'.").arg(QDir::toNativeSeparators(folder));
    }
    // The audit entries are read last, so that they include everything the ceremony wrote.
    if (Status finished = record.finish(workspace); !finished)
        return finished.error();
    const QJsonObject json = record.toJson();
    // These exact bytes are signed and written; the signature covers the file as it lies on the medium.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    QList<FileSetWriter::File> files {{QString(jsonFileName), bytes}};
    if (signerCertificate) {
        auto signature = sign(*key, bytes);
        if (!signature)
            return signature.error();
        files.append({QString(signatureFileName), *signature});
        files.append({QString(signerCertificateFileName), signerCertificate->toPem()});
    }
    auto pdf = renderPdf(json);
    if (!pdf)
        return pdf.error();
    files.append({QString(pdfFileName), *pdf});
    return FileSetWriter::write(folder, files);
}

} // namespace iotca::model
