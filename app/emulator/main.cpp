// iotca-emulator: the local platform emulator (ApsaraMQ for MQTT, Tencent Cloud IoT Hub, AWS IoT Core) over HTTPS
// on 127.0.0.1. Wiring and argument parsing only; the server lives in iotca_emulator_core.
#include "EmulatorCredentialsParser.h"
#include "EmulatorServer.h"
#include "EmulatorStateFile.h"
#include "ThrowawayTlsIdentity.h"
#include "app/common/Bootstrap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <optional>

namespace {

class EmulatorMain
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorMain)
public:
    static int run(QCoreApplication& application)
    {
        using namespace iotca::app;
        QTextStream err(stderr);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Local emulator of the ApsaraMQ for MQTT, Tencent Cloud IoT Hub and AWS IoT Core CA APIs."));
        parser.addHelpOption();
        const QCommandLineOption port(QStringLiteral("port"), tr("Port on 127.0.0.1 (0 = a free port)."),
                                      QStringLiteral("PORT"), QStringLiteral("0"));
        const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), tr("Server certificate (PEM)."),
                                         QStringLiteral("FILE"));
        const QCommandLineOption tlsKey(QStringLiteral("tls-key"), tr("Server private key (PEM, unencrypted)."),
                                        QStringLiteral("FILE"));
        const QCommandLineOption writeCa(QStringLiteral("write-ca"),
                                         tr("Without --tls-cert: write the throwaway CA certificate clients must trust "
                                            "to FILE."),
                                         QStringLiteral("FILE"));
        const QCommandLineOption credentials(QStringLiteral("credentials"),
                                             tr("Accepted credentials: ID:SECRET[,ID:SECRET...] or @FILE."),
                                             QStringLiteral("SPEC"));
        const QCommandLineOption failNext(QStringLiteral("fail-next"),
                                          tr("Answer the first COUNT API requests with HTTP 503."),
                                          QStringLiteral("COUNT"));
        const QCommandLineOption delayNext(QStringLiteral("delay-next"),
                                           tr("Answer the first API request only after MS milliseconds."),
                                           QStringLiteral("MS"));
        const QCommandLineOption state(QStringLiteral("state"),
                                       tr("Keep the emulated platforms' state in FILE (JSON): loaded at start, saved "
                                          "after every change."),
                                       QStringLiteral("FILE"));
        parser.addOptions({port, tlsCert, tlsKey, writeCa, credentials, failNext, delayNext, state});
        parser.process(application);

        const QString demo = QStringLiteral("demo-access-key:demo-access-secret");
        auto accepted = EmulatorCredentialsParser::parse(parser.isSet(credentials) ? parser.value(credentials) : demo);
        if (!accepted) {
            err << accepted.error().fullText() << Qt::endl;
            return 2;
        }

        QSslCertificate certificate;
        QSslKey key;
        if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
            QFile certFile(parser.value(tlsCert));
            QFile keyFile(parser.value(tlsKey));
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
                err << tr("--tls-cert and --tls-key must both name readable PEM files.") << Qt::endl;
                return 2;
            }
            certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
            const QByteArray keyPem = keyFile.readAll();
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
            if (certificate.isNull() || key.isNull()) {
                err << tr("The TLS certificate or key could not be read.") << Qt::endl;
                return 2;
            }
        } else {
            auto identity = ThrowawayTlsIdentity::create();
            if (!identity) {
                err << identity.error().fullText() << Qt::endl;
                return 1;
            }
            certificate = identity->serverCertificate;
            key = identity->serverKey;
            if (parser.isSet(writeCa)) {
                QSaveFile caFile(parser.value(writeCa));
                if (!caFile.open(QIODevice::WriteOnly) || caFile.write(identity->caCertificate.toPem()) < 0
                    || !caFile.commit()) {
                    err << tr("The CA certificate could not be written to '%1'.").arg(parser.value(writeCa))
                        << Qt::endl;
                    return 1;
                }
            }
        }

        EmulatorServer server(*accepted);
        std::optional<EmulatorStateFile> stateFile;
        if (parser.isSet(state)) {
            stateFile.emplace(parser.value(state));
            if (const iotca::Status loaded = stateFile->load(server); !loaded) {
                err << loaded.error().fullText() << Qt::endl;
                return 2;
            }
            QObject::connect(&server, &EmulatorServer::requestHandled, &server, [&server, &stateFile] {
                if (const iotca::Status saved = stateFile->saveIfChanged(server); !saved)
                    QTextStream(stderr) << saved.error().fullText() << Qt::endl;
            });
        }
        if (parser.isSet(failNext))
            server.failNext(parser.value(failNext).toInt(), 503);
        if (parser.isSet(delayNext))
            server.delayNext(1, std::chrono::milliseconds(parser.value(delayNext).toInt()));
        auto bound = server.start(certificate, key, static_cast<quint16>(parser.value(port).toUInt()));
        if (!bound) {
            err << bound.error().fullText() << Qt::endl;
            return 1;
        }
        // Scripts wait for exactly this line.
        std::fprintf(stdout, "listening on %s\n", server.url().toString().toUtf8().constData());
        std::fflush(stdout);
        return application.exec();
    }
};

} // namespace

int main(int argc, char* argv[])
{
    iotca::app::bootstrapProcess(QStringLiteral("iotca-emulator"));
    QCoreApplication application(argc, argv);
    iotca::app::installTranslators(application, iotca::app::preferredUiLocale());
    return EmulatorMain::run(application);
}
