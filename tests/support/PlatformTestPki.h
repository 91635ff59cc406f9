#pragma once

#include <QByteArray>
#include <QString>

namespace iotca::test {

/// A CA made with the openssl command line for the platform tests (independent of our own crypto/ code).
struct PlatformTestCa
{
    QString keyPath;
    QString certificatePath;
    QByteArray pem;

    [[nodiscard]] bool isNull() const { return pem.isEmpty(); }
};

/// Makes CAs, verification and device certificates with `openssl` in a folder the test owns (EC P-256 for speed).
class PlatformTestPki
{
public:
    explicit PlatformTestPki(QString folder);

    /// A self-signed CA (basicConstraints critical CA:TRUE) with subject CN `commonName`; `name` names the files.
    /// Null on failure, with the transcript in lastError().
    PlatformTestCa makeCa(const QString& name, const QString& commonName);
    /// An end-entity certificate with CN `commonName` (a registration code, a device name) signed by `ca`'s key.
    /// Empty on failure.
    QByteArray issue(const PlatformTestCa& ca, const QString& name, const QString& commonName);

    [[nodiscard]] const QByteArray& lastError() const { return m_lastError; }

private:
    bool run(const QStringList& arguments);

    QString m_folder;
    QByteArray m_lastError;
};

} // namespace iotca::test
