#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace iotca::test {

/// Where the workspace, jobs and CLI suites put the workspaces they test. By default a folder: the embedded SQLite
/// workspace. With IOTCA_TEST_WORKSPACE_BACKEND=postgresql (set by the `<test>_postgres` ctest variants,
/// cmake/IotcaTesting.cmake) a fresh, empty database on the throwaway PostgreSQL 15 server of scripts/lib/postgres.sh
/// (IOTCA_TEST_POSTGRES_URL) instead, named by its postgresql:// URL, so the same test runs against the team back end.
/// Every database made is dropped again by dropAll() and at the latest when this object goes.
class TestWorkspaces
{
public:
    TestWorkspaces() = default;
    TestWorkspaces(const TestWorkspaces&) = delete;
    TestWorkspaces& operator=(const TestWorkspaces&) = delete;
    ~TestWorkspaces();

    /// Whether this run tests the PostgreSQL back end (IOTCA_TEST_WORKSPACE_BACKEND=postgresql).
    [[nodiscard]] static bool postgres();

    /// The location of a new workspace: `folder` (which the test must not have used yet), or the URL of a new, empty
    /// database. When the database cannot be made, the current test fails (QTest::qFail) and the result is empty.
    [[nodiscard]] QString location(const QString& folder);

    /// Drops every database location() made.
    void dropAll();

    /// A connection named `connection` straight to the database of the workspace at `location` (its workspace.db
    /// read-only, or the PostgreSQL database), for a test that looks at rows behind the model's back; open() it and
    /// check. QSqlDatabase::removeDatabase(connection) when done.
    [[nodiscard]] static QSqlDatabase addDirectConnection(const QString& location, const QString& connection);

private:
    QUrl m_server;
    QStringList m_databases;
};

} // namespace iotca::test
