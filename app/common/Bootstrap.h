#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace iotca::app {

/// Names the application (QSettings and QStandardPaths use them) and hardens the process: no core dumps, so a
/// crash never writes decrypted key material to disk.
void bootstrapProcess(const QString& applicationName);

/// The language the user chose in the View menu, or the system's when none was chosen.
[[nodiscard]] QLocale preferredUiLocale();
void setPreferredUiLanguage(const QString& bcp47Name); // empty: follow the system

/// Loads Qt's and our own translations for `locale` into the application.
void installTranslators(QCoreApplication& application, const QLocale& locale);
/// Removes the translators installTranslators() put in and installs those for `locale`; every widget then receives
/// QEvent::LanguageChange (View → Language switches this way).
void replaceTranslators(QCoreApplication& application, const QLocale& locale);

} // namespace iotca::app
