#pragma once

#include "ValidatingDialog.h"

#include <QStringList>

class QComboBox;
class QLineEdit;

namespace iotca::ui {

/// Devices → Export Association CSV: which product (an association CSV names one) and the file to write. Returns
/// values; ExportAssociationCsvCommand writes the file.
class ExportAssociationCsvDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// `products`: the products of the CA's recorded devices (at least one).
    ExportAssociationCsvDialog(const QString& caName, const QStringList& products, QWidget* parent = nullptr);

    [[nodiscard]] QString product() const;
    [[nodiscard]] QString filePath() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void browse();

    QComboBox* m_product;
    QLineEdit* m_file;
};

} // namespace iotca::ui
