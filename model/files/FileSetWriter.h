#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace iotca::model {

/// Writes a few export files into one folder as one: all of them or none. An upload bundle must never leave a README
/// next to a verification certificate that failed to write, nor a half bundle that looks complete.
///
/// Everything is checked before anything is written: a name that exists in the folder (a dangling link included)
/// stops the run with "FileExists", unless `existing` is Replace and it is a regular file. Then the folder is created
/// owner-only when missing, a QSaveFile per file is opened and filled, and only when all are written are they
/// committed, in order. On failure the files this run created and the folders it made are removed again. (A file
/// replaced before a failing commit stays replaced: commits are renames, which fail only in exotic cases.)
class FileSetWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileSetWriter)

public:
    struct File
    {
        /// A name in the folder, not a path.
        QString fileName;
        QByteArray content;
    };
    enum class Existing { Refuse, Replace };

    /// Runs when every file is written to its temporary file and none is committed yet; its failure leaves nothing.
    /// For records that must exist before the files do (brief rule 1: a certificate the CA signed is recorded
    /// before it leaves memory).
    using BeforeCommit = std::function<Status()>;

    /// The paths written, in the order of `files`.
    [[nodiscard]] static Result<QStringList> write(const QString& folder, const QList<File>& files,
                                                   Existing existing = Existing::Refuse,
                                                   const BeforeCommit& beforeCommit = {});
};

} // namespace iotca::model
