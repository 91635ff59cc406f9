#include "CliRunner.h"
#include "tests/support/TestWorkspaces.h"

#include "model/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;
using iotca::test::writeText;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// `iotca csv export --ca CA [--product P] --out FILE` (docs/cli.md): the association CSV of the recorded devices at
/// any time, all or nothing, checked against `device list` and by `csv validate --ca` (the validator cross-checks
/// every CertSN against the workspace).
class TestCliCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    /// "ProductKey,DeviceName,CertSN" lines as `device list` reports the devices of `product`, sorted by name.
    QByteArray expectedCsv(const QString& product)
    {
        const CliRun list = runCli(ws(args("device", "list", "--ca", "Export Root", "--json")));
        if (list.exitCode != 0)
            return list.transcript();
        QStringList rows;
        for (const QJsonValue& value : list.json().object().value(QStringLiteral("devices")).toArray()) {
            const QJsonObject device = value.toObject();
            if (device.value(QStringLiteral("productKey")).toString() == product)
                rows << QStringLiteral("%1,%2,%3\r\n")
                            .arg(product, device.value(QStringLiteral("deviceName")).toString(),
                                 device.value(QStringLiteral("serial")).toString());
        }
        rows.sort();
        return "ProductKey,DeviceName,CertSN\r\n" + rows.join(QString()).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path(QStringLiteral("workspace")));
        m_passphrase = path(QStringLiteral("pass.txt"));
        QVERIFY(writeText(m_passphrase, "export test passphrase\n"));
        const CliRun created = runCli(ws(args("ca", "create", "--name", "Export Root", "--key", "ec:P-256", "--subject",
                                              "CN=Export Root,O=Example,C=CN", "--passphrase-file", m_passphrase)));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        for (const auto& [product, count] : {std::pair {"pkalpha", "5"}, std::pair {"pkbeta", "3"}}) {
            const CliRun issued = runCli(ws(args(
                "device", "issue", "--ca", "Export Root", "--product", product, "--count", count, "--name-prefix",
                "dev-", "--profile", "generic", "--out",
                path(QStringLiteral("out-%1").arg(QString::fromLatin1(product))), "--passphrase-file", m_passphrase)));
            QVERIFY2(issued.exitCode == 0, issued.transcript().constData());
        }
    }

    void exportsTheRecordedDevicesOfAProduct()
    {
        const QString file = path(QStringLiteral("alpha.csv"));
        const CliRun exported =
            runCli(ws(args("csv", "export", "--ca", "Export Root", "--product", "pkalpha", "--out", file)));
        QVERIFY2(exported.exitCode == 0, exported.transcript().constData());
        QVERIFY2(exported.out.contains("5 device") && exported.out.contains(QDir::toNativeSeparators(file).toUtf8()),
                 exported.transcript().constData());
        QCOMPARE(readFile(file), expectedCsv(QStringLiteral("pkalpha")));
        // Independent check: the validator reads it back and finds every CertSN recorded for its device.
        const CliRun validated = runCli(ws(args("csv", "validate", "--ca", "Export Root", file)));
        QVERIFY2(validated.exitCode == 0, validated.transcript().constData());

        const QString json = path(QStringLiteral("beta.csv"));
        const CliRun exportedJson =
            runCli(ws(args("csv", "export", "--ca", "Export Root", "--product", "pkbeta", "--out", json, "--json")));
        QVERIFY2(exportedJson.exitCode == 0, exportedJson.transcript().constData());
        const QJsonObject result = exportedJson.json().object();
        QCOMPARE(result.value(QStringLiteral("rowCount")).toInt(), 3);
        QCOMPARE(result.value(QStringLiteral("product")).toString(), QStringLiteral("pkbeta"));
        QCOMPARE(result.value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(readFile(json), expectedCsv(QStringLiteral("pkbeta")));
    }

    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("several products") << args("--ca", "Export Root") << QStringLiteral("pkalpha, pkbeta") << 1;
        QTest::newRow("no devices") << args("--ca", "Export Root", "--product", "nothing")
                                    << QStringLiteral("nothing to export") << 1;
        QTest::newRow("unknown CA") << args("--ca", "No Such Root", "--product", "pkalpha")
                                    << QStringLiteral("No Such Root") << 1;
        QTest::newRow("no --ca") << args("--product", "pkalpha") << QStringLiteral("--ca") << 2;
    }
    void refusesAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(int, exitCode);
        const QString file = path(QStringLiteral("refused.csv"));
        const CliRun run = runCli(ws(QStringList {QStringLiteral("csv"), QStringLiteral("export")} + arguments
                                     << QStringLiteral("--out") << file));
        QVERIFY2(run.exitCode == exitCode, run.transcript().constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.transcript().constData());
        QVERIFY(!QFileInfo::exists(file));
    }

    void neverReplacesAFile()
    {
        const QString file = path(QStringLiteral("taken.csv"));
        QVERIFY(writeText(file, "mine\n"));
        const CliRun run =
            runCli(ws(args("csv", "export", "--ca", "Export Root", "--product", "pkalpha", "--out", file)));
        QVERIFY2(run.exitCode == 1, run.transcript().constData());
        QVERIFY2(run.err.contains("taken.csv"), run.transcript().constData());
        QCOMPARE(readFile(file), QByteArray("mine\n"));
    }

    void worksWhileAnotherProcessWrites()
    {
        // This process holds the workspace for writing (as the GUI would); the export reads a snapshot.
        auto holder = iotca::model::Workspace::open(m_workspace);
        QVERIFY(holder.ok());
        const QString file = path(QStringLiteral("while-open.csv"));
        const CliRun run =
            runCli(ws(args("csv", "export", "--ca", "Export Root", "--product", "pkalpha", "--out", file)));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QCOMPARE(readFile(file), readFile(path(QStringLiteral("alpha.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCliCsvExport)
#include "TestCliCsvExport.moc"
