#pragma once

#include <QString>

namespace iotca::test {

/// Installs the translators a GUI test runs under, as the app does at start: Qt's own (qtbase) and the project's,
/// for the language in IOTCA_TEST_LANGUAGE ("zh_CN"; unset or empty: English), and makes it the default locale.
/// Returns the language's name ("en" or "zh_CN"); call once, after the QApplication exists.
QString installTestLanguage();

} // namespace iotca::test
