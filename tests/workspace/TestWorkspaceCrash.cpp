#include "model/audit/AuditLog.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Workspace.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iotca;
using namespace iotca::model;

/// Kills a writer (SIGKILL) in the middle of a 10,000-row transaction and checks that the workspace opens cleanly
/// with either none or all of the rows.
class TestWorkspaceCrash : public QObject
{
    Q_OBJECT

private:
    /// Starts the writer on `folder` and kills it once it printed a line starting with `killAt`.
    static void runAndKill(const QString& folder, const QByteArray& killAt)
    {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::MergedChannels);
        writer.start(QStringLiteral(IOTCA_CRASH_WRITER), {folder});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray transcript;
        bool reached = false;
        while (!reached) {
            if (!writer.canReadLine() && !writer.waitForReadyRead(30000)) {
                QFAIL(qPrintable(QStringLiteral("the writer stopped before '%1': %2")
                                     .arg(QString::fromLatin1(killAt), QString::fromLocal8Bit(transcript))));
            }
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine();
                transcript += line;
                if (line.startsWith(killAt)) {
                    reached = true;
                    break;
                }
            }
        }
        writer.kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    }

    /// Opens the workspace the killed writer left behind and returns how many device rows it holds.
    static qint64 rowsAfterCrash(const QString& folder)
    {
        auto workspace = Workspace::open(folder); // the dead writer's lock is stale and taken over
        if (!workspace) {
            qWarning("%s", qPrintable(workspace.error().fullText()));
            return -1;
        }
        auto database = (*workspace)->connection();
        QSqlQuery query(*database);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
            || query.value(0).toString() != QLatin1String("ok")) {
            qWarning("integrity_check failed");
            return -1;
        }
        if (!(*workspace)->checkIntegrity().ok() || !(*workspace)->audit().verify()->intact()) {
            qWarning("workspace check failed");
            return -1;
        }
        return (*workspace)->devices().count().valueOr(-1);
    }

private Q_SLOTS:
    void killedMidTransactionLeavesNoRows()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        runAndKill(folder, "written 5000");
        QCOMPARE(rowsAfterCrash(folder), qint64(0));
    }

    void killedAfterCommitKeepsAllRows()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        runAndKill(folder, "committed");
        QCOMPARE(rowsAfterCrash(folder), qint64(10000));
    }

    void killedWhileCommittingLeavesNoneOrAll()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        runAndKill(folder, "committing");
        const qint64 rows = rowsAfterCrash(folder);
        QVERIFY2(rows == 0 || rows == 10000, qPrintable(QString::number(rows)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCrash)
#include "TestWorkspaceCrash.moc"
