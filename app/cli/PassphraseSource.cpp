#include "PassphraseSource.h"

#include "Console.h"

#include "model/input/InputErrorCode.h"
#include "model/input/InputFile.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace iotca::app {

namespace {

constexpr qsizetype maxPromptLength = 1024;

// Restores the terminal when Ctrl-C arrives while echo is off, then dies of the signal as usual. Only
// async-signal-safe calls in the handler.
int g_ttyFd = -1;
termios g_savedTermios {};

extern "C" void restoreTerminalAndDie(int signalNumber)
{
    if (g_ttyFd >= 0)
        ::tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

class TerminalSession
{
public:
    TerminalSession()
        : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC))
    { }
    ~TerminalSession()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    TerminalSession(const TerminalSession&) = delete;
    TerminalSession& operator=(const TerminalSession&) = delete;

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }

    void write(const QString& text) const
    {
        const QByteArray bytes = text.toLocal8Bit();
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + written, size_t(bytes.size() - written));
            if (n <= 0)
                return;
            written += n;
        }
    }

    /// Shows `question`, then reads one line with echo off; nullopt when the terminal could not be read. Echo goes
    /// off (and earlier input is flushed) before the question appears, so nothing typed after it is echoed or lost.
    [[nodiscard]] std::optional<crypto::SecureBuffer> readHidden(const QString& question) const
    {
        termios original {};
        if (::tcgetattr(m_fd, &original) != 0)
            return std::nullopt;
        termios hidden = original;
        hidden.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        hidden.c_lflag |= tcflag_t(ICANON);

        g_ttyFd = m_fd;
        g_savedTermios = original;
        struct sigaction action
        { };
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        struct sigaction previousInt
        { };
        struct sigaction previousTerm
        { };
        ::sigaction(SIGINT, &action, &previousInt);
        ::sigaction(SIGTERM, &action, &previousTerm);
        ::tcsetattr(m_fd, TCSAFLUSH, &hidden);
        write(question);

        crypto::SecureBuffer buffer(maxPromptLength);
        qsizetype length = 0;
        bool ok = true;
        for (;;) {
            char c = 0;
            const ssize_t n = ::read(m_fd, &c, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ok = length > 0;
                break;
            }
            if (c == '\n' || c == '\r')
                break;
            if (length < maxPromptLength)
                buffer.data()[length++] = c;
            c = 0;
        }

        ::tcsetattr(m_fd, TCSAFLUSH, &original);
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
        g_ttyFd = -1;
        write(QStringLiteral("\n"));
        if (!ok)
            return std::nullopt;
        buffer.truncate(length);
        return buffer;
    }

private:
    int m_fd;
};

} // namespace

Result<crypto::SecureBuffer> PassphraseSource::readFile(const QString& path)
{
    // A pipe is fine here (`--passphrase-file <(echo pw)`): InputFile reads it to its end, bounded.
    auto read = model::InputFile::readSecret(path, model::InputKind::Passphrase);
    if (!read)
        return read.error();
    crypto::SecureBuffer buffer = std::move(*read);
    qsizetype length = buffer.size();
    for (qsizetype i = 0; i < length; ++i) {
        if (buffer.data()[i] == '\n' || buffer.data()[i] == '\r') {
            length = i;
            break;
        }
    }
    buffer.truncate(length);
    if (buffer.isEmpty())
        //: %1 is a file name
        return Error {
            tr("The first line of the passphrase file '%1' is empty.").arg(model::InputFile::displayPath(path)),
            {},
            QString(model::InputErrorCode::Empty)};
    return buffer;
}

bool PassphraseSource::canPrompt()
{
    if (::isatty(STDIN_FILENO) != 1)
        return false;
    return TerminalSession().isOpen();
}

Result<crypto::SecureBuffer> PassphraseSource::prompt(const QString& question, bool confirm)
{
    const TerminalSession terminal;
    if (!terminal.isOpen() || ::isatty(STDIN_FILENO) != 1)
        return Error {tr("No passphrase: there is no terminal to ask on; use --passphrase-file."),
                      {},
                      QStringLiteral("NoTerminal")};
    auto first = terminal.readHidden(Console::escaped(question) + QLatin1Char(' '));
    if (!first || first->isEmpty())
        return Error {tr("No passphrase was entered.")};
    if (confirm) {
        //: Asked on the terminal after a new passphrase was typed once
        const auto second = terminal.readHidden(tr("Repeat the passphrase:") + QLatin1Char(' '));
        if (!second || !(*second == *first))
            return Error {tr("The two passphrases differ.")};
    }
    return std::move(*first);
}

Result<crypto::SecureBuffer> PassphraseSource::obtain(const QString& file, const QString& question, bool confirm,
                                                      const std::function<Result<crypto::SecureBuffer>()>& remembered)
{
    if (!file.isEmpty())
        return readFile(file);
    if (remembered) {
        auto fromKeychain = remembered();
        if (fromKeychain)
            return fromKeychain;
    }
    return prompt(question, confirm);
}

} // namespace iotca::app
