#include "IssueDevicesDialog.h"

#include "ui/widgets/FilePathEdit.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include "model/jobs/DeviceValidity.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {
constexpr qint64 maximumNamesFileSize = 16 * 1024 * 1024;

QStringList nonEmptyLines(const QString& text)
{
    QStringList names;
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        line = line.trimmed();
        if (!line.isEmpty())
            names << line.toString();
    }
    return names;
}
} // namespace

IssueDevicesDialog::IssueDevicesDialog(Prompter& prompter, const QString& caName, const QList<AccountChoice>& accounts,
                                       const QList<Profile>& profiles, QWidget* parent)
    : ValidatingDialog(parent)
    , m_accounts(accounts)
    , m_account(new QComboBox(this))
    , m_register(new QCheckBox(this))
    , m_product(new QLineEdit(this))
    , m_listSource(new QRadioButton(tr("&List"), this))
    , m_fileSource(new QRadioButton(tr("From a &file"), this))
    , m_generatedSource(new QRadioButton(tr("&Numbered"), this))
    , m_names(new QPlainTextEdit(this))
    , m_namesFile(new FilePathEdit(prompter, FilePathEdit::Mode::OpenFile, this))
    , m_count(new QSpinBox(this))
    , m_prefix(new QLineEdit(this))
    , m_algorithm(new KeyAlgorithmCombo(this))
    , m_profile(new QComboBox(this))
    , m_validityDays(new QSpinBox(this))
    , m_outputFolder(new FilePathEdit(prompter, FilePathEdit::Mode::Folder, this))
    , m_writeArchive(new QCheckBox(tr("&Write one archive (.zip)"), this))
    , m_archive(new FilePathEdit(prompter, FilePathEdit::Mode::SaveFile, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("issueDevicesDialog"));
    //: %1 is a CA name
    setWindowTitle(tr("Issue Device Certificates from '%1'").arg(caName));
    if (m_accounts.isEmpty()) {
        AccountChoice workspaceOnly;
        workspaceOnly.displayName = tr("Workspace only (no platform)");
        workspaceOnly.deviceKeyAlgorithms = KeyAlgorithmCombo::everyAlgorithm();
        m_accounts << workspaceOnly;
    }

    auto* targetBox = new QGroupBox(tr("Platform"), this);
    auto* targetForm = new QFormLayout(targetBox);
    for (const AccountChoice& choice : std::as_const(m_accounts))
        m_account->addItem(choice.displayName, choice.id);
    addField(targetForm, tr("&Account:"), m_account, QStringLiteral("accountCombo"));
    m_product->setPlaceholderText(tr("ProductKey or ProductID"));
    addField(targetForm, tr("&Product:"), m_product, QStringLiteral("productEdit"));
    m_register->setObjectName(QStringLiteral("registerAfterIssuingCheck"));
    targetForm->addRow(QString(), m_register);

    auto* namesBox = new QGroupBox(tr("Device names"), this);
    auto* namesLayout = new QGridLayout(namesBox);
    auto* sources = new QButtonGroup(this);
    const std::pair<QRadioButton*, QString> radios[] = {
        {m_listSource, QStringLiteral("listSourceRadio")},
        {m_fileSource, QStringLiteral("fileSourceRadio")},
        {m_generatedSource, QStringLiteral("generatedSourceRadio")},
    };
    for (const auto& [radio, name] : radios) {
        radio->setObjectName(name);
        radio->setAccessibleName(radio->text().remove(QLatin1Char('&')));
        sources->addButton(radio);
    }
    m_listSource->setChecked(true);
    m_names->setObjectName(QStringLiteral("namesEdit"));
    m_names->setAccessibleName(tr("Device names, one per line"));
    m_names->setPlaceholderText(tr("One device name per line"));
    m_names->setTabChangesFocus(true);
    m_namesFile->setNames(QStringLiteral("namesFileEdit"), tr("Text file with one device name per line"));
    m_namesFile->setChooser(tr("Device Names"), tr("Text files (*.txt *.csv);;All files (*)"));
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setAccessibleName(tr("Number of devices"));
    m_count->setRange(1, maximumBatch);
    m_count->setValue(10);
    m_prefix->setObjectName(QStringLiteral("prefixEdit"));
    m_prefix->setAccessibleName(tr("Device name prefix"));
    m_prefix->setPlaceholderText(tr("Prefix, e.g. sensor-"));
    namesLayout->addWidget(m_listSource, 0, 0, Qt::AlignTop);
    namesLayout->addWidget(m_names, 0, 1, 1, 2);
    namesLayout->addWidget(m_fileSource, 1, 0);
    namesLayout->addWidget(m_namesFile, 1, 1, 1, 2);
    namesLayout->addWidget(m_generatedSource, 2, 0);
    namesLayout->addWidget(m_prefix, 2, 1);
    namesLayout->addWidget(m_count, 2, 2);

    auto* certificateBox = new QGroupBox(tr("Certificates"), this);
    auto* certificateForm = new QFormLayout(certificateBox);
    addField(certificateForm, tr("&Key type:"), m_algorithm, QStringLiteral("keyAlgorithmCombo"));
    for (const Profile& profile : profiles)
        m_profile->addItem(profile.label, profile.id);
    if (m_profile->count() == 0)
        m_profile->addItem(tr("Device (TLS client authentication)"), QStringLiteral("device"));
    addField(certificateForm, tr("P&rofile:"), m_profile, QStringLiteral("profileCombo"));
    m_validityDays->setRange(1, 36500);
    m_validityDays->setValue(model::defaultDeviceValidityDays);
    m_validityDays->setSuffix(tr(" days"));
    addField(certificateForm, tr("&Valid for:"), m_validityDays, QStringLiteral("validityDaysSpin"));
    m_outputFolder->setNames(QStringLiteral("outputFolderEdit"), tr("Output folder"));
    m_outputFolder->setChooser(tr("Output Folder"));
    auto* outputLabel = new QLabel(tr("&Output folder:"), this);
    outputLabel->setBuddy(m_outputFolder->lineEdit());
    certificateForm->addRow(outputLabel, m_outputFolder);
    // `device issue --archive`: the files, the CSV and SHA256SUMS in one ZIP instead of the folder.
    m_writeArchive->setObjectName(QStringLiteral("writeArchiveCheck"));
    m_writeArchive->setToolTip(tr("Every device's files, the association CSV and a SHA-256 manifest in one ZIP file, "
                                  "written all or nothing."));
    certificateForm->addRow(QString(), m_writeArchive);
    m_archive->setNames(QStringLiteral("archiveEdit"), tr("Archive"));
    m_archive->setChooser(tr("Archive"), tr("ZIP archives (*.zip)"));
    auto* archiveLabel = new QLabel(tr("Arc&hive:"), this);
    archiveLabel->setBuddy(m_archive->lineEdit());
    certificateForm->addRow(archiveLabel, m_archive);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    auto* content = new QVBoxLayout;
    content->addWidget(targetBox);
    content->addWidget(namesBox, 1);
    content->addWidget(certificateBox);
    content->addWidget(m_summary);
    setContent(content);
    okButton()->setText(tr("&Issue"));
    okButton()->setAccessibleName(tr("Issue"));

    connect(m_account, &QComboBox::currentIndexChanged, this, &IssueDevicesDialog::accountChanged);
    connect(sources, &QButtonGroup::buttonToggled, this, &IssueDevicesDialog::sourceChanged);
    connect(m_names, &QPlainTextEdit::textChanged, this, &IssueDevicesDialog::updateSummary);
    connect(m_count, &QSpinBox::valueChanged, this, &IssueDevicesDialog::updateSummary);
    connect(m_prefix, &QLineEdit::textChanged, this, &IssueDevicesDialog::updateSummary);
    connect(m_writeArchive, &QCheckBox::toggled, this, &IssueDevicesDialog::archiveToggled);
    accountChanged();
    sourceChanged();
    archiveToggled();
}

