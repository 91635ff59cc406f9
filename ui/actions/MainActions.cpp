#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>

namespace iotca::ui {

namespace {
struct Spec
{
    const char* objectName;
    const char* icon; // resource name under :/icons, or nullptr
    QKeySequence shortcut;
};

Spec specOf(MainActions::Id id)
{
    using M = MainActions;
    switch (id) {
    case M::NewCa:
        return {"newCaAction", "new-ca", QKeySequence::New};
    case M::ImportCa:
        return {"importCaAction", "import-ca", QKeySequence(Qt::CTRL | Qt::Key_I)};
    case M::ImportCsv:
        return {"importCsvAction", "import-csv", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)};
    case M::Quit:
        return {"quitAction", nullptr, QKeySequence::Quit};
    case M::RegisterCa:
        return {"registerCaAction", "register", QKeySequence(Qt::CTRL | Qt::Key_R)};
    case M::ActivateCa:
        return {"activateCaAction", "activate", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)};
    case M::DeactivateCa:
        return {"deactivateCaAction", "deactivate", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)};
    case M::DeleteRegistration:
        return {"deleteRegistrationAction", nullptr, QKeySequence()};
    case M::DeleteCa:
        return {"deleteCaAction", "delete", QKeySequence(Qt::SHIFT | Qt::Key_Delete)};
    case M::IssueDevices:
        return {"issueDevicesAction", "issue", QKeySequence(Qt::CTRL | Qt::Key_D)};
    case M::RegisterDevices:
        return {"registerDevicesAction", nullptr, QKeySequence()};
    case M::ActivateDevices:
        return {"activateDevicesAction", nullptr, QKeySequence()};
    case M::DeactivateDevices:
        return {"deactivateDevicesAction", nullptr, QKeySequence()};
    case M::DeleteDevices:
        return {"deleteDevicesAction", nullptr, QKeySequence::Delete};
    case M::ExportAssociationCsv:
        return {"exportAssociationCsvAction", nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)};
    case M::Accounts:
        return {"accountsAction", "accounts", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)};
    case M::AuditLog:
        return {"auditLogAction", "audit", QKeySequence(Qt::CTRL | Qt::Key_L)};
    case M::Refresh:
        return {"refreshAction", nullptr, QKeySequence::Refresh};
    case M::WorkOffline:
        return {"workOfflineAction", nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)};
    case M::LanguageSystem:
        return {"languageSystemAction", nullptr, QKeySequence()};
    case M::LanguageEnglish:
        return {"languageEnglishAction", nullptr, QKeySequence()};
    case M::LanguageChinese:
        return {"languageChineseAction", nullptr, QKeySequence()};
    case M::About:
        return {"aboutAction", nullptr, QKeySequence()};
    case M::IdCount:
        break;
    }
    return {"", nullptr, QKeySequence()};
}
} // namespace

MainActions::MainActions(QObject* parent)
    : QObject(parent)
    , m_languages(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainActions"));
    for (int i = 0; i < IdCount; ++i) {
        const Spec spec = specOf(static_cast<Id>(i));
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(spec.objectName));
        if (spec.icon)
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.icon))));
        if (!spec.shortcut.isEmpty())
            action->setShortcut(spec.shortcut);
        m_actions[i] = action;
    }
    action(Quit)->setMenuRole(QAction::QuitRole);
    action(About)->setMenuRole(QAction::AboutRole);
    action(WorkOffline)->setCheckable(true);
    for (Id id : {LanguageSystem, LanguageEnglish, LanguageChinese}) {
        action(id)->setCheckable(true);
        action(id)->setData(languageOf(id));
        m_languages->addAction(action(id));
    }
    action(LanguageSystem)->setChecked(true);
    retranslate();
}

QString MainActions::languageOf(Id id)
{
    switch (id) {
    case LanguageEnglish:
        return QStringLiteral("en");
    case LanguageChinese:
        return QStringLiteral("zh_CN");
    default:
        return {};
    }
}

void MainActions::setCurrentLanguage(const QString& bcp47Name)
{
    Id id = LanguageSystem;
    if (bcp47Name.startsWith(QLatin1String("en")))
        id = LanguageEnglish;
    else if (bcp47Name.startsWith(QLatin1String("zh")))
        id = LanguageChinese;
    action(id)->setChecked(true);
}

