#include "crypto/Digest.h"

#include <QTest>

using namespace iotca::crypto;

// Known answers from FIPS 180-4 examples and RFC 4231 / RFC 2202.
class TestDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sha256KnownAnswer()
    {
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void sha1AndSha512KnownAnswers()
    {
        QCOMPARE(digest(DigestAlgorithm::Sha1, "abc").toHex(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
        QCOMPARE(digest(DigestAlgorithm::Sha512, "abc").toHex().left(32),
                 QByteArray("ddaf35a193617abacc417349ae204131"));
    }

    void hmacSha256Rfc4231Case2()
    {
        QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void hmacSha1Rfc2202Case2()
    {
        QCOMPARE(hmacSha1("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "TestDigest.moc"
