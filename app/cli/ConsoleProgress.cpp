#include "ConsoleProgress.h"

#include "Console.h"

#include "model/jobs/Job.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace iotca::app {

namespace {

// Self-pipe: the signal handler only writes one byte; the notifier turns it into a call on the event loop.
int g_signalFds[2] = {-1, -1};
struct sigaction g_previousInt
{ };
struct sigaction g_previousTerm
{ };

extern "C" void forwardSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

ConsoleProgress::ConsoleProgress(QString label, QObject* parent)
    : QObject(parent)
    , m_label(std::move(label))
    , m_enabled(isEnabled())
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) == 0) {
        m_notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ConsoleProgress::handleSignal);
        struct sigaction action
        { };
        action.sa_handler = forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &g_previousInt);
        ::sigaction(SIGTERM, &action, &g_previousTerm);
    }
}

ConsoleProgress::~ConsoleProgress()
{
    endLine();
    if (m_notifier) {
        ::sigaction(SIGINT, &g_previousInt, nullptr);
        ::sigaction(SIGTERM, &g_previousTerm, nullptr);
        delete m_notifier;
        ::close(g_signalFds[0]);
        ::close(g_signalFds[1]);
        g_signalFds[0] = g_signalFds[1] = -1;
    }
}

bool ConsoleProgress::isEnabled()
{
    return Console::stderrIsTerminal();
}

Status ConsoleProgress::run(model::Job& job)
{
    m_job = &job;
    connect(&job, &model::Job::progress, this, &ConsoleProgress::showProgress);
    QEventLoop loop;
    connect(&job, &model::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    endLine();
    m_job = nullptr;
    return job.status();
}

void ConsoleProgress::showProgress(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    // At most ~10 redraws a second, and always the last one.
    if (m_lineOpen && done != total && m_sinceLastDraw.isValid() && m_sinceLastDraw.elapsed() < 100)
        return;
    m_sinceLastDraw.start();
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    //: Progress line on the terminal: %1 what is done ("Issuing device certificates"), %2 of %3 items, %4 percent
    QString line = tr("%1: %2 of %3 (%4%)").arg(m_label).arg(done).arg(total).arg(percent);
    if (m_cancelling)
        //: Appended to the progress line after Ctrl-C
        line += QLatin1Char(' ') + tr("- stopping after the current batch...");
    Console::drawProgressLine(line);
    m_lineOpen = true;
}

void ConsoleProgress::handleSignal()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(g_signalFds[1], &byte, 1);
    if (m_cancelling || !m_job)
        return;
    m_cancelling = true;
    // A second Ctrl-C gets the default action.
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    endLine();
    //: Printed when the user presses Ctrl-C during a long operation
    Console::err() << tr("Stopping at the next consistent point; press Ctrl-C again to abort at once.") << Qt::endl;
    m_job->cancel();
}

void ConsoleProgress::endLine()
{
    if (!m_lineOpen)
        return;
    Console::err() << Qt::endl;
    m_lineOpen = false;
}

} // namespace iotca::app
