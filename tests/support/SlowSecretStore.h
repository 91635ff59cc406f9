#pragma once

#include "model/secrets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <utility>

namespace iotca::test {

/// A keychain that answers reads only when the test says so, as a slow Secret Service or one waiting for the user to
/// unlock it would: answerReads() from the entries written, refuseReads() with an "AccessDenied" error. Writes and
/// removals answer at once (a test's set-up). For tests that the GUI thread never waits for the keychain.
class SlowSecretStore final : public model::SecretStore
{
public:
    void write(const QString& key, QByteArrayView secret, StatusCallback done) override
    {
        m_entries.insert(key, secret.toByteArray());
        done(Status {});
    }
    void read(const QString& key, ReadCallback done) override { m_pending.append({key, std::move(done)}); }
    void remove(const QString& key, StatusCallback done) override
    {
        m_entries.remove(key);
        done(Status {});
    }

    [[nodiscard]] qsizetype pendingReads() const { return m_pending.size(); }

    /// Answers every read asked so far from the entries written ("NotFound" for others).
    void answerReads()
    {
        for (auto& [key, done] : std::exchange(m_pending, {})) {
            if (m_entries.contains(key))
                done(crypto::SecureBuffer::fromBytes(m_entries.value(key)));
            else
                done(
                    Error {QStringLiteral("The keychain has no entry '%1'.").arg(key), {}, QStringLiteral("NotFound")});
        }
    }
    /// Refuses every read asked so far, as a keychain whose user said no.
    void refuseReads()
    {
        for (auto& [key, done] : std::exchange(m_pending, {}))
            done(Error {QStringLiteral("Access to the keychain was denied."), {}, QStringLiteral("AccessDenied")});
    }

    /// Calls `start` and tells whether it returned without running an event loop of its own, as a blocking keychain
    /// read would: a zero timer queued before the call can fire only inside such a loop. It then refuses the reads,
    /// so that the loop ends and the test fails instead of hanging.
    template<class Start>
    [[nodiscard]] bool returnsWithoutWaiting(Start start)
    {
        const auto starting = std::make_shared<bool>(true);
        const auto firedInside = std::make_shared<bool>(false);
        QTimer::singleShot(0, this, [this, starting, firedInside] {
            if (!*starting)
                return;
            *firedInside = true;
            refuseReads();
        });
        start();
        *starting = false;
        return !*firedInside;
    }

private:
    QHash<QString, QByteArray> m_entries;
    QList<std::pair<QString, ReadCallback>> m_pending;
};

} // namespace iotca::test
