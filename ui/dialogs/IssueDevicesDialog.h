#pragma once

#include "AccountChoice.h"
#include "IssueDevicesRequest.h"
#include "ValidatingDialog.h"

#include "crypto/Result.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace iotca::ui {

class FilePathEdit;
class KeyAlgorithmCombo;
class Prompter;

/// Collects a batch of device certificates to issue from one CA: account (whose platform decides the allowed key
/// types and device names), product, device names (typed list, text file, or count and prefix), key type,
/// profile, validity and output folder. Returns an IssueDevicesRequest.
class IssueDevicesDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    struct Profile
    {
        QString id;
        QString label;
    };
    enum class NamesSource { List, File, Generated };

    static constexpr int maximumBatch = 100000;

    IssueDevicesDialog(Prompter& prompter, const QString& caName, const QList<AccountChoice>& accounts,
                       const QList<Profile>& profiles, QWidget* parent = nullptr);

    [[nodiscard]] IssueDevicesRequest request() const;
    /// The device names the current fields give, or why they are not acceptable.
    [[nodiscard]] Result<QStringList> deviceNames() const;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void accountChanged();
    void sourceChanged();
    void updateSummary();
    void archiveToggled();
    [[nodiscard]] NamesSource source() const;
    [[nodiscard]] const AccountChoice& account() const;

    QList<AccountChoice> m_accounts;
    QComboBox* m_account;
    QCheckBox* m_register;
    QLineEdit* m_product;
    QRadioButton* m_listSource;
    QRadioButton* m_fileSource;
    QRadioButton* m_generatedSource;
    QPlainTextEdit* m_names;
    FilePathEdit* m_namesFile;
    QSpinBox* m_count;
    QLineEdit* m_prefix;
    KeyAlgorithmCombo* m_algorithm;
    QComboBox* m_profile;
    QSpinBox* m_validityDays;
    FilePathEdit* m_outputFolder;
    QCheckBox* m_writeArchive;
    FilePathEdit* m_archive;
    QLabel* m_summary;
};

} // namespace iotca::ui
