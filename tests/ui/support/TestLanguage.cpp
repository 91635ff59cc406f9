#include "TestLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace iotca::test {

QString installTestLanguage()
{
    QString language = qEnvironmentVariable("IOTCA_TEST_LANGUAGE");
    if (language.isEmpty())
        language = QStringLiteral("en");
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/iotca_%1.qm").arg(language)))
        qFatal("no compiled translation for %s", qPrintable(language));
    QCoreApplication::installTranslator(own);
    return language;
}

} // namespace iotca::test
