#pragma once

// Small helpers shared by the crypto tests (header-only; tests/crypto only).

#include "tests/support/OpenSslCli.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace iotca::test {

inline QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFileBytes(const QString& path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes.data(), bytes.size()) == bytes.size();
}

/// Runs openssl in `folder`; the QVERIFY2 message is its transcript.
#define IOTCA_OPENSSL(folder, ...)                                                                                     \
    do {                                                                                                               \
        const iotca::test::OpenSslRun run_ = iotca::test::runOpenSsl(QStringList {__VA_ARGS__}, folder);               \
        QVERIFY2(run_.ok(), run_.transcript().constData());                                                            \
    } while (false)

} // namespace iotca::test
