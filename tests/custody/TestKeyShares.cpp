#include "model/ModelErrorCode.h"
#include "model/custody/KeyShareCode.h"
#include "model/custody/KeyShareSet.h"
#include "model/custody/KeyShareText.h"
#include "model/custody/RecombineScript.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using iotca::crypto::SecureBuffer;
using iotca::model::KeyShare;
using iotca::model::KeyShareCode;
using iotca::model::KeyShareSet;
using iotca::model::KeyShareText;
namespace ErrorCode = iotca::model::ErrorCode;

namespace {

const QString base32 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

KeyShare copyOf(const KeyShare& share)
{
    return KeyShare {share.setId, share.threshold, share.shareCount, share.index,
                     SecureBuffer::fromBytes(share.value.view())};
}

std::vector<KeyShare> copies(const std::vector<KeyShare>& shares, std::initializer_list<int> indices)
{
    std::vector<KeyShare> picked;
    for (const int i : indices)
        picked.push_back(copyOf(shares[std::size_t(i)]));
    return picked;
}

QString scriptPath()
{
    return QDir(qEnvironmentVariable("IOTCA_SOURCE_DIR"))
        .filePath(QStringLiteral("tests/ceremony/recombine_shares.py"));
}

struct ScriptRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ScriptRun runScript(const QStringList& files, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList {scriptPath()} + files);
    ScriptRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

/// The printed share format (KeyShareCode, KeyShareText), share sets (KeyShareSet), and the independent script.
class TestKeyShares : public QObject
{
    Q_OBJECT

private:
    SecureBuffer m_secret;
    std::vector<KeyShare> m_shares; // 3 of 5

private Q_SLOTS:
    void initTestCase()
    {
        auto secret = KeyShareSet::newSecret();
        QVERIFY(secret.ok());
        m_secret = std::move(*secret);
        auto shares = KeyShareSet::split(m_secret, 3, 5);
        QVERIFY(shares.ok());
        m_shares = std::move(*shares);
    }

    void linesRoundTrip()
    {
        for (const KeyShare& share : m_shares) {
            auto lines = KeyShareCode::encode(share);
            QVERIFY(lines.ok());
            QCOMPARE(lines->size(), 6); // 9 + 32 + 4 = 45 payload bytes, padded to 48
            for (const QString& line : std::as_const(*lines))
                QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}( [A-Z2-7]{4}){3}$")).match(line).hasMatch(),
                         qPrintable(line));
            // Typed back in lower case, without spaces, with hyphens and labels: the same share.
            QStringList typed;
            for (int i = 0; i < lines->size(); ++i)
                typed << QStringLiteral("%1: %2").arg(i + 1).arg(
                    lines->at(i).toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
            auto back = KeyShareCode::decode(typed);
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
            QCOMPARE(back->setId, share.setId);
            QCOMPARE(back->index, share.index);
            QCOMPARE(back->threshold, 3);
            QCOMPARE(back->shareCount, 5);
            QVERIFY(back->value == share.value);
        }
    }

    void everySingleMistypedCharacterIsCaughtAndItsLineNamed()
    {
        // Each letter of each line replaced by every other base32 letter and by the digits people confuse with
        // letters: the line's CRC-16 (or the alphabet) refuses every one, and the message names the line.
        auto lines = KeyShareCode::encode(m_shares[1]);
        QVERIFY(lines.ok());
        int tried = 0;
        for (int line = 0; line < lines->size(); ++line) {
            const QString compact = QString(lines->at(line)).remove(QLatin1Char(' '));
            for (int position = 0; position < compact.size(); ++position) {
                for (const QChar replacement : base32 + QStringLiteral("0189")) {
                    if (replacement == compact.at(position))
                        continue;
                    QStringList typed = *lines;
                    QString changed = compact;
                    changed[position] = replacement;
                    typed[line] = changed;
                    auto decoded = KeyShareCode::decode(typed);
                    QVERIFY2(
                        !decoded.ok(),
                        qPrintable(QStringLiteral("line %1 pos %2 %3").arg(line + 1).arg(position).arg(replacement)));
                    QVERIFY(decoded.error().code == ErrorCode::ShareTypo
                            || decoded.error().code == ErrorCode::ShareMalformed);
                    QVERIFY2(decoded.error().message.contains(QStringLiteral("Line %1 ").arg(line + 1)),
                             qPrintable(decoded.error().message));
                    ++tried;
                }
            }
        }
        QCOMPARE(tried, 6 * 16 * 35);
        // Two neighbours swapped (the other common typing error): caught too.
        for (int line = 0; line < lines->size(); ++line) {
            const QString compact = QString(lines->at(line)).remove(QLatin1Char(' '));
            for (int position = 0; position + 1 < compact.size(); ++position) {
                if (compact.at(position) == compact.at(position + 1))
                    continue;
                QString swapped = compact;
                std::swap(swapped[position], swapped[position + 1]);
                QStringList typed = *lines;
                typed[line] = swapped;
                QCOMPARE(KeyShareCode::decode(typed).error().code, ErrorCode::ShareTypo);
            }
        }
        // A letter left out or added.
        QStringList shorter = *lines;
        shorter[2].chop(1);
        QVERIFY(KeyShareCode::decode(shorter).error().message.contains(QLatin1String("15 letters")));
    }

