#include "CeremonyRecordWriter.h"

#include "crypto/Certificate.h"
#include "model/files/FileSetWriter.h"
#include "print/CeremonyRecordPdfWriter.h"

#include <QDir>
#include <QJsonDocument>

namespace iotca::app {

Result<QStringList> CeremonyRecordWriter::write(const model::Workspace& workspace, model::CeremonyRecord& record,
                                                const QString& folder, const crypto::PrivateKey* key,
                                                const model::CaRecord* signer)
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
        record.steps().last().state = model::CeremonyStepRecord::State::Done;
        record.steps().last().result = tr("This record, written to '%1'.").arg(QDir::toNativeSeparators(folder));
    }
    // The audit entries are read last, so that they include everything the ceremony wrote.
    if (Status finished = record.finish(workspace); !finished)
        return finished.error();
    const QJsonObject json = record.toJson();
    // These exact bytes are signed and written; the signature covers the file as it lies on the medium.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    QList<model::FileSetWriter::File> files {{QString(jsonFileName), bytes}};
    if (signerCertificate) {
        auto signature = sign(*key, bytes);
        if (!signature)
            return signature.error();
        files.append({QString(signatureFileName), *signature});
        files.append({QString(signerCertificateFileName), signerCertificate->toPem()});
    }
    auto pdf = print::CeremonyRecordPdfWriter::render(json);
    if (!pdf)
        return pdf.error();
    files.append({QString(pdfFileName), *pdf});
    return model::FileSetWriter::write(folder, files);
}

} // namespace iotca::app
