// The demo back end `scripts/run` starts: the iotca-emulator process with --state keeps what the platforms know
// across restarts (written on every change), and the "Local emulator" preset reads where it runs from the
// environment.
#include "ui/dialogs/EmulatorPreset.h"

#include "model/platform/ApsaraMqConnector.h"
#include "tests/support/AwaitResult.h"
#include "tests/support/PlatformTestPki.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace iotca;
using namespace std::chrono_literals;

using iotca::test::awaitResult;

namespace {
const QString keyId = QStringLiteral("demo-access-key");
const QByteArray keySecret = QByteArrayLiteral("demo-access-secret");

} // namespace

class TestDemoBackend : public QObject
{
    Q_OBJECT

    /// Starts the emulator binary as scripts/run does; returns its URL.
    QString startEmulator()
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral(IOTCA_EMULATOR_BINARY),
                         {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-ca"), caBundle(),
                          QStringLiteral("--credentials"), keyId + QLatin1Char(':') + QString::fromLatin1(keySecret),
                          QStringLiteral("--state"), statePath()});
        if (!m_process->waitForStarted(10000))
            return {};
        QByteArray out;
        while (!out.contains('\n') && m_process->waitForReadyRead(20000))
            out += m_process->readAllStandardOutput();
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on "))
            qWarning("emulator said: %s / %s", line.constData(), m_process->readAllStandardError().constData());
        return line.startsWith("listening on ") ? QString::fromUtf8(line.mid(13)) : QString();
    }

    void stopEmulator()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process.reset();
    }

    std::unique_ptr<model::ApsaraMqConnector> connector(const QString& url)
    {
        model::PlatformAccount account;
        account.platform = model::PlatformId::ApsaraMq;
        account.name = QStringLiteral("demo");
        account.region = QStringLiteral("cn-hangzhou");
        account.endpoint = QUrl(url);
        account.instanceId = QStringLiteral("post-cn-emulator");
        account.caBundlePath = caBundle();
        account.accessKeyId = keyId;
        auto made = std::make_unique<model::ApsaraMqConnector>(
            account, model::PlatformSecret {crypto::SecureBuffer::fromBytes(keySecret)}, &m_network);
        made->setRetryPolicy(model::RetryPolicy {10s, 1, 10ms});
        return made;
    }

    [[nodiscard]] QString caBundle() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString statePath() const { return m_dir.filePath(QStringLiteral("emulator/state.json")); }

private Q_SLOTS:
    void cleanup() { stopEmulator(); }

    void stateSurvivesRestarts()
    {
        QVERIFY(m_dir.isValid());
        // 1st run: a registration code is handed out and written to the state file at once.
        QString url = startEmulator();
        QVERIFY(!url.isEmpty());
        auto first = connector(url);
        const auto code = awaitResult<QString>([&](auto done) { return first->getRegistrationCode(std::move(done)); });
        QVERIFY2(code, qPrintable(code ? QString() : code.error().fullText()));
        QFile state(statePath());
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(state.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("iotca-emulator-state"));
        QVERIFY(QJsonDocument(json).toJson().contains(code->toUtf8()));
        QVERIFY(state.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!state.permissions().testFlag(QFileDevice::ReadOther));
        state.close();
        stopEmulator();

        // 2nd run: the code handed out before is still valid, so the CA registers.
        url = startEmulator();
        QVERIFY(!url.isEmpty());
        test::PlatformTestPki pki(m_dir.path());
        const test::PlatformTestCa ca = pki.makeCa(QStringLiteral("demo"), QStringLiteral("Demo Root"));
        QVERIFY2(!ca.isNull(), pki.lastError().constData());
        const QByteArray verification = pki.issue(ca, QStringLiteral("demo-verify"), *code);
        QVERIFY2(!verification.isEmpty(), pki.lastError().constData());
        auto c = connector(url);
        const auto registered = awaitResult<model::RemoteCaCertificate>([&](auto done) {
            return c->registerCa(model::CaUpload {QStringLiteral("demo_root"), ca.pem, verification, true},
                                 std::move(done));
        });
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));
        stopEmulator();

        // 3rd run: the CA is still there, with its id.
        url = startEmulator();
        QVERIFY(!url.isEmpty());
        c = connector(url);
        const auto listed =
            awaitResult<QList<model::RemoteCaCertificate>>([&](auto done) { return c->listCas(std::move(done)); });
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().fullText()));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().remoteId, registered->remoteId);
        QCOMPARE(listed->first().name, QStringLiteral("demo_root"));
    }

    void aDamagedStateFileStopsTheEmulatorWithAReason()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("emulator")));
        QFile state(statePath());
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write("{ not json");
        state.close();
        QProcess process;
        process.start(QStringLiteral(IOTCA_EMULATOR_BINARY),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"), statePath()});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("not valid JSON"));
        QVERIFY(QFile::remove(statePath()));
    }

    void localEmulatorPresetReadsTheEnvironment()
    {
        QVERIFY(m_dir.isValid());
        const QString secretFile = m_dir.filePath(QStringLiteral("secret"));
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret\n");
        file.close();
        qputenv("IOTCA_EMULATOR_URL", "https://127.0.0.1:18443");
        qputenv("IOTCA_EMULATOR_CA_BUNDLE", caBundle().toUtf8());
        qputenv("IOTCA_EMULATOR_ACCESS_KEY_ID", "key-1");
        qputenv("IOTCA_EMULATOR_SECRET_FILE", secretFile.toUtf8());
        const ui::EmulatorPreset preset = ui::EmulatorPreset::fromEnvironment();
        QVERIFY(preset.isAvailable());
        QCOMPARE(preset.url, QStringLiteral("https://127.0.0.1:18443"));
        QCOMPARE(preset.caBundlePath, caBundle());
        QCOMPARE(preset.accessKeyId, QStringLiteral("key-1"));
        QCOMPARE(preset.secret.view(), QByteArrayView("s3cret"));

        // Without credentials the emulator's own demo pair applies; without a URL there is no preset.
        qunsetenv("IOTCA_EMULATOR_ACCESS_KEY_ID");
        qunsetenv("IOTCA_EMULATOR_SECRET_FILE");
        const ui::EmulatorPreset demo = ui::EmulatorPreset::fromEnvironment();
        QCOMPARE(demo.accessKeyId, keyId);
        QCOMPARE(demo.secret.view(), QByteArrayView(keySecret));
        qunsetenv("IOTCA_EMULATOR_URL");
        QVERIFY(!ui::EmulatorPreset::fromEnvironment().isAvailable());
        qunsetenv("IOTCA_EMULATOR_CA_BUNDLE");
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<QProcess> m_process;
};

QTEST_MAIN(TestDemoBackend)
#include "TestDemoBackend.moc"
