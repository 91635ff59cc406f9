#pragma once

#include <QFlags>
#include <QObject>

#include <array>

class QAction;
class QActionGroup;

namespace iotca::ui {

/// Every command of the main window as a QAction with a stable objectName, a keyboard shortcut where one is
/// expected, a tooltip and an icon; the texts follow the UI language. Each action declares what it needs (a
/// workspace, a selected CA, its stored key, a registration, selected device certificates) and update() enables it
/// from that alone, so
/// MainWindow never enables actions by hand (Kleopatra's command restrictions).
class MainActions : public QObject
{
    Q_OBJECT
public:
    enum Id {
        NewCa,
        ImportCa,
        ImportCsv,
        Quit,
        RegisterCa,
        ActivateCa,
        DeactivateCa,
        DeleteRegistration,
        DeleteCa,
        IssueDevices,
        RegisterDevices,
        ActivateDevices,
        DeactivateDevices,
        DeleteDevices,
        ExportAssociationCsv,
        Accounts,
        AuditLog,
        Refresh,
        WorkOffline,
        LanguageSystem,
        LanguageEnglish,
        LanguageChinese,
        About,
        IdCount
    };

    enum Need {
        NeedNothing = 0,
        NeedWritableWorkspace = 0x1,
        NeedCa = 0x2,
        NeedDeviceSelection = 0x4,
        NeedStoredKey = 0x8,
        NeedRegistration = 0x10,
        NeedActiveRegistration = 0x20, ///< Deactivate: a registration of the CA is active
        NeedInactiveRegistration = 0x40, ///< Activate: a registration of the CA is inactive
    };
    Q_DECLARE_FLAGS(Needs, Need)

    struct Context
    {
        bool writableWorkspace = false;
        bool caSelected = false;
        bool caHasStoredKey = false;
        /// The selected CA is registered (Activated or Inactivated) with a platform account.
        bool caRegistered = false;
        /// A registration of the selected CA is Activated / Inactivated.
        bool caActive = false;
        bool caInactive = false;
        int selectedDevices = 0;
    };

    explicit MainActions(QObject* parent = nullptr);

    [[nodiscard]] QAction* action(Id id) const { return m_actions.at(id); }
    [[nodiscard]] static Needs needs(Id id);
    /// Enables every action whose needs `context` meets.
    void update(const Context& context);
    /// Re-reads every text; called on QEvent::LanguageChange.
    void retranslate();
    /// Checks the language action that matches `bcp47Name` ("" = system).
    void setCurrentLanguage(const QString& bcp47Name);
    /// "" for System, "en", "zh_CN".
    [[nodiscard]] static QString languageOf(Id id);

private:
    std::array<QAction*, IdCount> m_actions {};
    QActionGroup* m_languages;
};

} // namespace iotca::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(iotca::ui::MainActions::Needs)