MainActions::Needs MainActions::needs(Id id)
{
    switch (id) {
    case NewCa:
    case ImportCa:
    case Accounts:
        return NeedWritableWorkspace;
    case ImportCsv:
    case DeleteCa:
        return NeedWritableWorkspace | NeedCa;
    case ExportAssociationCsv:
        return NeedCa;
    case RegisterCa:
    case IssueDevices:
        return NeedWritableWorkspace | NeedCa | NeedStoredKey;
    case ActivateCa:
        return NeedWritableWorkspace | NeedCa | NeedRegistration | NeedInactiveRegistration;
    case DeactivateCa:
        return NeedWritableWorkspace | NeedCa | NeedRegistration | NeedActiveRegistration;
    case DeleteRegistration:
        return NeedWritableWorkspace | NeedCa | NeedRegistration;
    case RegisterDevices:
    case ActivateDevices:
    case DeactivateDevices:
    case DeleteDevices:
        return NeedWritableWorkspace | NeedCa | NeedRegistration | NeedDeviceSelection;
    default:
        return NeedNothing;
    }
}

void MainActions::update(const Context& context)
{
    for (int i = 0; i < IdCount; ++i) {
        const Needs need = needs(static_cast<Id>(i));
        const bool enabled = (!need.testFlag(NeedWritableWorkspace) || context.writableWorkspace)
            && (!need.testFlag(NeedCa) || context.caSelected)
            && (!need.testFlag(NeedStoredKey) || context.caHasStoredKey)
            && (!need.testFlag(NeedRegistration) || context.caRegistered)
            && (!need.testFlag(NeedActiveRegistration) || context.caActive)
            && (!need.testFlag(NeedInactiveRegistration) || context.caInactive)
            && (!need.testFlag(NeedDeviceSelection) || context.selectedDevices > 0);
        m_actions[i]->setEnabled(enabled);
    }
}

void MainActions::retranslate()
{
    const auto set = [this](Id id, const QString& text, const QString& tip) {
        QAction* a = action(id);
        a->setText(text);
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        if (plain.endsWith(QStringLiteral("…")))
            plain.chop(1);
        a->setIconText(plain);
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut));
        a->setStatusTip(tip);
    };
    set(NewCa, tr("&New CA…"), tr("Create a new root certificate authority"));
    set(ImportCa, tr("&Import CA…"), tr("Import an existing CA certificate and its private key"));
    set(ImportCsv, tr("Import &Association CSV…"), tr("Check and import a device-association CSV file"));
    set(Quit, tr("&Quit"), tr("Quit IoT CA Desk"));
    set(RegisterCa, tr("&Register with Platform…"), tr("Register the selected CA with a platform account"));
    set(ActivateCa, tr("&Activate…"), tr("Activate the selected CA's registration"));
    set(DeactivateCa, tr("&Deactivate…"), tr("Deactivate the selected CA's registration and its devices"));
    set(DeleteRegistration, tr("Delete from &Platform…"),
        tr("Delete the selected CA's registration on the platform, with its device certificates there"));
    set(DeleteCa, tr("De&lete…"), tr("Delete the selected CA and its device certificates from the workspace"));
    set(IssueDevices, tr("&Issue Device Certificates…"), tr("Issue device certificates from the selected CA"));
    set(RegisterDevices, tr("&Register on Platform…"),
        tr("Register the selected device certificates on the CA's platform account (Tencent, AWS)"));
    set(ActivateDevices, tr("&Activate Selected…"), tr("Activate the selected device certificates"));
    set(DeactivateDevices, tr("&Deactivate Selected…"), tr("Deactivate the selected device certificates"));
    set(DeleteDevices, tr("De&lete Selected…"), tr("Delete the selected device certificates"));
    set(ExportAssociationCsv, tr("E&xport Association CSV…"),
        tr("Write the association CSV of the selected CA's recorded device certificates"));
    set(Accounts, tr("&Platform Accounts…"), tr("Add, edit or remove platform accounts"));
    set(AuditLog, tr("Audit &Log…"), tr("Show and verify the audit log"));
    set(Refresh, tr("&Refresh"), tr("Read the workspace again"));
    set(WorkOffline, tr("Work &Offline"),
        tr("Never contact a platform: platform actions are refused; only upload bundles can be written"));
    set(LanguageSystem, tr("&System Language"), tr("Follow the system's language"));
    // Language names are shown in their own language on purpose.
    set(LanguageEnglish, QStringLiteral("English"), QStringLiteral("English"));
    set(LanguageChinese, QStringLiteral("简体中文"), QStringLiteral("简体中文"));
    set(About, tr("&About IoT CA Desk"), tr("Version and licence"));
}

} // namespace iotca::ui
