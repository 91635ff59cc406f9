#pragma once

#include "model/models/CertificateLifeState.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace iotca::app {

/// `--expiring DAYS` of `ca list` and `device list`, and the life state both lists print.
class ExpiryFilter
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryFilter)

public:
    /// Certificates are "expiring" this many days before notAfter unless --expiring says otherwise.
    static constexpr int defaultWarningDays = model::CertificateLifeStates::defaultWarningDays;

    [[nodiscard]] static QCommandLineOption option();
    /// The filter from the parsed option; nothing after a usage error was printed (then `exitCode` is set).
    [[nodiscard]] static std::optional<ExpiryFilter>
    read(const QCommandLineParser& parser, const QCommandLineOption& option, const QString& path, int& exitCode);

    /// Everything passes without --expiring; with it, what expires within the days (or has expired).
    [[nodiscard]] bool accepts(const QDateTime& notAfter) const;
    [[nodiscard]] int warningDays() const { return m_days.value_or(defaultWarningDays); }
    /// Stable words for the lists and JSON: "revoked", "expired", "expiring" (within warningDays()) or "valid".
    [[nodiscard]] QString state(const QDateTime& notAfter, bool revoked) const;

private:
    std::optional<int> m_days;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace iotca::app