void IssueDevicesDialog::archiveToggled()
{
    const bool archive = m_writeArchive->isChecked();
    m_outputFolder->setEnabled(!archive);
    m_archive->setEnabled(archive);
    // Registering and the connection details need the device files in a folder.
    if (archive)
        m_register->setChecked(false);
    m_register->setEnabled(!archive);
}

const AccountChoice& IssueDevicesDialog::account() const
{
    return m_accounts.at(std::max(0, m_account->currentIndex()));
}

void IssueDevicesDialog::accountChanged()
{
    const AccountChoice& choice = account();
    m_algorithm->setAllowedAlgorithms(choice.deviceKeyAlgorithms, crypto::KeyAlgorithm::EcP256);
    if (m_product->text().trimmed().isEmpty() || !m_product->isModified())
        m_product->setText(choice.productKey);
    if (const int profile = m_profile->findData(choice.profileId); profile >= 0)
        m_profile->setCurrentIndex(profile);
    // Offered only where the CA is registered on the account and its platform takes device certificates one by one.
    m_register->setVisible(!choice.registerPlatformName.isEmpty());
    if (choice.registerPlatformName.isEmpty())
        m_register->setChecked(false);
    //: %1 is a platform such as "AWS IoT Core"
    m_register->setText(tr("Re&gister on %1 after issuing").arg(choice.registerPlatformName));
    m_register->setAccessibleName(m_register->text().remove(QLatin1Char('&')));
    updateSummary();
}

