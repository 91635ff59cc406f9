#include "RegisterCaRunPage.h"

#include "RegisterCaWizard.h"

#include "model/ModelErrorCode.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>

namespace iotca::ui {

RegisterCaRunPage::RegisterCaRunPage(RegisterCaWizard& wizard, RegisterCaBackend& backend)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_backend(backend)
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("registerRunPage"));
    setTitle(tr("Registering"));
    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_step->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("registerProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setFocusPolicy(Qt::TabFocus);
    m_detailsLabel->setText(tr("&Details (the platform's answer):"));
    m_detailsLabel->setBuddy(m_details);
    m_details->setObjectName(QStringLiteral("detailsEdit"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_result);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details, 1);
}

void RegisterCaRunPage::initializePage()
{
    m_outcome.reset();
    m_cancelRequested = false;
    m_bar->setRange(0, 0);
    m_bar->show();
    m_step->setText(tr("Starting…"));
    m_result->clear();
    m_result->setStyleSheet(QString());
    m_result->hide();
    m_detailsLabel->hide();
    m_details->clear();
    m_details->hide();
    setTitle(m_wizard.currentAccount().writesBundle ? tr("Writing the Upload Bundle") : tr("Registering"));
    // After the page is on screen: the backend may ask for the CA's passphrase first.
    QMetaObject::invokeMethod(this, &RegisterCaRunPage::begin, Qt::QueuedConnection);
}

void RegisterCaRunPage::begin()
{
    if (m_running || m_outcome || !m_wizard.isVisible())
        return;
    m_running = true;
    const int generation = ++m_generation;
    QPointer<RegisterCaRunPage> self(this);
    m_backend.start(
        m_wizard.input(),
        [self, generation](int done, int total, const QString& step) {
            if (self && self->m_generation == generation)
                self->onProgress(done, total, step);
        },
        [self, generation](Result<RegisterCaOutcome> outcome) {
            if (self && self->m_generation == generation)
                self->onDone(std::move(outcome));
        });
}

void RegisterCaRunPage::retry()
{
    if (m_running || !m_outcome || m_outcome->ok())
        return;
    initializePage();
    Q_EMIT completeChanged();
}

void RegisterCaRunPage::requestCancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_step->setText(tr("Cancelling…"));
    m_backend.cancel();
}

void RegisterCaRunPage::onProgress(int done, int total, const QString& step)
{
    if (!m_running)
        return;
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    }
    if (!step.isEmpty() && !m_cancelRequested)
        m_step->setText(step);
}

void RegisterCaRunPage::onDone(Result<RegisterCaOutcome> outcome)
{
    m_running = false;
    const bool cancelled = !outcome && outcome.error().code == model::ErrorCode::Cancelled;
    m_outcome = std::move(outcome);
    m_bar->setRange(0, 1);
    m_bar->setValue(m_outcome->ok() ? 1 : 0);
    m_result->show();
    if (m_outcome->ok()) {
        const RegisterCaOutcome& done = m_outcome->value();
        setTitle(done.bundle ? tr("Bundle Written") : tr("Registered"));
        m_step->setText(done.bundle ? tr("The upload bundle is ready.") : tr("The platform accepted the CA."));
        QStringList lines;
        if (done.bundle) {
            //: %1 is a folder
            lines << tr("Folder: %1").arg(QDir::toNativeSeparators(done.folder));
            //: %1 is a list of file names
            lines << tr("Files: %1").arg(done.files.join(QStringLiteral(", ")));
            lines << (m_wizard.currentAccount().hasApi
                          ? tr("Next: on a connected machine, register ca.pem and verification.pem with the "
                               "platform as README.txt says.")
                          : tr("Next: upload ca.pem and verification.pem in the platform's console, as the README "
                               "says."));
        } else {
            //: %1 is the platform's id of the CA
            lines << tr("Platform ID: %1").arg(done.remoteId);
            //: %1 is a status such as "Activated"
            lines << tr("Status: %1").arg(done.status);
            if (!done.registrationCode.isEmpty())
                lines << tr("Registration code: %1").arg(done.registrationCode);
        }
        m_result->setText(lines.join(QLatin1Char('\n')));
        if (!done.verificationPem.isEmpty()) {
            m_detailsLabel->setText(
                tr("&Verification certificate (CN = the registration code, signed by the CA key):"));
            m_details->setAccessibleName(tr("Verification certificate"));
            m_details->setPlainText(QString::fromLatin1(done.verificationPem));
            m_detailsLabel->show();
            m_details->show();
        }
    } else {
        const Error& error = m_outcome->error();
        setTitle(cancelled ? tr("Cancelled") : tr("Not Registered"));
        m_step->setText(cancelled ? tr("Cancelled: nothing was registered or recorded.")
                                  : tr("The registration failed; nothing was recorded in the workspace."));
        QString message = error.message;
        if (error.code == model::ErrorCode::CaName || error.code == model::ErrorCode::CaNameTaken)
            //: Follows the platform's refusal of the CA's name; "Name on the platform" is a field of the first page
            message += QLatin1Char('\n')
                + tr("Register again with another “Name on the platform”; the CA keeps its name in the workspace.");
        m_result->setText(message);
        m_result->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #a4262c;"));
        if (!error.detail.isEmpty()) {
            m_detailsLabel->setText(tr("&Details (the platform's answer):"));
            m_details->setAccessibleName(tr("Details"));
            m_details->setPlainText(error.code.isEmpty() ? error.detail
                                                         //: %1 is an error code, %2 the platform's raw answer
                                                         : tr("Code: %1\n%2").arg(error.code, error.detail));
            m_detailsLabel->show();
            m_details->show();
        }
    }
    m_result->setAccessibleName(m_result->text());
    Q_EMIT completeChanged();
    Q_EMIT runFinished(cancelled && m_cancelRequested);
}

bool RegisterCaRunPage::isComplete() const
{
    return m_outcome.has_value();
}

} // namespace iotca::ui
