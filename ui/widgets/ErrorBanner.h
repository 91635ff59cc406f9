#pragma once

#include "crypto/Error.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace iotca::ui {

/// An error shown inside a window rather than in a pop-up: the message in plain words, and the detail (OpenSSL
/// reasons, a platform's raw answer) behind a "Details" button. Hidden while there is nothing to report.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const Error& error);
    void clear();

    [[nodiscard]] QString message() const;
    [[nodiscard]] QString detail() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_message;
    QToolButton* m_detailsButton;
    QToolButton* m_closeButton;
    QPlainTextEdit* m_detail;
};

} // namespace iotca::ui
