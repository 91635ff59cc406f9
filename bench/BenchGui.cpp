#include "BenchData.h"
#include "BenchSection.h"
#include "BenchUtil.h"
#include "ProcessMemory.h"

#include "crypto/DistinguishedName.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/CaCreator.h"
#include "model/csv/AssociationCsvWriter.h"
#include "model/secrets/SecretStore.h"
#include "model/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/actions/MainActions.h"
#include "ui/dialogs/JobProgressDialog.h"
#include "ui/panes/CaListPane.h"
#include "ui/panes/DeviceAssociationPane.h"
#include "ui/widgets/KeyAlgorithmCombo.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

// Section 5: how long the GUI thread stops answering (the longest gap between ticks of a 1 ms timer) while the user
// works on a workspace of 1,000,000 device certificates: selecting the fleet CA, filtering the device list, scrolling
// it, importing a 10,000-row association CSV and issuing 10,000 devices. The real main window (iotca_ui) runs on the
// offscreen platform; dialogs are answered by a scripted prompter that fills them through their widgets.

namespace iotca::bench {

namespace {

const QString passphrase = QStringLiteral("bench passphrase");

/// Records the longest gap between ticks of a 1 ms timer while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_over50 = 0;
        m_over100 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// "longest stall 12.3 ms; 2 over 50 ms, 0 over 100 ms, in 1.234 s"
    QString stop()
    {
        tick();
        m_timer.stop();
        return QStringLiteral("longest stall %1; %2 over 50 ms, %3 over 100 ms, in %4 s")
            .arg(ms(m_longest))
            .arg(m_over50)
            .arg(m_over100)
            .arg(static_cast<double>(m_clock.nsecsElapsed()) / 1e9, 0, 'f', 2);
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        m_longest = std::max(m_longest, gap);
        m_over50 += gap > 50'000'000 ? 1 : 0;
        m_over100 += gap > 100'000'000 ? 1 : 0;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
    int m_over100 = 0;
};

/// Runs the event loop for `milliseconds`.
void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs the event loop until `done` or `timeoutMs`; false on the timeout.
bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        spin(5);
    }
    return true;
}

/// Answers every question from queues; shows each dialog (no nested exec()) and runs the next handler on it.
class ScriptedPrompter final : public ui::Prompter
{
public:
    QList<std::function<void(QDialog&)>> dialogs;
    QStringList problems;

    QString openFile(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    QString existingFolder(QWidget*, const QString&) override { return {}; }
    Answer ask(QWidget*, const QString&, const QString&) override { return Answer::Yes; }
    void showError(QWidget*, const Error& error) override { problems << error.fullText(); }
    int exec(QDialog& dialog) override
    {
        if (dialogs.isEmpty()) {
            problems << dialog.objectName() + QStringLiteral(": not scripted");
            return QDialog::Rejected;
        }
        const auto handler = dialogs.takeFirst();
        dialog.setResult(QDialog::Rejected);
        dialog.show();
        spin(20);
        handler(dialog);
        if (dialog.isVisible()) {
            problems << dialog.objectName() + QStringLiteral(" stayed open");
            dialog.reject();
        }
        return dialog.result();
    }
};

/// The keychain, in memory: nothing of the bench reaches the user's real one.
class MemorySecrets final : public model::SecretStore
{
public:
    void write(const QString& key, QByteArrayView secret, StatusCallback done) override
    {
        m_secrets.insert(key, secret.toByteArray());
        done({});
    }
    void read(const QString& key, ReadCallback done) override
    {
        if (!m_secrets.contains(key)) {
            done(Error {QStringLiteral("no secret"), {}, QStringLiteral("NotFound")});
            return;
        }
        done(crypto::SecureBuffer::fromString(QString::fromUtf8(m_secrets.value(key))));
    }
    void remove(const QString& key, StatusCallback done) override
    {
        m_secrets.remove(key);
        done({});
    }

private:
    QHash<QString, QByteArray> m_secrets;
};

template<class T>
T* child(QWidget& parent, const QString& name)
{
    return parent.findChild<T*>(name);
}

void click(QWidget& parent, const QString& name)
{
    if (auto* button = child<QAbstractButton>(parent, name))
        button->click();
}

void line(const QString& label, const QString& text)
{
    out() << "    " << label.leftJustified(44) << ' ' << text << '\n';
    out().flush();
}

/// A CSV of `rows` Issued certificates of `caId`, valid for import.
QString writeImportCsv(const model::Workspace& workspace, qint64 caId, qint64 rows, const QString& path)
{
    auto database = workspace.connection();
    if (!database)
        return {};
    QSqlQuery query(*database);
    query.prepare(QStringLiteral("SELECT product_key, device_name, serial_hex FROM device_certificates "
                                 "WHERE ca_id = ? AND status = 'Issued' LIMIT ?"));
    query.addBindValue(caId);
    query.addBindValue(rows);
    model::AssociationCsvWriter writer(path);
    if (!query.exec() || !writer.open())
        return {};
    while (query.next()) {
        if (!writer.append({0, query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}))
            return {};
    }
    return writer.commit() ? path : QString();
}

} // namespace

