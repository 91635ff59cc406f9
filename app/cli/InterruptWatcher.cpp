#include "InterruptWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace iotca::app {

namespace {

// Self-pipe: the signal handler only writes one byte; the notifier turns it into a call on the event loop.
int g_interruptFds[2] = {-1, -1};
struct sigaction g_previousInt
{ };
struct sigaction g_previousTerm
{ };

extern "C" void forwardInterrupt(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_interruptFds[0], &byte, 1);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_interruptFds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_interruptFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::handleSignal);
    struct sigaction action
    { };
    action.sa_handler = forwardInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    delete m_notifier;
    ::close(g_interruptFds[0]);
    ::close(g_interruptFds[1]);
    g_interruptFds[0] = g_interruptFds[1] = -1;
}

void InterruptWatcher::handleSignal()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(g_interruptFds[1], &byte, 1);
    if (m_interrupted)
        return;
    m_interrupted = true;
    // A second Ctrl-C gets the default action.
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    Q_EMIT interrupted();
}

} // namespace iotca::app
