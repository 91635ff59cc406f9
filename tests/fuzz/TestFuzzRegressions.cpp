// Replays every committed fuzz corpus file (tests/fuzz/corpus/<target>/) through the same entry functions the
// libFuzzer targets use, with the normal compiler: under the asan preset this is the sanitizer check of every
// seed and of every input that once crashed (those carry a "crash-" name and a comment in git history).
#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace iotca::fuzz;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static QDir corpusRoot() { return QDir(QStringLiteral(IOTCA_FUZZ_CORPUS_DIR)); }

private Q_SLOTS:
    void everyTargetHasACorpus()
    {
        QSet<QString> targets;
        for (const FuzzTarget& target : fuzzTargets()) {
            const QString name = QString::fromLatin1(target.name);
            targets.insert(name);
            QVERIFY2(!QDir(corpusRoot().filePath(name)).entryList(QDir::Files).isEmpty(),
                     qPrintable(QStringLiteral("no corpus for the fuzz target '%1'").arg(name)));
        }
        for (const QString& folder : corpusRoot().entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(targets.contains(folder), qPrintable(QStringLiteral("corpus/%1 has no fuzz target").arg(folder)));
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        const QList<FuzzTarget>& targets = fuzzTargets();
        for (qsizetype t = 0; t < targets.size(); ++t) {
            const QDir folder(corpusRoot().filePath(QString::fromLatin1(targets.at(t).name)));
            for (const QString& file : folder.entryList(QDir::Files, QDir::Name)) {
                const QString row = QString::fromLatin1(targets.at(t).name) + QLatin1Char('/') + file;
                QTest::newRow(qPrintable(row)) << static_cast<int>(t) << folder.filePath(file);
            }
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = file.readAll();
        // A finding aborts the process (sanitizer, broken invariant); getting here means the input is handled.
        fuzzTargets().at(target).entry(data);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
