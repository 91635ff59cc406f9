#include "CliRunner.h"

#include "tests/support/OpenSslCli.h"

#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::runCli;

/// `iotca --version` (issue 22): the version from CMake's project(VERSION), then the Qt and OpenSSL this process runs
/// on, checked against qVersion() and the independent `openssl version`.
class TestCliVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesProjectQtAndOpenSsl()
    {
        const CliRun run = runCli(args("--version"));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QByteArray("iotca " IOTCA_EXPECTED_VERSION));
        QVERIFY2(lines.at(1).startsWith(QByteArray("Qt ") + qVersion() + ", "), lines.at(1).constData());

        // `openssl version` prints "OpenSSL 3.0.16 11 Feb 2025 (Library: OpenSSL 3.0.16 11 Feb 2025)": the part in
        // brackets is the library both programs load.
        const auto openssl = iotca::test::runOpenSsl({QStringLiteral("version")});
        QVERIFY2(openssl.ok(), openssl.transcript().constData());
        QByteArray library = openssl.standardOutput.trimmed();
        if (const qsizetype at = library.indexOf("(Library: "); at >= 0)
            library = library.mid(at + 10).chopped(1);
        QVERIFY2(lines.at(1).endsWith(library), (lines.at(1) + " vs " + library).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "TestCliVersion.moc"