IssueDevicesDialog::NamesSource IssueDevicesDialog::source() const
{
    if (m_fileSource->isChecked())
        return NamesSource::File;
    if (m_generatedSource->isChecked())
        return NamesSource::Generated;
    return NamesSource::List;
}

void IssueDevicesDialog::sourceChanged()
{
    const NamesSource current = source();
    m_names->setEnabled(current == NamesSource::List);
    m_namesFile->setEnabled(current == NamesSource::File);
    m_count->setEnabled(current == NamesSource::Generated);
    m_prefix->setEnabled(current == NamesSource::Generated);
    updateSummary();
}

void IssueDevicesDialog::updateSummary()
{
    qsizetype count = 0;
    switch (source()) {
    case NamesSource::List:
        count = nonEmptyLines(m_names->toPlainText()).size();
        break;
    case NamesSource::File:
        m_summary->setText(tr("The names are read from the file when you click Issue."));
        return;
    case NamesSource::Generated:
        count = m_count->value();
        break;
    }
    //: %Ln is a formatted number
    m_summary->setText(tr("%Ln device certificates will be issued.", nullptr, count));
}

Result<QStringList> IssueDevicesDialog::deviceNames() const
{
    QStringList names;
    switch (source()) {
    case NamesSource::List:
        names = nonEmptyLines(m_names->toPlainText());
        break;
    case NamesSource::File: {
        const QString path = m_namesFile->path();
        if (path.isEmpty())
            return Error {tr("Choose the file with the device names.")};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            //: %1 is a file path
            return Error {tr("The file '%1' cannot be read.").arg(QDir::toNativeSeparators(path)), file.errorString()};
        if (file.size() > maximumNamesFileSize)
            return Error {
                tr("The file '%1' is too large for a list of device names.").arg(QDir::toNativeSeparators(path))};
        names = nonEmptyLines(QString::fromUtf8(file.readAll()));
        break;
    }
    case NamesSource::Generated: {
        const QString prefix = m_prefix->text().trimmed();
        if (prefix.isEmpty())
            return Error {tr("Enter the prefix of the numbered device names.")};
        const int count = m_count->value();
        const int width = std::max(4, static_cast<int>(QString::number(count).size()));
        names.reserve(count);
        for (int i = 1; i <= count; ++i)
            names << prefix + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
        break;
    }
    }
    if (names.isEmpty())
        return Error {tr("Enter at least one device name.")};
    if (names.size() > maximumBatch)
        //: %1 and %2 are formatted numbers
        return Error {tr("%1 device names are more than the %2 one batch can issue.")
                          .arg(QLocale().toString(names.size()), QLocale().toString(maximumBatch))};

    const QRegularExpression pattern(account().deviceNamePattern);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        if (!pattern.match(name).hasMatch()) {
            const QString rule = account().deviceNameRule.isEmpty()
                ? tr("letters, digits and _ - @ . : only, at most 128 characters")
                : account().deviceNameRule;
            //: %1 is a position (1 = first), %2 a device name, %3 the naming rule
            return Error {tr("Device name %1, '%2', is not allowed here: %3.").arg(i + 1).arg(name, rule)};
        }
        if (const auto previous = seen.constFind(name); previous != seen.constEnd())
            //: %1 is a device name, %2 and %3 positions
            return Error {
                tr("The device name '%1' appears twice, at %2 and %3.").arg(name).arg(*previous + 1).arg(i + 1)};
        seen.insert(name, i);
    }
    return names;
}

