#pragma once

#include "PlatformAccountInput.h"
#include "ValidatingDialog.h"

#include "crypto/Result.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace iotca::ui {

/// Adds or edits a platform account: platform, name, region, endpoint, instance, product and credentials. The
/// secret never appears again once stored; editing leaves it as it is unless a new one is typed. "Test connection"
/// runs the injected tester and shows its answer in the dialog.
class AccountDialog : public ValidatingDialog
{
    Q_OBJECT
public:
    /// Calls `done` exactly once, on the GUI thread, with the outcome of a read-only request to the platform.
    using ConnectionTester = std::function<void(const PlatformAccountInput&, std::function<void(Status)> done)>;

    /// For a new account pass an empty `existing`; for an edit, its current values (the secret is not needed).
    AccountDialog(const PlatformAccountInput& existing, ConnectionTester tester, QWidget* parent = nullptr);

    [[nodiscard]] PlatformAccountInput input() const;
    [[nodiscard]] bool isEdit() const { return m_isEdit; }

    /// Platform ids with their names, in the order the chooser lists them.
    [[nodiscard]] static QList<std::pair<QString, QString>> platforms();

protected:
    [[nodiscard]] std::optional<FieldError> validate() const override;

private:
    void platformChanged();
    void testConnection();
    [[nodiscard]] std::optional<FieldError> validateFields(bool forTest) const;

    bool m_isEdit;
    ConnectionTester m_tester;
    QComboBox* m_platform;
    QLineEdit* m_name;
    QComboBox* m_region;
    QLineEdit* m_endpoint;
    QLineEdit* m_instance;
    QLineEdit* m_product;
    QLineEdit* m_accessKeyId;
    QLineEdit* m_secret;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    int m_testGeneration = 0;
};

} // namespace iotca::ui
