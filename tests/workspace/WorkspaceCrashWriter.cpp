// Helper of tst_workspace_crash: opens the workspace named on the command line and writes 10,000 device
// certificates in ONE transaction (100 nested batches), printing progress, "committing" just before the commit and
// "committed" after it; then waits until its standard input closes (the test kills it with SIGKILL at some point).

#include "WorkspaceFixtures.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/DeviceCertificateRepository.h"
#include "model/workspace/Transaction.h"
#include "model/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace iotca;
using namespace iotca::model;

namespace {

void say(const char* line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2) {
        say("usage: workspace_crash_writer <folder>");
        return 2;
    }
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!workspace) {
        say(qPrintable(workspace.error().fullText()));
        return 1;
    }
    auto caId = (*workspace)->cas().add(test::sampleCa(QStringLiteral("Crash test")));
    if (!caId) {
        say(qPrintable(caId.error().fullText()));
        return 1;
    }
    say("ready");
    {
        auto transaction = Transaction::begin(**workspace);
        if (!transaction) {
            say(qPrintable(transaction.error().fullText()));
            return 1;
        }
        constexpr int batches = 100;
        constexpr int perBatch = 100;
        for (int batch = 0; batch < batches; ++batch) {
            auto added = (*workspace)->devices().add(*caId, test::sampleDevices(perBatch, batch * perBatch + 1));
            if (!added) {
                say(qPrintable(added.error().fullText()));
                return 1;
            }
            std::printf("written %d\n", (batch + 1) * perBatch);
            std::fflush(stdout);
            QThread::msleep(2); // leave the killer a window in the middle of the transaction
        }
        say("committing");
        if (Status committed = transaction->commit(); !committed) {
            say(qPrintable(committed.error().fullText()));
            return 1;
        }
    }
    say("committed");
    QFile input;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        input.readAll(); // until the test closes our input or kills us
    }
    return 0;
}
