#include "Bootstrap.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace iotca::app {

namespace {
const auto languageKey = QStringLiteral("ui/language");
}

void bootstrapProcess(const QString& applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("IoT CA Desk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("iotca-desk.invalid"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(IOTCA_VERSION));

    // Keys are decrypted in this process; a core dump would write them to disk in the clear.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#ifdef NDEBUG
    // Release builds also refuse ptrace attachment by other processes of the same user.
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

QLocale preferredUiLocale()
{
    const QString chosen = QSettings().value(languageKey).toString();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void setPreferredUiLanguage(const QString& bcp47Name)
{
    QSettings settings;
    if (bcp47Name.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, bcp47Name);
}

void installTranslators(QCoreApplication& application, const QLocale& locale)
{
    // Dates and numbers follow the chosen language too: every QLocale() the UI formats with is this one.
    QLocale::setDefault(locale);
    // Qt's own strings (OK, Cancel, Back, Next, the file dialog) come from qtbase_<locale>.qm in Qt's translations
    // folder; Debian ships them in qt6-translations-l10n (scripts/lib/common.sh installs it, the .deb recommends
    // it).
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // English is the fallback for any other locale (the C locale of a script included): its file carries the
    // English plural forms ("1 row", "3 rows") that the source texts spell "row(s)".
    auto* ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(locale, QStringLiteral("iotca"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ownTranslator->load(QStringLiteral("iotca_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
}

void replaceTranslators(QCoreApplication& application, const QLocale& locale)
{
    for (QTranslator* translator : application.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslators(application, locale);
}

} // namespace iotca::app
