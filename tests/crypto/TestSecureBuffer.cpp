#include "crypto/SecureBuffer.h"

#include <QTest>

using iotca::crypto::SecureBuffer;

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsCopiedBytes()
    {
        const SecureBuffer buffer = SecureBuffer::fromBytes("correct horse");
        QCOMPARE(buffer.size(), 13);
        QCOMPARE(buffer.view(), QByteArrayView("correct horse"));
    }

    void movingLeavesTheSourceEmpty()
    {
        SecureBuffer source = SecureBuffer::fromString(QStringLiteral("秘密 passphrase"));
        const qsizetype size = source.size();
        SecureBuffer target(std::move(source));
        QCOMPARE(target.size(), size);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what we test
        QCOMPARE(source.data(), nullptr);
        QCOMPARE(QString::fromUtf8(target.view().toByteArray()), QStringLiteral("秘密 passphrase"));
    }

    void truncateWipesTheTail()
    {
        SecureBuffer buffer = SecureBuffer::fromBytes("abcdef");
        const char* storage = buffer.data();
        buffer.truncate(2);
        QCOMPARE(buffer.view(), QByteArrayView("ab"));
        // The bytes past the new end are still our allocation, and they must be zero now.
        for (int i = 2; i < 6; ++i)
            QCOMPARE(storage[i], '\0');
    }

    void comparesInConstantTimeByContent()
    {
        QVERIFY(SecureBuffer::fromBytes("same") == SecureBuffer::fromBytes("same"));
        QVERIFY(!(SecureBuffer::fromBytes("same") == SecureBuffer::fromBytes("diff")));
        QVERIFY(!(SecureBuffer::fromBytes("same") == SecureBuffer::fromBytes("samesame")));
        QVERIFY(SecureBuffer() == SecureBuffer());
    }

    void clearEmpties()
    {
        SecureBuffer buffer = SecureBuffer::fromBytes("secret");
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.data(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "TestSecureBuffer.moc"
