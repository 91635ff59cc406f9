#pragma once

#include "model/ca/DeviceCertificateDetails.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace iotca::ui {

/// One device certificate (double-click or Enter on a device row): subject, serial, validity, extensions,
/// fingerprints, status (platform and revocation) and its audit entries, with Export PEM…, Export DER…, Export with
/// Chain…, Copy PEM and Delete Record…. It shows and asks; DeviceCertificateCommand does what the buttons request.
class DeviceCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    using Export = model::DeviceCertificateDetails::ExportFormat;

    DeviceCertificateDialog(const model::DeviceCertificateDetails& details, QWidget* parent = nullptr);

    /// What the dialog shows.
    [[nodiscard]] const model::DeviceCertificateDetails& details() const { return m_details; }

Q_SIGNALS:
    void exportRequested(iotca::model::DeviceCertificateDetails::ExportFormat format);
    void deleteRequested();
    /// Copy PEM put the certificate on the clipboard.
    void copied();

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& value, const QString& objectName);
    void copyPem();

    model::DeviceCertificateDetails m_details;
};

} // namespace iotca::ui
