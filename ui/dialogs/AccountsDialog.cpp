#include "AccountsDialog.h"

#include "ui/widgets/ErrorBanner.h"

#include "model/platform/PlatformId.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "model/workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iotca::ui {

namespace {
enum Column { NameColumn, PlatformColumn, RegionColumn, EndpointColumn, ColumnCount };
constexpr int idRole = Qt::UserRole + 1;

QString platformText(const QString& platformId)
{
    const auto platform = model::parsePlatformId(platformId);
    return platform ? model::platformDisplayName(*platform) : platformId;
}
} // namespace

AccountsDialog::AccountsDialog(model::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_testResult(new QLabel(this))
    , m_banner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setMinimumSize(640, 360);

    m_title->setObjectName(QStringLiteral("accountsTitle"));
    m_title->setBuddy(m_list);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("accountsView"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_test->setObjectName(QStringLiteral("testAccountButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_add->setAutoDefault(false);
    m_edit->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_test->setAutoDefault(false);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(buttons);
    auto* bottom = new QDialogButtonBox(this);
    bottom->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(middle, 1);
    layout->addWidget(m_testResult);
    layout->addWidget(m_banner);
    layout->addWidget(bottom);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_test);
    setTabOrder(m_test, m_close);

    connect(m_add, &QPushButton::clicked, this, [this] {
        clearMessages();
        Q_EMIT addRequested();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAccountId()) {
            clearMessages();
            Q_EMIT editRequested(id);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAccountId()) {
            clearMessages();
            Q_EMIT removeRequested(id);
        }
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAccountId()) {
            clearMessages();
            Q_EMIT testRequested(id);
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            Q_EMIT editRequested(item->data(NameColumn, idRole).toLongLong());
    });
    connect(&workspace, &model::Workspace::accountsChanged, this, &AccountsDialog::reload);

    retranslateUi();
    reload();
    m_list->setFocus();
}

qint64 AccountsDialog::currentAccountId() const
{
    const auto selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(NameColumn, idRole).toLongLong();
}

bool AccountsDialog::selectAccount(qint64 accountId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(NameColumn, idRole).toLongLong() == accountId) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

int AccountsDialog::accountCount() const
{
    return m_list->topLevelItemCount();
}

QString AccountsDialog::accountName(qint64 accountId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, idRole).toLongLong() == accountId)
            return m_list->topLevelItem(i)->text(NameColumn);
    }
    return {};
}

void AccountsDialog::reload()
{
    const qint64 selected = currentAccountId();
    m_list->clear();
    if (m_workspace) {
        const auto accounts = m_workspace->accounts().list();
        if (!accounts) {
            m_banner->showError(accounts.error());
        } else {
            for (const model::PlatformAccountRecord& account : accounts.value()) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(NameColumn, account.name);
                item->setData(NameColumn, idRole, account.id);
                item->setText(PlatformColumn, platformText(account.platformId));
                item->setText(RegionColumn, account.region);
                item->setText(EndpointColumn, account.endpoint.isEmpty() ? tr("(platform default)") : account.endpoint);
            }
        }
    }
    if (!selectAccount(selected) && m_list->topLevelItemCount() > 0)
        selectAccount(m_list->topLevelItem(0)->data(NameColumn, idRole).toLongLong());
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool selected = currentAccountId() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_test->setEnabled(selected);
}

void AccountsDialog::showTestRunning()
{
    //: %1 is an account name
    m_testResult->setText(tr("Testing '%1'…").arg(accountName(currentAccountId())));
    m_testResult->setAccessibleName(m_testResult->text());
    m_test->setEnabled(false);
}

void AccountsDialog::showTestResult(qint64 accountId, const Status& outcome)
{
    updateButtons();
    const QString name = accountName(accountId);
    if (outcome) {
        //: %1 is an account name
        m_testResult->setText(tr("'%1': connected, the platform accepted the credentials.").arg(name));
        m_banner->clear();
    } else {
        m_testResult->setText(tr("'%1': not connected.").arg(name));
        m_banner->showError(outcome.error());
    }
    m_testResult->setAccessibleName(m_testResult->text());
}

void AccountsDialog::showError(const Error& error)
{
    m_banner->showError(error);
}

void AccountsDialog::clearMessages()
{
    m_banner->clear();
    m_testResult->clear();
}

void AccountsDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete) && m_list->hasFocus() && currentAccountId() != 0) {
        m_remove->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AccountsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void AccountsDialog::retranslateUi()
{
    setWindowTitle(tr("Platform Accounts"));
    m_title->setText(tr("&Accounts the workspace registers CAs with. Their secrets are kept in the system keychain."));
    m_list->setHeaderLabels({tr("Name"), tr("Platform"), tr("Region"), tr("Endpoint")});
    m_list->setAccessibleName(tr("Platform accounts"));
    m_add->setText(tr("A&dd…"));
    m_add->setAccessibleName(tr("Add account"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit account"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setAccessibleName(tr("Remove account"));
    m_test->setText(tr("&Test Connection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_close->setText(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
    m_testResult->setAccessibleName(tr("Connection test result"));
}

} // namespace iotca::ui
