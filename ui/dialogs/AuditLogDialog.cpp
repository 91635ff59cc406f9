#include "AuditLogDialog.h"

#include "ui/actions/BackgroundTask.h"
#include "ui/widgets/ErrorBanner.h"

#include "model/audit/AuditLog.h"
#include "model/audit/AuditVerification.h"
#include "model/models/AuditLogModel.h"
#include "model/workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace iotca::ui {

AuditLogDialog::AuditLogDialog(model::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new model::AuditLogModel(&workspace, this))
    , m_view(new QTableView(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_result(new QLabel(this))
    , m_error(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    resize(860, 520);

    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table (issue 18)
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Verify the audit log"));
    m_result->setObjectName(QStringLiteral("verificationLabel"));
    m_result->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AuditLogDialog::verificationText() const
{
    return m_result->text();
}

void AuditLogDialog::verify()
{
    m_verify->setEnabled(false);
    m_error->clear();
    m_result->setText(tr("Verifying…"));
    const model::Workspace* workspace = &m_workspace;
    runInBackground<Result<model::AuditVerification>>(
        this, [workspace] { return workspace->audit().verify(); },
        [this](Result<model::AuditVerification> verification) {
            m_verify->setEnabled(true);
            if (!verification) {
                m_result->setText(tr("The audit log could not be verified."));
                m_error->showError(verification.error());
                Q_EMIT verified(false);
                return;
            }
            const QString count = QLocale().toString(verification->entriesChecked);
            if (verification->intact())
                //: %1 is a formatted number
                m_result->setText(tr("The audit log is intact: %1 entries checked.").arg(count));
            else
                m_result->setText(tr("The audit log was changed: %1").arg(verification->description));
            m_result->setAccessibleName(m_result->text());
            Q_EMIT verified(verification->intact());
        });
}

} // namespace iotca::ui
