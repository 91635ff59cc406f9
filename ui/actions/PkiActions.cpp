#include "PkiActions.h"

#include "CsvTemplateCommand.h"
#include "DeviceCertificateCommand.h"
#include "ExportCaChainCommand.h"
#include "ExportPrivateKeyCommand.h"
#include "PublishCrlCommand.h"
#include "ReissueDeviceCommand.h"
#include "RenewCaCommand.h"
#include "RevokeDevicesCommand.h"
#include "VerificationCertificateCommand.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"

#include "model/models/DeviceCertificateModel.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace iotca::ui {

PkiActions::PkiActions(model::Workspace* workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                       CaListPane* caList, DeviceAssociationPane* devices, Runner runner)
    : QObject(window)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_window(window)
    , m_caList(caList)
    , m_devices(devices)
    , m_run(std::move(runner))
{
    setObjectName(QStringLiteral("pkiActions"));
    static const char* const names[IdCount] = {"exportChainAction",
                                               "publishCrlAction",
                                               "renewCaAction",
                                               "exportPrivateKeyAction",
                                               "verificationCertificateAction",
                                               "revokeDevicesAction",
                                               "showDeviceCertificateAction",
                                               "csvTemplateAction",
                                               "reissueDeviceAction"};
    for (int i = 0; i < IdCount; ++i) {
        m_actions[i] = new QAction(this);
        m_actions[i]->setObjectName(QString::fromLatin1(names[i]));
        m_actions[i]->setEnabled(false);
    }
    retranslate();
    if (!m_workspace)
        return;
    connect(action(ExportChain), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            m_run(new ExportCaChainCommand(*m_workspace, m_secrets, m_prompter, m_window, caId));
    });
    connect(action(PublishCrl), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            m_run(new PublishCrlCommand(*m_workspace, m_secrets, m_prompter, m_window, caId));
    });
    connect(action(RenewCa), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            m_run(new RenewCaCommand(*m_workspace, m_secrets, m_prompter, m_window, caId));
    });
    connect(action(ExportPrivateKey), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            m_run(new ExportPrivateKeyCommand(*m_workspace, m_secrets, m_prompter, m_window, caId));
    });
    connect(action(VerificationCertificate), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            m_run(new VerificationCertificateCommand(*m_workspace, m_secrets, m_prompter, m_window, caId));
    });
    connect(action(CsvTemplate), &QAction::triggered, this,
            [this] { m_run(new CsvTemplateCommand(*m_workspace, m_secrets, m_prompter, m_window)); });
    connect(action(RevokeDevices), &QAction::triggered, this, [this] {
        if (const qint64 caId = m_caList->currentCaId(); caId > 0)
            m_run(new RevokeDevicesCommand(*m_workspace, m_secrets, m_prompter, m_window, caId,
                                           m_devices->selectedSerials()));
    });
    connect(action(ReissueDevice), &QAction::triggered, this, [this] {
        const QStringList serials = m_devices->selectedSerials();
        if (const qint64 caId = m_caList->currentCaId(); caId > 0 && serials.size() == 1)
            m_run(new ReissueDeviceCommand(*m_workspace, m_secrets, m_prompter, m_window, caId, serials.constFirst()));
    });
    connect(action(ShowDeviceCertificate), &QAction::triggered, this, [this] {
        const QStringList serials = m_devices->selectedSerials();
        if (serials.size() == 1)
            showDeviceCertificate(serials.constFirst());
    });
    // Enter or a double-click on a device row opens its certificate.
    connect(m_devices->view(), &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showDeviceCertificate(index.data(model::DeviceCertificateModel::SerialRole).toString());
    });
}

void PkiActions::showDeviceCertificate(const QString& serial)
{
    const qint64 caId = m_caList->currentCaId();
    if (!m_workspace || caId == 0 || serial.isEmpty())
        return;
    m_run(new DeviceCertificateCommand(*m_workspace, m_secrets, m_prompter, m_window, caId, serial));
}

void PkiActions::addToMenus(QMenu* caMenu, QMenu* devicesMenu)
{
    caMenu->addSeparator();
    caMenu->addActions({action(VerificationCertificate), action(ExportChain), action(ExportPrivateKey),
                        action(PublishCrl), action(RenewCa)});
    devicesMenu->addSeparator();
    devicesMenu->addActions(
        {action(ShowDeviceCertificate), action(ReissueDevice), action(RevokeDevices), action(CsvTemplate)});
}

void PkiActions::update(const MainActions::Context& context)
{
    const bool writable = m_workspace && context.writableWorkspace;
    action(ExportChain)->setEnabled(m_workspace && context.caSelected);
    action(PublishCrl)->setEnabled(writable && context.caSelected && context.caHasStoredKey);
    // No platform account is needed, nor a writable workspace: nothing is recorded but the audit entry.
    action(VerificationCertificate)->setEnabled(m_workspace && context.caSelected && context.caHasStoredKey);
    // The signer may be the CA's issuer, so renewal only needs the workspace to be writable (CaRenewal checks).
    action(RenewCa)->setEnabled(writable && context.caSelected);
    action(ExportPrivateKey)->setEnabled(writable && context.caSelected && context.caHasStoredKey);
    action(CsvTemplate)->setEnabled(m_workspace != nullptr);
    action(RevokeDevices)->setEnabled(writable && context.caSelected && context.selectedDevices > 0);
    action(ShowDeviceCertificate)->setEnabled(m_workspace && context.caSelected && context.selectedDevices == 1);
    // One device at a time, signed by the selected CA's own key.
    action(ReissueDevice)
        ->setEnabled(writable && context.caSelected && context.caHasStoredKey && context.selectedDevices == 1);
}

void PkiActions::retranslate()
{
    const auto set = [this](Id id, const QString& text, const QString& tip) {
        action(id)->setText(text);
        action(id)->setToolTip(tip);
        action(id)->setStatusTip(tip);
    };
    set(ExportChain, tr("Export &Chain…"),
        tr("Write the selected CA's certificate and its issuers' up to the root as one PEM file"));
    set(PublishCrl, tr("Pu&blish CRL…"),
        tr("Write the selected CA's certificate revocation list, signed with its key"));
    set(RenewCa, tr("Re&new CA…"),
        tr("Renew the selected CA's certificate with the same key: new validity, device certificates keep verifying"));
    set(ExportPrivateKey, tr("Export Private &Key…"),
        tr("Back up the selected CA's private key under a new passphrase (PKCS#8 or PKCS#12 with the chain)"));
    set(VerificationCertificate, tr("&Verification Certificate…"),
        tr("Make the verification certificate for a registration code typed from a platform's console"));
    set(CsvTemplate, tr("Export Association CSV &Template…"),
        tr("Write an empty device-association CSV with its header row"));
    set(RevokeDevices, tr("Re&voke…"), tr("Revoke the selected device certificates, with a reason"));
    set(ReissueDevice, tr("Re-&issue…"),
        tr("Issue a new certificate for the selected device, for the same or a new key; the old one stays valid "
           "until it is revoked"));
    set(ShowDeviceCertificate, tr("&Show Certificate…"),
        tr("Show the selected device certificate: details, fingerprints, status and history (Enter)"));
}

} // namespace iotca::ui
