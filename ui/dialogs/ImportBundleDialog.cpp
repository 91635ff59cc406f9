#include "ImportBundleDialog.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {

QLabel* selectableLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(text);
    return label;
}

} // namespace

ImportBundleDialog::ImportBundleDialog(const model::VerifiedTransferBundle& bundle, QWidget* parent)
    : ValidatingDialog(parent)
    , m_name(new QLineEdit(bundle.manifest.caName, this))
{
    setObjectName(QStringLiteral("importBundleDialog"));
    setWindowTitle(tr("Import Bundle"));
    okButton()->setText(tr("&Import"));

    auto* intro = new QLabel(tr("Every file of the bundle matches its signed manifest, and the signature verifies with "
                                "the CA certificate it carries. Compare the fingerprint below with the ceremony "
                                "record before you import: only that proves the CA is the one of the ceremony."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    addField(form, tr("CA &name in this workspace:"), m_name, QStringLiteral("caNameEdit"));
    form->addRow(tr("Subject:"), selectableLabel(bundle.manifest.caSubject, QStringLiteral("subjectLabel"), this));
    form->addRow(tr("Serial number:"), selectableLabel(bundle.manifest.caSerial, QStringLiteral("serialLabel"), this));
    QLabel* fingerprint =
        selectableLabel(bundle.manifest.caSha256Fingerprint, QStringLiteral("fingerprintLabel"), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    QStringList recorded;
    recorded.append(tr("The CA certificate only: its private key is held offline, so nothing here signs with it."));
    for (const model::BundleRegistration& registration : bundle.manifest.registrations)
        //: %1 is a platform id such as "aws-iot", %2 a registration code
        recorded.append(tr("A pending registration for %1 (code %2): `iotca ca register` uploads it with the "
                           "verification certificate from the bundle.")
                            .arg(registration.platform, registration.registrationCode));
    if (!bundle.manifest.associationCsvFiles.isEmpty())
        //: %1 is a list of file names
        recorded.append(tr("Not recorded, left in the folder: the association CSVs %1.")
                            .arg(bundle.manifest.associationCsvFiles.join(QStringLiteral(", "))));
    auto* what = selectableLabel(QStringLiteral("• ") + recorded.join(QStringLiteral("\n• ")),
                                 QStringLiteral("recordedLabel"), this);
    form->addRow(tr("Will be recorded:"), what);
    form->addRow(tr("Folder:"),
                 selectableLabel(QDir::toNativeSeparators(bundle.folder), QStringLiteral("folderLabel"), this));

    auto* content = new QVBoxLayout;
    content->addWidget(intro);
    content->addLayout(form);
    setContent(content);
}

QString ImportBundleDialog::caName() const
{
    return m_name->text().trimmed();
}

std::optional<ValidatingDialog::FieldError> ImportBundleDialog::validate() const
{
    if (caName().isEmpty())
        return FieldError {m_name, tr("Enter a name for the CA.")};
    return std::nullopt;
}

} // namespace iotca::ui
