#include "SerialCollisionFixture.h"

#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/CaKeyAccess.h"
#include "model/workspace/Workspace.h"

#include <QTest>

namespace iotca::test {

SerialCollisionFixture::SerialCollisionFixture(QString rootName)
    : m_rootName(std::move(rootName))
{ }

SerialCollisionFixture::~SerialCollisionFixture() = default;

SerialCollisionFixture::Backend& SerialCollisionFixture::backend()
{
    QFETCH_GLOBAL(bool, postgres);
    return postgres ? m_postgres : m_sqlite;
}

model::Workspace& SerialCollisionFixture::otherHandle()
{
    Backend& b = backend();
    return b.other ? *b.other : *b.workspace;
}

const crypto::SecureBuffer& SerialCollisionFixture::passphrase()
{
    static const crypto::SecureBuffer buffer = crypto::SecureBuffer::fromString(QStringLiteral("serials passphrase"));
    return buffer;
}

model::NewCaParameters SerialCollisionFixture::caParameters(const QString& name)
{
    model::NewCaParameters ca;
    ca.name = name;
    ca.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=IoT CA Desk tests").arg(name));
    ca.algorithm = crypto::KeyAlgorithm::EcP256;
    return ca;
}

Status SerialCollisionFixture::createRoot(Backend& backend, const QString& name)
{
    auto caId = model::CaCreator::createRoot(*backend.workspace, caParameters(name), passphrase());
    if (!caId)
        return caId.error();
    backend.caId = *caId;
    auto key = model::CaKeyAccess::unlock(*backend.workspace, backend.caId, passphrase());
    if (!key)
        return key.error();
    backend.caKey = std::move(*key);
    return {};
}

QString SerialCollisionFixture::describe(const Status& status)
{
    return status.ok() ? QString() : status.error().message + QStringLiteral(" | ") + status.error().detail;
}

void SerialCollisionFixture::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void SerialCollisionFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto sqlite = model::Workspace::open(m_dir.filePath(QStringLiteral("workspace")));
    QVERIFY2(sqlite.ok(), qPrintable(sqlite ? QString() : describe(sqlite.error())));
    m_sqlite.workspace = std::move(*sqlite);
    const Status sqliteRoot = createRoot(m_sqlite, m_rootName);
    QVERIFY2(sqliteRoot.ok(), qPrintable(describe(sqliteRoot)));

    const QString failure = m_database.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    for (auto* handle : {&m_postgres.workspace, &m_postgres.other}) {
        auto team = model::Workspace::open(m_database.url());
        QVERIFY2(team.ok(), qPrintable(team ? QString() : describe(team.error())));
        *handle = std::move(*team);
    }
    m_postgres.workspace->setOperatorName(QStringLiteral("alice"));
    m_postgres.other->setOperatorName(QStringLiteral("bob"));
    const Status teamRoot = createRoot(m_postgres, QStringLiteral("Team ") + m_rootName);
    QVERIFY2(teamRoot.ok(), qPrintable(describe(teamRoot)));
}

void SerialCollisionFixture::cleanupTestCase()
{
    m_postgres = {};
    m_database.drop();
}

} // namespace iotca::test
