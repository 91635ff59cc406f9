#include "BenchSection.h"
#include "BenchUtil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

// iotca-bench: figures for the README and for spotting regressions by eye. Sections measure one area each and
// print; nothing here asserts on time (that belongs in no test at all).

using iotca::bench::BenchOptions;
using iotca::bench::BenchSection;

namespace {

QtMessageHandler s_previousHandler = nullptr;

/// Drops the off-screen platform's and the missing XDG_RUNTIME_DIR's chatter, which says nothing about the figures.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints"))
        || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    // A QApplication for section 5 (the real main window). Off-screen unless QT_QPA_PLATFORM says otherwise, so a
    // run never needs a display and never pops up windows.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    s_previousHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iotca-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IoT CA Desk benchmarks. Runs every section unless --section "
                                                    "names some."));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the sections and exit."));
    const QCommandLineOption sectionOption({QStringLiteral("s"), QStringLiteral("section")},
                                           QStringLiteral("Run this section (number or name); repeat for more."),
                                           QStringLiteral("section"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       QStringLiteral("A section setting, e.g. csv.large-rows=200000; repeatable."),
                                       QStringLiteral("name=value"));
    const QCommandLineOption keepOption(QStringLiteral("keep-files"),
                                        QStringLiteral("Keep generated files and print where they are."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Scale every section to N rows/devices (a smoke run, e.g. "
                                                       "--rows 2000); --set still wins."),
                                        QStringLiteral("N"));
    parser.addOptions({listOption, sectionOption, setOption, keepOption, rowsOption});
    parser.process(app);

    QTextStream out(stdout);
    const QList<BenchSection>& sections = iotca::bench::benchSections();
    if (parser.isSet(listOption)) {
        for (const BenchSection& section : sections)
            out << section.number << "  " << section.name.leftJustified(10) << ' ' << section.title << '\n';
        return 0;
    }

    QList<const BenchSection*> chosen;
    const QStringList wanted = parser.values(sectionOption);
    for (const QString& name : wanted) {
        const auto found = std::find_if(sections.cbegin(), sections.cend(), [&name](const BenchSection& section) {
            return section.name.compare(name, Qt::CaseInsensitive) == 0 || QString::number(section.number) == name;
        });
        if (found == sections.cend()) {
            QTextStream(stderr) << "iotca-bench: no section '" << name << "'; see --list\n";
            return 2;
        }
        chosen.append(&*found);
    }
    if (chosen.isEmpty()) {
        for (const BenchSection& section : sections)
            chosen.append(&section);
    }

    BenchOptions options;
    options.settings = parser.values(setOption);
    options.keepFiles = parser.isSet(keepOption);
    if (parser.isSet(rowsOption)) {
        bool ok = false;
        options.rows = parser.value(rowsOption).toLongLong(&ok);
        if (!ok || options.rows < 1) {
            QTextStream(stderr) << "iotca-bench: --rows takes a positive number\n";
            return 2;
        }
    }

    int status = 0;
    for (const BenchSection* section : std::as_const(chosen)) {
        out << '[' << section->number << "] " << section->title << '\n';
        out.flush();
        QElapsedTimer timer;
        timer.start();
        const int result = section->run(options);
        iotca::bench::out().flush();
        std::fflush(stdout);
        out << "    (section took " << timer.elapsed() << " ms)\n";
        out.flush();
        status = std::max(status, result);
    }
    return status;
}
