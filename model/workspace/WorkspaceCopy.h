#pragma once

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotca::model {

class Workspace;

/// What WorkspaceCopy::run() copied.
struct WorkspaceCopyReport
{
    qint64 rows = 0;
    int tables = 0;
    qint64 auditEntries = 0;
};

/// `iotca workspace copy --to TARGET`: every row of one workspace into another, new one, in either direction between
/// SQLite (a folder) and PostgreSQL (a team workspace URL), with the same ids, so the audit chain (which covers ids)
/// stays intact. The target must be empty (no CA, account or audit entry); everything is written in ONE transaction
/// of the target, and checked row for row (a digest of each table on both sides) and by verifying the target's audit
/// chain before it commits: a failure leaves the target as it was (brief rule 2).
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopy)
public:
    [[nodiscard]] static Result<WorkspaceCopyReport> run(const Workspace& source, Workspace& target);
};

} // namespace iotca::model