    void aCorrectLineOfAnotherShareIsCaught()
    {
        auto first = KeyShareCode::encode(m_shares[0]);
        auto second = KeyShareCode::encode(m_shares[1]);
        QVERIFY(first.ok() && second.ok());
        QStringList mixed = *first;
        mixed[3] = second->at(3); // its own CRC is right: only the share's SHA-256 check sees it
        const auto decoded = KeyShareCode::decode(mixed);
        QCOMPARE(decoded.error().code, ErrorCode::ShareMalformed);
        QVERIFY2(decoded.error().message.contains(QLatin1String("do not belong together")),
                 qPrintable(decoded.error().message));
        QStringList swapped = *first;
        std::swap(swapped[1], swapped[2]); // lines in the wrong order: each line's CRC covers its number
        QCOMPARE(KeyShareCode::decode(swapped).error().code, ErrorCode::ShareTypo);
    }

    void setsRecombineFromAnyThreeAndRefuseOtherwise()
    {
        for (const auto& trio : {std::initializer_list<int> {0, 1, 2}, {0, 2, 4}, {4, 3, 1}, {1, 2, 3, 4}}) {
            auto secret = KeyShareSet::combine(copies(m_shares, trio));
            QVERIFY(secret.ok());
            QVERIFY(*secret == m_secret);
        }
        const auto tooFew = KeyShareSet::combine(copies(m_shares, {0, 3}));
        QCOMPARE(tooFew.error().code, ErrorCode::TooFewShares);
        QVERIFY2(tooFew.error().message.contains(QLatin1String("2 of the shares"))
                     && tooFew.error().message.contains(QLatin1String("3 are needed")),
                 qPrintable(tooFew.error().message));
        QCOMPARE(KeyShareSet::combine(copies(m_shares, {0, 0, 1})).error().code, ErrorCode::ShareDuplicate);
        auto other = KeyShareSet::split(m_secret, 3, 5);
        QVERIFY(other.ok());
        std::vector<KeyShare> mixed = copies(m_shares, {0, 1});
        mixed.push_back(copyOf(other->at(2)));
        QCOMPARE(KeyShareSet::combine(mixed).error().code, ErrorCode::ShareSetMismatch);
        // The passphrase is the secret's lower-case hex.
        QCOMPARE(KeyShareSet::passphraseFor(m_secret).view().toByteArray(), m_secret.view().toByteArray().toHex());
    }

    void textFilesAndPastedLinesReadBack()
    {
        const iotca::model::KeyShareLabel label {QStringLiteral("Root"), QStringLiteral("CN=Root"),
                                                 QStringLiteral("AB:CD"), QDateTime::currentDateTimeUtc()};
        QByteArray two;
        for (const int i : {0, 2}) {
            auto text = KeyShareText::fileText(m_shares[std::size_t(i)], label);
            QVERIFY(text.ok());
            QVERIFY(text->contains("-----BEGIN IOTCA KEY SHARE-----"));
            two += *text;
        }
        auto read = KeyShareText::read(QString::fromUtf8(two), QStringLiteral("pasted.txt"));
        QVERIFY(read.ok());
        QCOMPARE(int(read->size()), 2);
        QCOMPARE(read->at(1).index, 3);
        // Bare lines without markers, one share after the other.
        QStringList bare;
        for (const int i : {1, 4})
            bare += *KeyShareCode::encode(m_shares[std::size_t(i)]);
        read = KeyShareText::read(bare.join(QLatin1String("\n\n")), QStringLiteral("standard input"));
        QVERIFY(read.ok());
        QCOMPARE(int(read->size()), 2);
        // A typo in the second share of a file: the message names the share in the file and its line.
        QString broken = QString::fromUtf8(two);
        const qsizetype second = broken.lastIndexOf(QLatin1String("4: ")) + 3;
        broken[second] = broken.at(second) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const auto refused = KeyShareText::read(broken, QStringLiteral("pasted.txt"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QLatin1String("Share 2 in 'pasted.txt': Line 4 ")),
                 qPrintable(refused.error().message));
    }

    void independentScriptRecombinesTheSameSecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const iotca::model::KeyShareLabel label {QStringLiteral("Root"), QStringLiteral("CN=Root"),
                                                 QStringLiteral("AB:CD"), QDateTime::currentDateTimeUtc()};
        QStringList files;
        for (const KeyShare& share : m_shares) {
            const QString path = dir.filePath(KeyShareText::fileName(share));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*KeyShareText::fileText(share, label));
            files << path;
        }
        const QByteArray expected = KeyShareSet::passphraseFor(m_secret).view().toByteArray();
        for (const QStringList& chosen :
             {QStringList {files[0], files[1], files[2]}, QStringList {files[4], files[2], files[0]}, files}) {
            const ScriptRun run = runScript(chosen);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(run.out.trimmed(), expected);
        }
        // Typed lines on its standard input, and its own refusals.
        QStringList typed = *KeyShareCode::encode(m_shares[3]);
        typed += *KeyShareCode::encode(m_shares[1]);
        typed += *KeyShareCode::encode(m_shares[0]);
        ScriptRun run = runScript({}, typed.join(QLatin1Char('\n')).toLower().toUtf8());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.trimmed(), expected);
        run = runScript({files[0], files[1]});
        QVERIFY(run.exitCode != 0 && run.err.contains("3 needed"));
        QStringList mistyped = typed;
        mistyped[7][5] = mistyped[7][5] == QLatin1Char('Q') ? QLatin1Char('R') : QLatin1Char('Q');
        run = runScript({}, mistyped.join(QLatin1Char('\n')).toUtf8());
        QVERIFY2(run.exitCode != 0 && run.err.contains("line 2 does not match"), run.err.constData());
    }

    void workedExampleOfTheDocsRecombines()
    {
        // docs/ceremony.md "A worked example": a fixed test vector, made once by `iotca key backup --shares 2/3`.
        const QString first =
            QStringLiteral("1: AEQN R6H6 YMBA GWSI\n2: AGFH EBY6 JFG6 WZLN\n3: CMPR DE7Y TTT3 F43T\n"
                           "4: 6P3L T6DH CVLH A6YP\n5: EJZB O27T NRZX YUE6\n6: DZ3U UPK5 AAAA B4KB\n");
        const QString third =
            QStringLiteral("1: AEQN R6H6 YMBA GWSI\n2: AOFB 762U XJMW GLHP\n3: H7MG UUIC NVJY LMAB\n"
                           "4: KRPW OB4Y 24VY ROND\n5: KV7J S2FT WYDP PVBW\n6: 62IC TDGJ AAAA BB74\n");
        auto shares = KeyShareText::read(first + QLatin1Char('\n') + third, QStringLiteral("docs"));
        QVERIFY2(shares.ok(), qPrintable(shares.ok() ? QString() : shares.error().message));
        QCOMPARE(KeyShareCode::setIdText(shares->front().setId), QStringLiteral("D8F8-FEC3"));
        auto secret = KeyShareSet::combine(*shares);
        QVERIFY(secret.ok());
        QCOMPARE(KeyShareSet::passphraseFor(*secret).view().toByteArray(),
                 QByteArray("8ac9793bbd47af05f1a1f28569bd242d2fd60a9574e50c947450e7d301c4b46a"));
    }

    void theBackupCarriesTheScriptTheTestsRun()
    {
        QFile script(scriptPath());
        QVERIFY(script.open(QIODevice::ReadOnly));
        QCOMPARE(iotca::model::recombineScript(), script.readAll());
    }
};

QTEST_GUILESS_MAIN(TestKeyShares)
#include "TestKeyShares.moc"
