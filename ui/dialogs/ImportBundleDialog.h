#pragma once

#include "ValidatingDialog.h"

#include "model/bundle/TransferBundleReader.h"

class QLineEdit;

namespace iotca::ui {

/// File → Import Bundle…: a transfer bundle that passed every check (model::TransferBundleReader), shown before
/// anything is recorded: the CA certificate's SHA-256 fingerprint, for the user to compare with the ceremony record
/// (the one thing no program can check for them), and what will be recorded: the CA as a certificate whose key is held
/// offline, and one pending registration per verification certificate. Returns the CA's name in the workspace.
class ImportBundleDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    ImportBundleDialog(const model::VerifiedTransferBundle& bundle, QWidget* parent = nullptr);

    [[nodiscard]] QString caName() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    QLineEdit* m_name;
};

} // namespace iotca::ui
