// `iotca device reissue` through the real binary (issue 17: "re-issue a device certificate (new serial, same or new
// key)"): the same public key or a new one, the chain checked by `openssl verify`, --revoke-old in the CRL (reason
// superseded, RFC 5280 5.3.1 code 4), the device's current certificate in `device list` and `csv export`, and a wrong
// CA passphrase leaving the workspace exactly as it was. Also `device issue` run again over finished devices.
#include "CliRunner.h"

#include "tests/support/OpenSslCli.h"
#include "tests/support/TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using iotca::test::args;
using iotca::test::CliRun;
using iotca::test::OpenSslRun;
using iotca::test::runCli;
using iotca::test::runOpenSsl;
using iotca::test::writeText;

class TestCliReissue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    iotca::test::TestWorkspaces m_workspaces; // a folder, or a database under IOTCA_TEST_WORKSPACE_BACKEND=postgresql
    QString m_workspace;
    QString m_passphrase;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QStringList ws(QStringList arguments) const { return arguments << QStringLiteral("--workspace") << m_workspace; }

    static QByteArray openssl(const QStringList& arguments)
    {
        const OpenSslRun run = runOpenSsl(arguments);
        if (!run.ok())
            qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), run.transcript().constData());
        return run.standardOutput;
    }
    static QByteArray publicKeyOfCertificate(const QString& file)
    {
        return openssl(
            {QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-noout"), QStringLiteral("-pubkey")});
    }
    static QByteArray subjectOf(const QString& file)
    {
        return openssl({QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-noout"),
                        QStringLiteral("-subject")});
    }
    OpenSslRun verify(const QString& certificate, const QString& crl = {}) const
    {
        QStringList arguments {QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-CAfile"),
                               path("root.pem")};
        if (!crl.isEmpty())
            arguments << QStringLiteral("-crl_check") << QStringLiteral("-CRLfile") << crl;
        return runOpenSsl(arguments << certificate);
    }

    /// serial -> the device list's JSON object of each device certificate of Root.
    QMap<QString, QJsonObject> listed()
    {
        const CliRun run = runCli(ws(args("device", "list", "--ca", "Root", "--json")));
        QMap<QString, QJsonObject> devices;
        for (const QJsonValue& value : run.json().object().value(QStringLiteral("devices")).toArray())
            devices.insert(value.toObject().value(QStringLiteral("serial")).toString(), value.toObject());
        return devices;
    }
    QString serialOf(const QString& device)
    {
        const QMap<QString, QJsonObject> devices = listed();
        QString newest;
        int generation = 0;
        for (const QJsonObject& object : devices) {
            if (object.value(QStringLiteral("deviceName")).toString() == device
                && object.value(QStringLiteral("generation")).toInt() > generation) {
                generation = object.value(QStringLiteral("generation")).toInt();
                newest = object.value(QStringLiteral("serial")).toString();
            }
        }
        return newest;
    }

    /// Every row of the tables a re-issue writes, as text: equal before and after means nothing changed.
    QStringList workspaceRows()
    {
        QStringList rows;
        {
            QSqlDatabase database =
                iotca::test::TestWorkspaces::addDirectConnection(m_workspace, QStringLiteral("look"));
            if (!database.open())
                return {QStringLiteral("cannot open")};
            for (const char* table :
                 {"device_certificates", "revocations", "issuance_intents", "audit_log", "device_certificate_counts"}) {
                QSqlQuery query(database);
                if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table))))
                    rows << QStringLiteral("cannot read %1").arg(QString::fromLatin1(table));
                while (query.next()) {
                    QStringList values {QString::fromLatin1(table)};
                    for (int i = 0; i < query.record().count(); ++i)
                        values << query.value(i).toString();
                    rows << values.join(QLatin1Char('|'));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_workspaces.location(path("workspace"));
        m_passphrase = path("pass.txt");
        QVERIFY(writeText(m_passphrase, "reissue passphrase\n"));
        const CliRun root = runCli(ws(args("ca", "create", "--name", "Root", "--key", "ec:P-256", "--subject",
                                           "CN=Reissue Root,O=Example", "--passphrase-file", m_passphrase)));
        QVERIFY2(root.exitCode == 0, root.transcript().constData());
        const CliRun issue =
            runCli(ws(args("device", "issue", "--ca", "Root", "--product", "pk", "--names", "alpha,beta,gamma,delta",
                           "--out", path("devices"), "--csv", path("devices.csv"), "--passphrase-file", m_passphrase)));
        QVERIFY2(issue.exitCode == 0, issue.transcript().constData());
        const CliRun exported = runCli(ws(args("ca", "export", "Root", "--cert", path("root.pem"))));
        QVERIFY2(exported.exitCode == 0, exported.transcript().constData());
    }

    /// Item 3 of the re-issue work: running the same issue again names what is done, not "no names were given".
    void issuingFinishedDevicesAgainSaysTheyAreIssued()
    {
        const CliRun again =
            runCli(ws(args("device", "issue", "--ca", "Root", "--product", "pk", "--names", "alpha,beta,gamma,delta",
                           "--out", path("devices"), "--passphrase-file", m_passphrase)));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(!again.err.contains("No device names were given"), again.transcript().constData());
        QVERIFY2(again.err.contains("All 4 named device")
                     && again.err.contains("of the product 'pk' already have certificates"),
                 again.transcript().constData());
        QVERIFY2(again.err.contains(QDir::toNativeSeparators(path("devices")).toUtf8()),
                 again.transcript().constData());
    }

    void sameKeyReissue()
    {
        const QString old = serialOf(QStringLiteral("alpha"));
        QVERIFY(!old.isEmpty());
        const CliRun run = runCli(ws(args("device", "reissue", "--ca", "Root", "--serial", old, "--out",
                                          path("alpha-2"), "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject report = run.json().object();
        const QString serial = report.value(QStringLiteral("serial")).toString();
        QVERIFY(!serial.isEmpty());
        QVERIFY(serial != old);
        QCOMPARE(report.value(QStringLiteral("supersededSerial")).toString(), old);
        QCOMPARE(report.value(QStringLiteral("supersedesSerial")).toString(), old);
        QCOMPARE(report.value(QStringLiteral("generation")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("keyFile")).toString(), QString());
        const QString certificate = report.value(QStringLiteral("certificateFile")).toString();
        QCOMPARE(certificate, QDir(path("alpha-2")).filePath(QStringLiteral("pk_alpha.crt")));

        // The same public key and subject as the old certificate, a new serial, and the chain verifies.
        const QString oldFile = path("devices/pk_alpha.crt");
        QVERIFY(!publicKeyOfCertificate(certificate).isEmpty());
        QCOMPARE(publicKeyOfCertificate(certificate), publicKeyOfCertificate(oldFile));
        QCOMPARE(subjectOf(certificate), subjectOf(oldFile));
        const QByteArray serialLine = openssl({QStringLiteral("x509"), QStringLiteral("-in"), certificate,
                                               QStringLiteral("-noout"), QStringLiteral("-serial")});
        QCOMPARE(serialLine.trimmed(), QByteArray("serial=") + serial.toLatin1());
        const OpenSslRun verified = verify(certificate);
        QVERIFY2(verified.ok() && verified.standardOutput.contains(": OK"), verified.transcript().constData());
        // No key is written: the device keeps its own.
        QCOMPARE(QDir(path("alpha-2")).entryList(QDir::Files), QStringList {QStringLiteral("pk_alpha.crt")});

        // Both are listed; the old one is superseded, the new one is the device's current certificate.
        const QMap<QString, QJsonObject> devices = listed();
        QVERIFY(devices.contains(old) && devices.contains(serial));
        QCOMPARE(devices.value(old).value(QStringLiteral("superseded")).toBool(), true);
        QCOMPARE(devices.value(old).value(QStringLiteral("revoked")).toBool(), false);
        QCOMPARE(devices.value(serial).value(QStringLiteral("superseded")).toBool(), false);
        const CliRun shown = runCli(ws(args("device", "show", "--ca", "Root", "--serial", serial)));
        QVERIFY2(shown.exitCode == 0 && shown.out.contains("Supersedes:") && shown.out.contains(old.toLatin1()),
                 shown.transcript().constData());
        const CliRun text = runCli(ws(args("device", "list", "--ca", "Root")));
        QCOMPARE(text.out.count(" superseded"), 1);

        // Only the newest certificate of a device is re-issued.
        const CliRun again = runCli(ws(args("device", "reissue", "--ca", "Root", "--serial", old, "--out",
                                            path("alpha-3"), "--passphrase-file", m_passphrase)));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("was already re-issued") && again.err.contains(serial.toLatin1()),
                 again.transcript().constData());
        QVERIFY(!QFileInfo::exists(path("alpha-3")));
    }

    void newKeyReissue()
    {
        const QString old = serialOf(QStringLiteral("beta"));
        const CliRun run =
            runCli(ws(args("device", "reissue", "--ca", "Root", "--serial", old, "--new-key", "--key", "rsa:2048",
                           "--out", path("beta-2"), "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject report = run.json().object();
        const QString certificate = report.value(QStringLiteral("certificateFile")).toString();
        const QString key = report.value(QStringLiteral("keyFile")).toString();
        QCOMPARE(key, QDir(path("beta-2")).filePath(QStringLiteral("pk_beta.key")));
        // Written like `device issue` writes keys: owner-only.
        QCOMPARE(QFileInfo(key).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
                 QFileDevice::Permissions());
        const QByteArray keyPublic =
            openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout")});
        QVERIFY(!keyPublic.isEmpty());
        QCOMPARE(publicKeyOfCertificate(certificate), keyPublic);
        QVERIFY(publicKeyOfCertificate(certificate) != publicKeyOfCertificate(path("devices/pk_beta.crt")));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
                         QStringLiteral("-text")})
                    .contains("RSA Public-Key: (2048 bit)")
                || openssl({QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
                            QStringLiteral("-text")})
                       .contains("Public-Key: (2048 bit)"));
        QCOMPARE(subjectOf(certificate), subjectOf(path("devices/pk_beta.crt")));
        const OpenSslRun verified = verify(certificate);
        QVERIFY2(verified.ok(), verified.transcript().constData());
    }

    void revokeOldIsInTheCrl()
    {
        const QString old = serialOf(QStringLiteral("gamma"));
        // Without a terminal, revoking needs --yes; nothing happens without it.
        const CliRun refused = runCli(ws(args("device", "reissue", "--ca", "Root", "--serial", old, "--revoke-old",
                                              "--out", path("gamma-2"), "--passphrase-file", m_passphrase)));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path("gamma-2")));

        const CliRun run = runCli(ws(args("device", "reissue", "--ca", "Root", "--serial", old, "--revoke-old", "--yes",
                                          "--out", path("gamma-2"), "--passphrase-file", m_passphrase, "--json")));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(QStringLiteral("revokedOld")).toBool(), true);
        const QString certificate = report.value(QStringLiteral("certificateFile")).toString();

        const CliRun crl =
            runCli(ws(args("ca", "crl", "--ca", "Root", "--out", path("root.crl"), "--passphrase-file", m_passphrase)));
        QVERIFY2(crl.exitCode == 0, crl.transcript().constData());
        const QByteArray text = openssl({QStringLiteral("crl"), QStringLiteral("-in"), path("root.crl"),
                                         QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(text.contains("Serial Number: " + old.toLatin1()), text.constData());
        QVERIFY2(text.contains("Superseded"), text.constData());
        QCOMPARE(text.count("Serial Number:"), 1);
        // The old certificate is refused with the CRL, the new one accepted.
        const OpenSslRun oldChecked = verify(path("devices/pk_gamma.crt"), path("root.crl"));
        QVERIFY2(!oldChecked.ok() && oldChecked.transcript().contains("certificate revoked"),
                 oldChecked.transcript().constData());
        const OpenSslRun newChecked = verify(certificate, path("root.crl"));
        QVERIFY2(newChecked.ok(), newChecked.transcript().constData());
        const QMap<QString, QJsonObject> devices = listed();
        QCOMPARE(devices.value(old).value(QStringLiteral("revoked")).toBool(), true);
        QCOMPARE(devices.value(old).value(QStringLiteral("superseded")).toBool(), true);
    }

    /// The association CSV lists each device once, with its current certificate.
    void csvExportListsTheCurrentCertificates()
    {
        const CliRun run = runCli(ws(args("csv", "export", "--ca", "Root", "--out", path("current.csv"))));
        QVERIFY2(run.exitCode == 0, run.transcript().constData());
        QFile file(path("current.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QStringList expected;
        for (const char* device : {"alpha", "beta", "delta", "gamma"})
            expected
                << QStringLiteral("pk,%1,%2").arg(QString::fromLatin1(device), serialOf(QString::fromLatin1(device)));
        QStringList rows = csv.split(QStringLiteral("\n"), Qt::SkipEmptyParts);
        for (QString& row : rows)
            row = row.trimmed();
        QCOMPARE(rows.mid(1), expected);
    }

    void wrongPassphraseLeavesEverythingAsItWas()
    {
        const QString old = serialOf(QStringLiteral("delta"));
        const QString wrong = path("wrong.txt");
        QVERIFY(writeText(wrong, "not the passphrase\n"));
        const QStringList before = workspaceRows();
        QVERIFY(before.size() > 10);
        const CliRun run =
            runCli(ws(args("device", "reissue", "--ca", "Root", "--serial", old, "--new-key", "--revoke-old", "--yes",
                           "--out", path("delta-2"), "--passphrase-file", wrong)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("passphrase"), run.transcript().constData());
        QCOMPARE(workspaceRows(), before);
        QVERIFY(!QFileInfo::exists(path("delta-2")));
    }
};

QTEST_GUILESS_MAIN(TestCliReissue)
#include "TestCliReissue.moc"
