#include "EmulatorProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace iotca::test {

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QString& folder, const QList<std::pair<QString, QByteArray>>& credentials)
{
    const QString credentialsFile = QDir(folder).filePath(QStringLiteral("emulator-credentials"));
    QFile file(credentialsFile);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = "cannot write " + credentialsFile.toUtf8();
        return false;
    }
    for (const auto& [id, secret] : credentials)
        file.write(id.toUtf8() + ':' + secret + '\n');
    file.close();

    m_caBundle = QDir(folder).filePath(QStringLiteral("emulator-ca.pem"));
    m_process.setProgram(
        QDir(qEnvironmentVariable("IOTCA_BINARY_DIR")).filePath(QStringLiteral("app/emulator/iotca-emulator")));
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-ca"), m_caBundle,
                            QStringLiteral("--credentials"), QLatin1Char('@') + credentialsFile});
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_lastError = m_process.errorString().toUtf8();
        return false;
    }
    m_process.closeWriteChannel();
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("listening on ");
        const qsizetype end = at < 0 ? -1 : output.indexOf('\n', at);
        if (end > at) {
            m_url = QString::fromUtf8(output.mid(at + 13, end - at - 13)).trimmed();
            return true;
        }
    }
    m_lastError = "iotca-emulator did not start: " + output + m_process.readAllStandardError();
    return false;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

EmulatorProcess::Answer EmulatorProcess::admin(const QByteArray& verb, const QString& pathAndQuery,
                                               const QByteArray& body)
{
    QFile bundle(m_caBundle);
    if (!bundle.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(bundle.readAll(), QSsl::Pem));
    QNetworkRequest request(QUrl(m_url + pathAndQuery));
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.httpStatus == 0)
        answer.body = reply->errorString().toUtf8();
    reply->deleteLater();
    return answer;
}

} // namespace iotca::test
