#include "ExportAssociationCsvDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

ExportAssociationCsvDialog::ExportAssociationCsvDialog(const QString& caName, const QStringList& products,
                                                       QWidget* parent)
    : ValidatingDialog(parent)
    , m_product(new QComboBox(this))
    , m_file(new QLineEdit(this))
{
    setObjectName(QStringLiteral("exportAssociationCsvDialog"));
    setWindowTitle(tr("Export Association CSV"));
    okButton()->setText(tr("&Export"));

    //: %1 is a CA name
    auto* intro = new QLabel(tr("Writes ProductKey, DeviceName and CertSN of every device certificate '%1' has "
                                "recorded for the product, for the platform's device association.")
                                 .arg(caName),
                             this);
    intro->setWordWrap(true);
    m_product->addItems(products);
    m_file->setText(QDir::home().filePath(QStringLiteral("association.csv")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ExportAssociationCsvDialog::browse);

    auto* form = new QFormLayout;
    addField(form, tr("&Product:"), m_product, QStringLiteral("productCombo"));
    addField(form, tr("&File:"), m_file, QStringLiteral("csvFileEdit"));
    form->addRow(QString(), browse);
    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    setContent(content);
}

QString ExportAssociationCsvDialog::product() const
{
    return m_product->currentText();
}

QString ExportAssociationCsvDialog::filePath() const
{
    return m_file->text().trimmed();
}

std::optional<ValidatingDialog::FieldError> ExportAssociationCsvDialog::validate() const
{
    if (filePath().isEmpty())
        return FieldError {m_file, tr("Enter the file to write.")};
    if (QFileInfo::exists(filePath()) || QFileInfo(filePath()).isSymLink())
        //: %1 is a file
        return FieldError {m_file,
                           tr("'%1' already exists; choose another file.").arg(QDir::toNativeSeparators(filePath()))};
    return std::nullopt;
}

void ExportAssociationCsvDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Association CSV"), filePath(), tr("CSV files (*.csv)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

} // namespace iotca::ui
