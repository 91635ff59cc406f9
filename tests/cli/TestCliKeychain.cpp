#include "CliRunner.h"

#include "tests/support/CheckStep.h"
#include "tests/support/OpenSslCli.h"

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

/// A CA passphrase remembered in the keychain (the throwaway gnome-keyring of scripts/with-test-session) is used by
/// commands that need the CA key when no --passphrase-file is given and there is no terminal; once forgotten, those
/// commands have no passphrase source left and exit 2.
class TestCliKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_passphrase;
    QString m_wrongPassphrase;
    QString m_rootPem;
    int m_runs = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    /// What `ca show --json` reports as passphraseRemembered: "true", "false", or the transcript when it failed.
    QString rememberedState() const
    {
        const CliRun show = runCli(ws(args("ca", "show", "Keychain Root", "--json")));
        const QJsonValue value = show.json().object().value(QStringLiteral("passphraseRemembered"));
        if (show.exitCode != 0 || !value.isBool())
            return QString::fromUtf8(show.transcript());
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }

    /// `ca verification-cert` without --passphrase-file into a new file; returns the run and the file.
    std::pair<CliRun, QString> verificationCertWithoutPassphrase()
    {
        const QString out = path(QStringLiteral("vc/verification-%1.pem").arg(++m_runs));
        return {runCli(ws(args("ca", "verification-cert", "Keychain Root", "--code", "REG-KC-0001", "--out", out))),
                out};
    }

    /// A failure for want of a passphrase: exit 2, a sentence naming --passphrase-file, nothing written.
    void verifyNoPassphraseSource()
    {
        const auto [run, out] = verificationCertWithoutPassphrase();
        QVERIFY2(run.exitCode == 2, run.transcript().constData());
        QVERIFY2(run.err.startsWith("iotca: "), run.transcript().constData());
        QVERIFY2(run.err.contains("The CA 'Keychain Root' needs its passphrase")
                     && run.err.contains("--passphrase-file"),
                 run.transcript().constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    /// Success with the remembered passphrase: exit 0, no warning, a certificate signed by the CA.
    void verifyUnlockedFromKeychain()
    {
        const auto [run, out] = verificationCertWithoutPassphrase();
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QVERIFY2(run.err.isEmpty(), run.transcript().constData());
        const auto subject =
            iotca::test::runOpenSsl(args("x509", "-in", out, "-noout", "-subject", "-nameopt", "RFC2253"));
        QCOMPARE(QString::fromUtf8(subject.standardOutput).trimmed(), QStringLiteral("subject=CN=REG-KC-0001"));
        const auto verify = iotca::test::runOpenSsl(args("verify", "-CAfile", m_rootPem, out));
        QVERIFY2(verify.ok(), verify.transcript().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-test-session, which provides the keychain");
        QVERIFY(m_dir.isValid());
        m_workspace = path(QStringLiteral("workspace"));
        m_passphrase = path(QStringLiteral("pass.txt"));
        m_wrongPassphrase = path(QStringLiteral("wrong.txt"));
        m_rootPem = path(QStringLiteral("root.pem"));
        QVERIFY(writeText(m_passphrase, "keychain test passphrase\n"));
        QVERIFY(writeText(m_wrongPassphrase, "not the passphrase\n"));

        const CliRun created = runCli(
            ws(args("ca", "create", "--name", "Keychain Root", "--key", "ec:P-256", "--subject",
                    "CN=Keychain Root,O=Example,C=CN", "--passphrase-file", m_passphrase, "--remember", "--json")));
        QVERIFY2(created.exitCode == 0, created.transcript().constData());
        QCOMPARE(created.json().object().value(QStringLiteral("passphraseRemembered")).toBool(), true);
        const CliRun exported = runCli(ws(args("ca", "export", "Keychain Root", "--cert", m_rootPem)));
        QVERIFY2(exported.exitCode == 0, exported.transcript().constData());
    }

    void cleanupTestCase()
    {
        // Leave nothing behind in the session's keychain.
        (void)runCli(ws(args("ca", "forget-passphrase", "Keychain Root")));
    }

    void rememberedAtCreationUnlocksTheKey()
    {
        QCOMPARE(rememberedState(), QStringLiteral("true"));
        CHECK_STEP(verifyUnlockedFromKeychain());

        // The bulk path takes the same passphrase source.
        const CliRun issued = runCli(
            ws(args("device", "issue", "--ca", "Keychain Root", "--product", "kcpk", "--names", "kc-0001", "--key",
                    "ec:P-256", "--profile", "generic", "--out", path(QStringLiteral("devices")), "--json")));
        QVERIFY2(issued.exitCode == 0, issued.transcript().constData());
        QCOMPARE(issued.json().object().value(QStringLiteral("issued")).toInt(), 1);
    }

    void forgottenPassphraseIsNoSource()
    {
        const CliRun forgotten = runCli(ws(args("ca", "forget-passphrase", "Keychain Root")));
        QVERIFY2(forgotten.exitCode == 0, forgotten.transcript().constData());
        QVERIFY2(forgotten.out.contains("no longer remembered"), forgotten.transcript().constData());
        QCOMPARE(rememberedState(), QStringLiteral("false"));

        CHECK_STEP(verifyNoPassphraseSource());

        const QString out = path(QStringLiteral("devices-forgotten"));
        const CliRun issued = runCli(ws(
            args("device", "issue", "--ca", "Keychain Root", "--product", "kcpk", "--names", "kc-0002", "--out", out)));
        QVERIFY2(issued.exitCode == 2, issued.transcript().constData());
        QVERIFY2(issued.err.contains("--passphrase-file"), issued.transcript().constData());
        QVERIFY(!QFileInfo::exists(out));

        // An explicit file still works, and does not remember anything by itself.
        const QString withFile = path(QStringLiteral("vc/with-file.pem"));
        const CliRun explicitFile = runCli(ws(args("ca", "verification-cert", "Keychain Root", "--code", "REG-KC-0001",
                                                   "--out", withFile, "--passphrase-file", m_passphrase)));
        QVERIFY2(explicitFile.exitCode == 0, explicitFile.transcript().constData());
        QCOMPARE(rememberedState(), QStringLiteral("false"));
        CHECK_STEP(verifyNoPassphraseSource());
    }

    void rememberPassphraseCommand()
    {
        // A wrong passphrase is checked against the key and not remembered.
        const CliRun wrong =
            runCli(ws(args("ca", "remember-passphrase", "Keychain Root", "--passphrase-file", m_wrongPassphrase)));
        QVERIFY2(wrong.exitCode == 1, wrong.transcript().constData());
        QVERIFY2(wrong.err.toLower().contains("passphrase"), wrong.transcript().constData());
        QCOMPARE(rememberedState(), QStringLiteral("false"));
        CHECK_STEP(verifyNoPassphraseSource());

        // Without a file and without a terminal there is nothing to remember: a usage error.
        const CliRun noSource = runCli(ws(args("ca", "remember-passphrase", "Keychain Root")));
        QVERIFY2(noSource.exitCode == 2, noSource.transcript().constData());
        QVERIFY2(noSource.err.contains("--passphrase-file"), noSource.transcript().constData());
        QCOMPARE(rememberedState(), QStringLiteral("false"));

        const CliRun remembered =
            runCli(ws(args("ca", "remember-passphrase", "Keychain Root", "--passphrase-file", m_passphrase)));
        QVERIFY2(remembered.exitCode == 0, remembered.transcript().constData());
        QCOMPARE(rememberedState(), QStringLiteral("true"));
        CHECK_STEP(verifyUnlockedFromKeychain());

        const CliRun forgotten = runCli(ws(args("ca", "forget-passphrase", "Keychain Root")));
        QVERIFY2(forgotten.exitCode == 0, forgotten.transcript().constData());
        CHECK_STEP(verifyNoPassphraseSource());
    }

    void auditRecordsAndStaysIntact()
    {
        const CliRun show = runCli(ws(args("audit", "show", "--json")));
        QVERIFY2(show.exitCode == 0, show.transcript().constData());
        QStringList actions;
        for (const QJsonValue& entry : show.json().object().value(QStringLiteral("entries")).toArray())
            actions.append(entry.toObject().value(QStringLiteral("action")).toString());
        QVERIFY2(actions.contains(QStringLiteral("ca.passphrase_remembered")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("ca.passphrase_forgotten")), qPrintable(actions.join(u',')));
        // The passphrase itself never reaches the audit log.
        QVERIFY(!show.out.contains("keychain test passphrase"));
        const CliRun verify = runCli(ws(args("audit", "verify", "--json")));
        QVERIFY2(verify.exitCode == 0, verify.transcript().constData());
        QCOMPARE(verify.json().object().value(QStringLiteral("intact")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "TestCliKeychain.moc"
