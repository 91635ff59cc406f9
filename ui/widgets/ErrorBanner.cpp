#include "ErrorBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace iotca::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x7a, 0x1c, 0x12));
    setPalette(pal);

    m_message->setObjectName(QStringLiteral("errorMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setCheckable(true);
    // The message wraps; the buttons beside it keep their full width however long the message is.
    m_detailsButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_closeButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_closeButton->setObjectName(QStringLiteral("errorCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("\u2715"));
    m_detail->setObjectName(QStringLiteral("errorDetailEdit"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // URLs and paths wrap too
    m_detail->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_detail->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    top->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_detail);

    connect(m_detailsButton, &QToolButton::toggled, m_detail, &QWidget::setVisible);
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::clear);
    retranslateUi();
    hide();
}

void ErrorBanner::showError(const Error& error)
{
    m_message->setText(error.message);
    m_message->setAccessibleName(error.message);
    m_detail->setPlainText(error.detail);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!error.detail.isEmpty());
    show();
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_detail->clear();
    m_detailsButton->setChecked(false);
    hide();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::detail() const
{
    return m_detail->toPlainText();
}

void ErrorBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The message was translated when it was shown; after a language switch it would stay in the old
        // language, so it goes (the action that caused it can be repeated).
        clear();
    }
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslateUi()
{
    setAccessibleName(tr("Error"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_closeButton->setAccessibleName(tr("Dismiss error"));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_detail->setAccessibleName(tr("Error details"));
}

} // namespace iotca::ui
