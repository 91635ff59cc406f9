#include "Console.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace iotca::app {

namespace {

/// The device under out() and err(): decodes what QTextStream encoded (a character may be split between two
/// writes), escapes it, and writes it to the file descriptor.
class TerminalEscapingDevice : public QIODevice
{
public:
    explicit TerminalEscapingDevice(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    [[nodiscard]] bool isSequential() const override { return true; }

    /// Writes bytes as they are (the progress line's own control sequence).
    void writeRaw(QByteArrayView bytes) const
    {
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.data() + written, size_t(bytes.size() - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            written += n;
        }
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        const QString text = m_decoder.decode(QByteArrayView(data, qsizetype(length)));
        writeRaw(escapeForTerminal(text, LineBreaks::Keep).toUtf8());
        return length;
    }

private:
    int m_fd;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
};

TerminalEscapingDevice& outDevice()
{
    static TerminalEscapingDevice device(STDOUT_FILENO);
    return device;
}

TerminalEscapingDevice& errDevice()
{
    static TerminalEscapingDevice device(STDERR_FILENO);
    return device;
}

} // namespace

QTextStream& Console::out()
{
    static QTextStream stream(&outDevice());
    return stream;
}

QTextStream& Console::err()
{
    static QTextStream stream(&errDevice());
    return stream;
}

QString Console::escaped(QStringView text, LineBreaks lineBreaks)
{
    return escapeForTerminal(text, lineBreaks);
}

void Console::drawProgressLine(const QString& line)
{
    err().flush();
    errDevice().writeRaw(QByteArrayLiteral("\r") + escaped(line).toUtf8() + QByteArrayLiteral("\x1b[K"));
}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Console::printError(const Error& error)
{
    out().flush();
    err() << QStringLiteral("iotca: ") << escaped(error.message) << Qt::endl;
    if (!error.detail.isEmpty())
        //: Second line of an error message: the technical reasons (OpenSSL's, a platform's)
        err() << QStringLiteral("iotca: ") << escaped(tr("details: %1").arg(error.detail)) << Qt::endl;
}

void Console::printError(const QString& message)
{
    printError(Error {message});
}

void Console::printWarning(const QString& message)
{
    out().flush();
    //: %1 is a sentence
    err() << QStringLiteral("iotca: ") << escaped(tr("warning: %1").arg(message)) << Qt::endl;
}

Console::Answer Console::confirm(const QString& question)
{
    if (!stdinIsTerminal() || !stderrIsTerminal())
        return Answer::NoTerminal;
    out().flush();
    //: Appended to a yes/no question on the terminal; "N" is the default
    err() << escaped(question) << QLatin1Char(' ') << tr("[y/N]") << QLatin1Char(' ') << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    //: Accepted answers to a yes/no question, besides "y" and "yes"; separate several with '|'
    const QStringList translatedYes = tr("yes").split(QLatin1Char('|'));
    const bool yes = answer == QLatin1String("y") || answer == QLatin1String("yes") || translatedYes.contains(answer);
    return yes ? Answer::Yes : Answer::No;
}

} // namespace iotca::app