int runGuiStallsBench(const BenchOptions& options)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        out() << "  needs a QApplication (iotca-bench creates one; QT_QPA_PLATFORM=offscreen by default)\n";
        return 1;
    }
    const qint64 rows = options.size(QStringLiteral("gui.rows"), 1'000'000);
    const qint64 csvRows = options.size(QStringLiteral("gui.csv-rows"), 10'000, std::max<qint64>(10, options.rows / 4));
    const qint64 issueCount =
        options.size(QStringLiteral("gui.issue-count"), 10'000, std::max<qint64>(10, options.rows / 4));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "  cannot create a temporary folder\n";
        return 1;
    }
    dir.setAutoRemove(!options.keepFiles);
    // The window remembers its layout in QSettings: keep that in the temporary folder too.
    QCoreApplication::setOrganizationName(QStringLiteral("iotca-bench"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    out() << "  platform " << QGuiApplication::platformName() << "; " << loadAverage() << '\n';

    const QString folder = dir.filePath(QStringLiteral("workspace"));
    auto opened = model::Workspace::open(folder);
    if (!opened) {
        out() << "  " << opened.error().fullText() << '\n';
        return 1;
    }
    model::Workspace& workspace = **opened;
    qint64 caId = 0;
    {
        const Stopwatch build;
        model::NewCaParameters parameters;
        parameters.name = QStringLiteral("Fleet Root");
        parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Fleet Root,O=Bench")).value();
        parameters.algorithm = crypto::KeyAlgorithm::EcP256;
        auto created =
            model::CaCreator::createRoot(workspace, parameters, crypto::SecureBuffer::fromString(passphrase));
        auto others = created ? addPlaceholderCas(workspace, 99, QStringLiteral("Other CA"))
                              : Result<QList<qint64>>(created.error());
        Status filled = others ? bulkInsertDevices(workspace, *created, others->constFirst(), int(others->size()), rows)
                               : Status(others.error());
        if (!filled) {
            out() << "  " << filled.error().fullText() << '\n';
            return 1;
        }
        caId = *created;
        out() << "  workspace: " << number(rows)
              << " device certificates, half of them of the CA 'Fleet Root', built in " << ms(build.wallNanoseconds())
              << '\n';
    }

    ProcessMemory::resetPeak();
    ScriptedPrompter prompter;
    MemorySecrets secrets;
    StallMeter meter;
    meter.start();
    auto window = std::make_unique<ui::MainWindow>(folder, &workspace, secrets, prompter);
    window->resize(1400, 900);
    window->show();
    spin(300);
    line(QStringLiteral("open the main window"), meter.stop());

    meter.start();
    window->caListPane()->selectCa(caId);
    spin(500);
    line(QStringLiteral("select the fleet CA"), meter.stop());

    // Type into the device filter as a person does (a key every 120 ms), then wait for the list.
    QLineEdit* filter = window->deviceAssociationPane()->filterEdit();
    QTableView* view = window->deviceAssociationPane()->view();
    const QString serial =
        view->model()->rowCount() > 200 ? view->model()->index(200, 0).data().toString() : QStringLiteral("3A7F");
    for (const QString& text : {serial.left(4), QStringLiteral("sensor-0012"), QString()}) {
        meter.start();
        for (qsizetype length = 1; length <= text.size(); ++length) {
            filter->setText(text.left(length));
            spin(120);
        }
        if (text.isEmpty())
            filter->clear();
        spin(600);
        line(QStringLiteral("type '%1' in the device filter").arg(text),
             meter.stop() + QStringLiteral("; %1 rows shown").arg(view->model()->rowCount()));
    }

    meter.start();
    for (int page = 0; page < 40; ++page) {
        view->scrollToBottom();
        spin(25);
    }
    line(QStringLiteral("scroll to the bottom 40 times"),
         meter.stop() + QStringLiteral("; %1 rows fetched").arg(view->model()->rowCount()));

    const QString csv = writeImportCsv(workspace, caId, csvRows, dir.filePath(QStringLiteral("import.csv")));
    bool finished = false;
    QObject::connect(window.get(), &ui::MainWindow::commandFinished, window.get(), [&finished] { finished = true; });
    prompter.dialogs << [&prompter](QDialog& dialog) {
        auto* import = child<QAbstractButton>(dialog, QStringLiteral("importButton"));
        if (import && import->isEnabled()) {
            import->click();
        } else {
            prompter.problems << QStringLiteral("the CSV was not accepted for import");
            click(dialog, QStringLiteral("cancelButton"));
        }
    };
    meter.start();
    window->importAssociationCsv(csv);
    const bool imported = spinUntil([&finished] { return finished; }, 600'000);
    spin(200);
    line(QStringLiteral("import a %1-row association CSV").arg(number(csvRows)),
         meter.stop() + (imported ? QString() : QStringLiteral(" (TIMED OUT)")));

    const QString output = dir.filePath(QStringLiteral("issued"));
    StallMeter jobMeter;
    QString jobStalls;
    prompter.dialogs << [issueCount, &output](QDialog& dialog) {
        child<QLineEdit>(dialog, QStringLiteral("productEdit"))->setText(benchProductKey());
        child<QRadioButton>(dialog, QStringLiteral("generatedSourceRadio"))->setChecked(true);
        child<QLineEdit>(dialog, QStringLiteral("prefixEdit"))->setText(QStringLiteral("gui-"));
        child<QSpinBox>(dialog, QStringLiteral("countSpin"))->setValue(static_cast<int>(issueCount));
        auto* profile = child<QComboBox>(dialog, QStringLiteral("profileCombo"));
        profile->setCurrentIndex(std::max(0, profile->findData(QStringLiteral("apsaramq"))));
        child<ui::KeyAlgorithmCombo>(dialog, QStringLiteral("keyAlgorithmCombo"))
            ->setAlgorithm(crypto::KeyAlgorithm::EcP256);
        child<QLineEdit>(dialog, QStringLiteral("outputFolderEdit"))->setText(output);
        spin(50);
        click(dialog, QStringLiteral("okButton"));
    };
    prompter.dialogs << [](QDialog& dialog) {
        child<QLineEdit>(dialog, QStringLiteral("passphraseEdit"))->setText(passphrase);
        click(dialog, QStringLiteral("okButton"));
    };
    prompter.dialogs << [&jobMeter, &jobStalls](QDialog& dialog) {
        auto* progress = qobject_cast<ui::JobProgressDialog*>(&dialog);
        jobMeter.start();
        spinUntil([progress] { return !progress || progress->isJobFinished(); }, 1'800'000);
        jobStalls = jobMeter.stop();
        if (progress && !progress->outcome().ok())
            jobStalls += QStringLiteral(" — ") + progress->outcome().error().message;
        click(dialog, QStringLiteral("closeButton"));
    };
    finished = false;
    meter.start();
    window->actions()->action(ui::MainActions::IssueDevices)->trigger();
    const bool issued = spinUntil([&finished] { return finished; }, 1'800'000);
    spin(200);
    line(QStringLiteral("issue %1 EC P-256 devices, all of it").arg(number(issueCount)),
         meter.stop() + (issued ? QString() : QStringLiteral(" (TIMED OUT)")));
    line(QStringLiteral("  of which the job running"), jobStalls);

    const ProcessMemory memory = ProcessMemory::current();
    out() << "  memory of the process with the window open: RSS " << mib(memory.residentKiB) << ", peak "
          << mib(memory.peakKiB) << '\n';
    for (const QString& problem : std::as_const(prompter.problems))
        out() << "  problem: " << problem << '\n';
    window.reset();
    return prompter.problems.isEmpty() ? 0 : 1;
}

} // namespace iotca::bench
