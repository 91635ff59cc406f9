#pragma once

#include "model/ceremony/CeremonyScript.h"
#include "model/platform/PlatformId.h"

#include <QDir>
#include <QWizardPage>

#include <map>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace iotca::ui {

class FilePathEdit;
class Prompter;

/// Key Ceremony wizard: the registration codes typed from each platform's console, for which the ceremony's CA makes
/// verification certificates (CN = the code; docs/ceremony.md). An empty field makes none for that platform.
class CeremonyVerificationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CeremonyVerificationPage(QWidget* parent = nullptr);

    /// One entry per typed code, written to `<out>/verification/<platform>.pem`.
    void apply(model::CeremonyScript& script, const QString& ca, const QDir& out) const;

private:
    std::map<model::PlatformId, QLineEdit*> m_codes;
};

/// A batch of device certificates from the ceremony's CA, numbered "<prefix>1" … "<prefix>N".
class CeremonyDevicesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CeremonyDevicesPage(QWidget* parent = nullptr);

    /// The batch goes to `<out>/devices`, its association CSV to `<out>/association.csv`.
    void apply(model::CeremonyScript& script, const QString& ca, const QDir& out) const;

private:
    QCheckBox* m_issue;
    QLineEdit* m_product;
    QSpinBox* m_count;
    QLineEdit* m_prefix;
    QSpinBox* m_days;
};

/// The backup of the starting CA's key for custody: the folder on removable media, and its passphrase split M-of-N
/// into share sheets printed from a second folder (model/custody, as `iotca key backup --shares`).
class CeremonyBackupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CeremonyBackupPage(Prompter& prompter, QWidget* parent = nullptr);

    void apply(model::CeremonyScript& script, const QString& ca) const;

private:
    QCheckBox* m_backUp;
    FilePathEdit* m_folder;
    FilePathEdit* m_sharesFolder;
    QSpinBox* m_threshold;
    QSpinBox* m_shares;
};

/// Where everything else goes: one folder, with the record in `record/` and the transfer bundle for the online
/// machine in `transfer-bundle/`.
class CeremonyOutputsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CeremonyOutputsPage(Prompter& prompter, QWidget* parent = nullptr);

    /// The output folder, absolute; empty until one is given.
    [[nodiscard]] QString folder() const;
    /// The record's folder and, when chosen, the bundle (of `ca`, carrying every verification certificate and CSV).
    void apply(model::CeremonyScript& script, const QString& ca) const;

    [[nodiscard]] bool isComplete() const override;

private:
    FilePathEdit* m_folder;
    QCheckBox* m_bundle;
};

} // namespace iotca::ui
