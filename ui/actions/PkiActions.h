#pragma once

#include "MainActions.h"

#include <QObject>

#include <array>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace iotca::model {
class SecretStore;
class Workspace;
} // namespace iotca::model

namespace iotca::ui {

class CaListPane;
class Command;
class DeviceAssociationPane;
class Prompter;

/// The CA tool actions of issue 17 (the CA tree, one device certificate, revocation and CRLs) as QActions with
/// stable objectNames, added to the CA and Devices menus. Enabled from the same MainActions::Context as the main
/// window's actions; each starts one Command through the window's runner.
class PkiActions : public QObject
{
    Q_OBJECT
public:
    enum Id {
        ExportChain,
        PublishCrl,
        RenewCa,
        ExportPrivateKey,
        VerificationCertificate,
        RevokeDevices,
        ShowDeviceCertificate,
        CsvTemplate,
        ReissueDevice,
        IdCount
    };

    using Runner = std::function<void(Command*)>;

    /// `workspace` may be null (no workspace: every action stays disabled).
    PkiActions(model::Workspace* workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
               CaListPane* caList, DeviceAssociationPane* devices, Runner runner);

    [[nodiscard]] QAction* action(Id id) const { return m_actions.at(id); }
    /// Adds the CA actions to `caMenu` and the device actions to `devicesMenu`.
    void addToMenus(QMenu* caMenu, QMenu* devicesMenu);
    void update(const MainActions::Context& context);
    void retranslate();

    /// Opens the device certificate `serial` of the selected CA (what Enter or a double-click on a row does).
    void showDeviceCertificate(const QString& serial);

private:
    model::Workspace* m_workspace;
    model::SecretStore& m_secrets;
    Prompter& m_prompter;
    QWidget* m_window;
    CaListPane* m_caList;
    DeviceAssociationPane* m_devices;
    Runner m_run;
    std::array<QAction*, IdCount> m_actions {};
};

} // namespace iotca::ui
