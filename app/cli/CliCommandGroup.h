#pragma once

#include "CliCommand.h"

#include <functional>
#include <memory>
#include <vector>

namespace iotca::app {

/// A command that only dispatches to sub-commands ("iotca", "iotca ca", "iotca device", ...).
///
/// Options given before the sub-command's name (--workspace) are handed down to it, so both
/// `iotca --workspace W ca list` and `iotca ca list --workspace W` work. --help lists the sub-commands.
class CliCommandGroup : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandGroup)

public:
    using Handler = std::function<int(const QString& path, const QStringList& arguments)>;

    CliCommandGroup(QString name, QString summary);
    ~CliCommandGroup() override;

    [[nodiscard]] int run(const QString& path, const QStringList& arguments) override;

    void addCommand(std::unique_ptr<CliCommand> command);
    void addCommand(const QString& name, const QString& summary, Handler handler);

protected:
    /// Extra options this level understands (the root adds --version); handled before dispatching.
    virtual void addLevelOptions(QCommandLineParser& parser);
    /// Returns an exit code when a level option ended the command (--version).
    virtual std::optional<int> handleLevelOptions(const QCommandLineParser& parser);

private:
    struct Entry
    {
        QString name;
        QString summary;
        Handler handler;
    };

    [[nodiscard]] QString helpText(const QCommandLineParser& parser, const QString& path) const;

    std::vector<std::unique_ptr<CliCommand>> m_owned;
    std::vector<Entry> m_entries;
};

} // namespace iotca::app