std::optional<ValidatingDialog::FieldError> IssueDevicesDialog::validate() const
{
    if (m_product->text().trimmed().isEmpty())
        return FieldError {m_product, tr("Enter the product the devices belong to.")};
    static const QRegularExpression productPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!productPattern.match(m_product->text().trimmed()).hasMatch())
        return FieldError {m_product, tr("The product may contain only letters, digits, _ and -.")};
    if (const auto names = deviceNames(); !names) {
        QWidget* field = m_names;
        if (source() == NamesSource::File)
            field = m_namesFile->lineEdit();
        else if (source() == NamesSource::Generated)
            field = m_prefix;
        return FieldError {field, names.error().message};
    }
    if (!account().deviceKeyAlgorithms.contains(m_algorithm->algorithm()))
        return FieldError {m_algorithm, tr("The platform of this account does not accept this key type.")};
    if (m_writeArchive->isChecked()) {
        const QString archive = m_archive->path();
        if (archive.isEmpty())
            return FieldError {m_archive->lineEdit(), tr("Choose the archive to write.")};
        if (const QFileInfo archiveInfo(archive); archiveInfo.exists() || archiveInfo.isSymLink())
            //: %1 is a file
            return FieldError {
                m_archive->lineEdit(),
                tr("The archive '%1' already exists; choose a new name.").arg(QDir::toNativeSeparators(archive))};
        return std::nullopt;
    }
    const QString output = m_outputFolder->path();
    if (output.isEmpty())
        return FieldError {m_outputFolder->lineEdit(), tr("Choose the folder the certificates and keys go to.")};
    const QFileInfo outputInfo(output);
    if (outputInfo.exists() && !outputInfo.isDir())
        return FieldError {m_outputFolder->lineEdit(),
                           tr("The output path '%1' is a file, not a folder.").arg(QDir::toNativeSeparators(output))};
    return std::nullopt;
}

IssueDevicesRequest IssueDevicesDialog::request() const
{
    IssueDevicesRequest request;
    request.accountId = account().id;
    request.productKey = m_product->text().trimmed();
    request.deviceNames = deviceNames().valueOr(QStringList());
    request.algorithm = m_algorithm->algorithm();
    request.profile = m_profile->currentData().toString();
    request.validityDays = m_validityDays->value();
    request.outputFolder = QDir::cleanPath(m_outputFolder->path());
    if (m_writeArchive->isChecked()) {
        request.archivePath = QDir::cleanPath(QFileInfo(m_archive->path()).absoluteFilePath());
        request.outputFolder = QFileInfo(request.archivePath).path();
    }
    request.registerOnPlatform = !account().registerPlatformName.isEmpty() && m_register->isChecked();
    return request;
}

} // namespace iotca::ui
