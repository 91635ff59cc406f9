#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;

namespace iotca::ui {

class ErrorBanner;

/// A dialog that checks every field in accept() before it closes (docs/architecture.md R8): the first problem is shown
/// in the dialog's own error banner, in words, and the offending field gets the focus. Subclasses build their form, add
/// it with setContent() and answer validate(); they never run an operation themselves.
class ValidatingDialog : public QDialog
{
    Q_OBJECT
public:
    struct FieldError
    {
        QWidget* field;
        QString message;
    };

    explicit ValidatingDialog(QWidget* parent = nullptr);

    /// The message of the last rejected accept(), empty when the last check passed.
    [[nodiscard]] QString validationMessage() const;
    [[nodiscard]] QPushButton* okButton() const;

    void accept() override;

protected:
    /// The first invalid field and why, or nothing when the dialog may close.
    [[nodiscard]] virtual std::optional<FieldError> validate() const = 0;

    /// Puts `content` above the error banner and the OK/Cancel buttons.
    void setContent(QWidget* content);
    void setContent(QLayout* content);
    /// Adds `field` to `form` with a label, and names it for tests and assistive tools.
    void addField(QFormLayout* form, const QString& label, QWidget* field, const QString& objectName);
    void showProblem(const QString& message);
    /// Sizes the dialog to its content (titles and wrapped texts included) when it appears.
    void showEvent(QShowEvent* event) override;

    [[nodiscard]] QDialogButtonBox* buttonBox() const { return m_buttons; }
    [[nodiscard]] ErrorBanner* errorBanner() const { return m_banner; }

private:
    ErrorBanner* m_banner;
    QDialogButtonBox* m_buttons;
};

} // namespace iotca::ui
