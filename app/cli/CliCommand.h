#pragma once

#include "crypto/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace iotca::app {

/// One command or command group of `iotca` ("ca", "device", "csv", ...).
///
/// run() gets the path the user typed so far ("iotca ca") and the arguments after it, and returns the process exit
/// code (ExitCode.h). Leaf commands build a QCommandLineParser and call parse(), which handles --help, --workspace
/// and usage errors the same way everywhere.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    CliCommand(QString name, QString summary);
    virtual ~CliCommand();
    CliCommand(const CliCommand&) = delete;
    CliCommand& operator=(const CliCommand&) = delete;

    [[nodiscard]] const QString& name() const noexcept { return m_name; }
    [[nodiscard]] const QString& summary() const noexcept { return m_summary; }

    [[nodiscard]] virtual int run(const QString& path, const QStringList& arguments) = 0;

    // Shared by every command.
    [[nodiscard]] static QCommandLineOption helpOption();
    [[nodiscard]] static QCommandLineOption workspaceOption();
    [[nodiscard]] static QCommandLineOption jsonOption();
    [[nodiscard]] static QCommandLineOption yesOption();

    /// Adds --help and --workspace to `parser`, parses `arguments` and checks the number of positional arguments
    /// (`minPositional`..`maxPositional`, -1 for no upper bound). Returns an exit code when the command must stop
    /// here (help printed: 0; usage error printed: 2), nothing when it should go on.
    [[nodiscard]] static std::optional<int> parse(QCommandLineParser& parser, const QString& path,
                                                  const QStringList& arguments, const QString& description,
                                                  int minPositional = 0, int maxPositional = 0);

    /// Prints "iotca: <message>" and a hint to --help; returns ExitUsage.
    [[nodiscard]] static int usageError(const QString& path, const QString& message);
    /// Prints the error; returns ExitFailure (ExitUsage for code "NoTerminal": no passphrase source was given).
    [[nodiscard]] static int failure(const Error& error);

    /// --workspace, else IOTCA_WORKSPACE, else the GUI's default workspace.
    [[nodiscard]] static QString workspacePath(const QCommandLineParser& parser);

    /// The value of a required option, or a usage error printed and nothing returned.
    [[nodiscard]] static std::optional<QString> requiredValue(const QCommandLineParser& parser,
                                                              const QCommandLineOption& option, const QString& path);
    /// The values of several required options, in their order; a usage error for the first one missing and nothing
    /// returned. `const auto& [name, key] = *values;` names them.
    template<class... Options>
    [[nodiscard]] static std::optional<std::array<QString, sizeof...(Options)>>
    requiredValues(const QCommandLineParser& parser, const QString& path, const Options&... options)
    {
        std::array<QString, sizeof...(Options)> values;
        std::size_t next = 0;
        const auto take = [&](const QCommandLineOption& option) {
            auto value = requiredValue(parser, option, path);
            if (value)
                values[next++] = std::move(*value);
            return value.has_value();
        };
        if (!(take(options) && ...))
            return std::nullopt;
        return values;
    }
    /// A positive whole number option (--days, --jobs, --count); `fallback` when absent. Usage error otherwise.
    [[nodiscard]] static std::optional<int> positiveNumber(const QCommandLineParser& parser,
                                                           const QCommandLineOption& option, int fallback,
                                                           const QString& path);

    /// The help text of `parser` with a usage line that names `path` instead of the executable.
    [[nodiscard]] static QString helpText(const QCommandLineParser& parser, const QString& path);

private:
    QString m_name;
    QString m_summary;
};

} // namespace iotca::app
