#include "CliRunner.h"
#include "tests/support/TestWorkspaces.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

namespace {

constexpr int requestedDevices = 50000;

/// Base names of the files in `folder` matching `pattern`, hidden ones included.
QStringList filesIn(const QString& folder, const QString& pattern)
{
    return QDir(folder).entryList(QStringList {pattern}, QDir::Files | QDir::Hidden | QDir::System);
}

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

/// Ctrl-C (SIGINT) and SIGTERM during `iotca device issue` (docs/cli.md, "Bulk issue: checks, batches, Ctrl-C"): the
/// process stops after the current batch's running items with exit 1, and the workspace rows, the files in the
/// output folder and the CSV rows describe exactly the same devices.
class TestCliCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "cancel test passphrase\n"));
        const CliRun created = runCli(ws(args("ca", "create", "--name", "Cancel Root", "--key", "ec:P-256", "--subject",
                                              "CN=Cancel Root,O=Example,C=CN", "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
    }

    void signalStopsAtConsistentPoint_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<QString>("product");
        // Certificate files on disk before the signal: 1 stops inside the first batch of 64, 200 after a few batches.
        QTest::addColumn<int>("filesBeforeSignal");
        QTest::newRow("SIGINT in first batch") << int(SIGINT) << QStringLiteral("intpk") << 1;
        QTest::newRow("SIGINT after batches") << int(SIGINT) << QStringLiteral("batchpk") << 200;
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("termpk") << 1;
    }
    void signalStopsAtConsistentPoint()
    {
        QFETCH(int, signalNumber);
        QFETCH(QString, product);
        QFETCH(int, filesBeforeSignal);
        const QString out = path(product + QStringLiteral("-out"));
        const QString csvFolder = path(product + QStringLiteral("-csv"));
        QVERIFY(QDir().mkpath(csvFolder));
        const QString csv = QDir(csvFolder).filePath(QStringLiteral("devices.csv"));

        QProcess process;
        process.setProgram(iotca::test::cliProgram());
        process.setProcessEnvironment(iotca::test::cliEnvironment());
        process.setArguments(ws(args("device", "issue", "--ca", "Cancel Root", "--product", product, "--count",
                                     QString::number(requestedDevices), "--name-prefix", "dev-", "--key", "ec:P-256",
                                     "--profile", "generic", "--out", out, "--csv", csv, "--batch-size", "64",
                                     "--passphrase-file", m_passphrase, "--json")));
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        process.closeWriteChannel();

        // Wait until the job is under way (certificate files are on disk), then signal it.
        const QDeadlineTimer startGuard(120000);
        while (process.state() == QProcess::Running && filesIn(out, QStringLiteral("*.crt")).size() < filesBeforeSignal
               && !startGuard.hasExpired())
            process.waitForFinished(20);
        QVERIFY2(process.state() == QProcess::Running,
                 (QByteArray("iotca ended before it could be signalled:\n") + process.readAllStandardOutput()
                  + process.readAllStandardError())
                     .constData());
        QVERIFY(filesIn(out, QStringLiteral("*.crt")).size() >= filesBeforeSignal);
        QElapsedTimer sinceSignal;
        sinceSignal.start();
        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
        QVERIFY2(process.waitForFinished(120000), "iotca did not stop after the signal");
        const qint64 stoppedAfterMs = sinceSignal.elapsed();

        const QByteArray standardOutput = process.readAllStandardOutput();
        const QByteArray standardError = process.readAllStandardError();
        const QByteArray transcript =
            "exit " + QByteArray::number(process.exitCode()) + "\n" + standardOutput.left(2000) + standardError;
        // Exited by itself (the signal was handled), with the documented exit code of a cancel.
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, transcript.constData());
        QVERIFY2(process.exitCode() == 1, transcript.constData());

        const QJsonObject result = QJsonDocument::fromJson(standardOutput).object();
        const int issued = result.value(QStringLiteral("issued")).toInt(-1);
        QVERIFY2(issued >= filesBeforeSignal && issued < requestedDevices, transcript.constData());
        qInfo("stopped after %d of %d devices, %lld ms after the signal", issued, requestedDevices, stoppedAfterMs);
        QCOMPARE(result.value(QStringLiteral("requested")).toInt(), requestedDevices);
        QCOMPARE(result.value(QStringLiteral("complete")).toBool(true), false);
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("Cancelled"));
        QVERIFY2(
            standardError.contains(
                QStringLiteral("Stopped on request after issuing %1 of %2").arg(issued).arg(requestedDevices).toUtf8()),
            transcript.constData());

        // What --json lists.
        QSet<QString> jsonSerials;
        QSet<QString> jsonNames;
        QSet<QString> jsonFiles;
        for (const QJsonValue& value : result.value(QStringLiteral("devices")).toArray()) {
            const QJsonObject device = value.toObject();
            jsonSerials.insert(device.value(QStringLiteral("serial")).toString());
            jsonNames.insert(device.value(QStringLiteral("deviceName")).toString());
            jsonFiles.insert(QFileInfo(device.value(QStringLiteral("certificateFile")).toString()).fileName());
            jsonFiles.insert(QFileInfo(device.value(QStringLiteral("keyFile")).toString()).fileName());
        }
        QCOMPARE(jsonSerials.size(), issued);
        QCOMPARE(jsonNames.size(), issued);

        // The workspace rows.
        const CliRun list = runCli(ws(args("device", "list", "--ca", "Cancel Root", "--json")));
        QVERIFY2(list.exitCode == 0, list.transcript().left(2000).constData());
        QSet<QString> workspaceSerials;
        QSet<QString> workspaceNames;
        for (const QJsonValue& value : list.json().object().value(QStringLiteral("devices")).toArray()) {
            const QJsonObject device = value.toObject();
            if (device.value(QStringLiteral("productKey")).toString() != product)
                continue;
            workspaceSerials.insert(device.value(QStringLiteral("serial")).toString());
            workspaceNames.insert(device.value(QStringLiteral("deviceName")).toString());
        }
        QCOMPARE(workspaceSerials.size(), issued);
        QVERIFY(workspaceSerials == jsonSerials);
        QVERIFY(workspaceNames == jsonNames);

        // The files in the output folder: one certificate and one key per device, nothing else (no temporary files).
        QCOMPARE(filesIn(out, QStringLiteral("*.crt")).size(), issued);
        QCOMPARE(filesIn(out, QStringLiteral("*.key")).size(), issued);
        const QStringList allFiles = filesIn(out, QStringLiteral("*"));
        QCOMPARE(allFiles.size(), 2 * issued);
        QVERIFY(toSet(allFiles) == jsonFiles);

        // The CSV rows, over all the files it committed; no other file in its folder.
        const QStringList csvFiles = result.value(QStringLiteral("csvFiles")).toVariant().toStringList();
        QVERIFY(!csvFiles.isEmpty());
        QSet<QString> csvNames;
        for (const QString& file : csvFiles)
            csvNames.insert(QFileInfo(file).fileName());
        QVERIFY2(toSet(filesIn(csvFolder, QStringLiteral("*"))) == csvNames,
                 qPrintable(filesIn(csvFolder, QStringLiteral("*")).join(u',')));
        QSet<QString> csvSerials;
        qsizetype csvRows = 0;
        for (const QString& file : csvFiles) {
            QFile csvFile(file);
            QVERIFY(csvFile.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = csvFile.readAll().split('\n');
            QVERIFY(lines.value(0).startsWith("ProductKey,DeviceName,CertSN"));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                if (line.isEmpty())
                    continue;
                const QList<QByteArray> cells = line.split(',');
                QVERIFY2(cells.size() >= 3, line.constData());
                QCOMPARE(QString::fromUtf8(cells.at(0)), product);
                QVERIFY2(jsonNames.contains(QString::fromUtf8(cells.at(1))), line.constData());
                csvSerials.insert(QString::fromUtf8(cells.at(2)));
                ++csvRows;
            }
        }
        QCOMPARE(csvRows, qsizetype(issued));
        QVERIFY(csvSerials == workspaceSerials);

        // The audit chain is intact.
        const CliRun verify = runCli(ws(args("audit", "verify", "--json")));
        QVERIFY2(verify.exitCode == 0, verify.transcript().constData());
        QCOMPARE(verify.json().object().value(QStringLiteral("intact")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliCancel)
#include "TestCliCancel.moc"
