#pragma once

#include "../workspace/PostgresTestDatabase.h"
#include "crypto/PrivateKey.h"
#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"
#include "model/ca/NewCaParameters.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace iotca::model {
class Workspace;
}

namespace iotca::test {

/// What the serial-collision tests share (issue 23): every test function runs twice (global data column
/// "postgres"), on the embedded SQLite workspace and on a team workspace on the throwaway PostgreSQL server of
/// scripts/with-test-session with two handles (operators alice and bob, as two processes have); each has an EC
/// P-256 root whose key stays unlocked for the test.
class SerialCollisionFixture : public QObject
{
    Q_OBJECT
protected:
    struct Backend
    {
        std::unique_ptr<model::Workspace> workspace;
        /// PostgreSQL: a second operator's connection; SQLite: none (the lock file admits one writing process), the
        /// second operator's work runs on the same handle.
        std::unique_ptr<model::Workspace> other;
        qint64 caId = 0;
        crypto::PrivateKey caKey;
    };

    /// The roots are named `rootName` (SQLite) and "Team " + rootName (PostgreSQL).
    explicit SerialCollisionFixture(QString rootName);
    ~SerialCollisionFixture() override;

    /// The back end of the running test function's global data row.
    Backend& backend();
    /// The handle the second operator uses.
    model::Workspace& otherHandle();

    static const crypto::SecureBuffer& passphrase();
    static model::NewCaParameters caParameters(const QString& name);
    /// A root named `name` in backend.workspace, its id and unlocked key kept in `backend`.
    static Status createRoot(Backend& backend, const QString& name);
    /// Empty for success, else the error's message and detail.
    static QString describe(const Status& status);

    QTemporaryDir m_dir;
    PostgresTestDatabase m_database;
    Backend m_sqlite;
    Backend m_postgres;
    /// Numbers the test functions' own names and folders.
    int m_run = 0;

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();

private:
    QString m_rootName;
};

} // namespace iotca::test
