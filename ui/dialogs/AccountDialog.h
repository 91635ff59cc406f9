#pragma once

#include "EmulatorPreset.h"
#include "PlatformAccountInput.h"
#include "ValidatingDialog.h"

#include "crypto/Result.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace iotca::ui {

class FilePathEdit;
class Prompter;

/// Adds or edits a platform account: platform, name, region, endpoint, CA bundle, instance, product and
/// credentials. The secret never appears again once stored; editing leaves it as it is unless a new one is typed
/// (a changed access key ID needs its secret). "Use Local Emulator" fills in the emulator that `scripts/run`
/// started (EmulatorPreset). "Test connection" runs the injected tester and shows its answer in the dialog; an
/// injected saver, when set, stores the account on OK and keeps the dialog open with the reason when that fails.
class AccountDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// Calls `done` exactly once, on the GUI thread, with the outcome of a read-only request to the platform.
    using ConnectionTester = std::function<void(const PlatformAccountInput&, std::function<void(Status)> done)>;
    /// Stores what the dialog collected; an Error keeps the dialog open and shows it.
    using Saver = std::function<Status(const PlatformAccountInput&)>;

    /// For a new account pass an empty `existing`; for an edit, its current values (the secret is not needed).
    AccountDialog(Prompter& prompter, const PlatformAccountInput& existing, ConnectionTester tester,
                  QWidget* parent = nullptr);

    [[nodiscard]] PlatformAccountInput input() const;
    [[nodiscard]] bool isEdit() const { return m_isEdit; }

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    /// Replaces the preset read from the environment (tests).
    void setEmulatorPreset(EmulatorPreset preset);
    /// Fills the fields from the emulator preset (what the "Use Local Emulator" button does).
    void applyEmulatorPreset();

    /// Platform ids with their names, in the order the chooser lists them.
    [[nodiscard]] static QList<std::pair<QString, QString>> platforms();

    void accept() override;

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void platformChanged();
    void testConnection();
    void updateButtons();
    [[nodiscard]] QString platform() const;
    [[nodiscard]] bool platformHasApi() const;

    bool m_isEdit;
    QString m_originalAccessKeyId;
    ConnectionTester m_tester;
    Saver m_saver;
    EmulatorPreset m_preset;
    QComboBox* m_platform;
    QLineEdit* m_name;
    QComboBox* m_region;
    QLineEdit* m_endpoint;
    FilePathEdit* m_caBundle;
    QLineEdit* m_instance;
    QLineEdit* m_product;
    QLineEdit* m_accessKeyId;
    QLineEdit* m_secret;
    QPushButton* m_emulatorButton;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    int m_testGeneration = 0;
};

} // namespace iotca::ui
