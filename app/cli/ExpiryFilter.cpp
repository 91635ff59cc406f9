#include "ExpiryFilter.h"

#include "CliCommand.h"
#include "ExitCode.h"

#include "model/models/CertificateLifeState.h"

namespace iotca::app {

QCommandLineOption ExpiryFilter::option()
{
    return QCommandLineOption(QStringLiteral("expiring"),
                              tr("Lists only what expires within <days> days, or has expired."), tr("days"));
}

std::optional<ExpiryFilter> ExpiryFilter::read(const QCommandLineParser& parser, const QCommandLineOption& option,
                                               const QString& path, int& exitCode)
{
    ExpiryFilter filter;
    if (!parser.isSet(option))
        return filter;
    bool ok = false;
    const int days = parser.value(option).toInt(&ok);
    // 36,500 days is the longest validity we issue (CertificateProfile); it also keeps addDays() far from overflow.
    if (!ok || days < 0 || days > 36500) {
        exitCode = CliCommand::usageError(path, tr("--expiring needs a whole number of days from 0 to 36500."));
        return std::nullopt;
    }
    filter.m_days = days;
    return filter;
}

bool ExpiryFilter::accepts(const QDateTime& notAfter) const
{
    return !m_days || notAfter <= m_now.addDays(*m_days);
}

QString ExpiryFilter::state(const QDateTime& notAfter, bool revoked) const
{
    return model::CertificateLifeStates::name(
        model::CertificateLifeStates::of(notAfter, revoked, warningDays(), m_now));
}

} // namespace iotca::app
