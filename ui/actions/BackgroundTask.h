#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>
#include <utility>

namespace iotca::ui {

/// Runs `work` on the global thread pool and calls `done` with its result on `context`'s thread, unless `context`
/// was destroyed first. The GUI thread never waits: this is how every long operation leaves it (key generation,
/// file checks, database batches). `work` must only touch thread-safe objects (a Workspace gives each thread its
/// own connection).
template<class T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        // Nothing of the watcher after done(): it may end the command, or run a dialog whose event loop deletes
        // `context` and the watcher with it.
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace iotca::ui
