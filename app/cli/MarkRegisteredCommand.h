#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace iotca::app {

/// `iotca ca mark-registered`: records a registration done by hand in a platform console (model::ManualRegistration).
/// Read back from the platform where it can be asked; with --offline, or for a platform without a CA API, kept as
/// unconfirmed until `ca sync` finds it.
class MarkRegisteredCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkRegisteredCommand)
public:
    static int run(const QString& path, const QStringList& arguments);
};

} // namespace iotca::app
