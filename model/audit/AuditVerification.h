#pragma once

#include <QString>

namespace iotca::model {

/// What AuditLog::verify() found.
struct AuditVerification
{
    enum class Problem {
        None,
        /// The entry's content no longer matches its hash (edited in place).
        Tampered,
        /// An entry before this one was deleted (the id sequence has a gap or the chain link does not match).
        Missing,
        /// Entries at the end were deleted (the recorded head of the chain is not the last entry).
        Truncated,
    };

    /// How many entries were checked.
    qint64 entriesChecked = 0;
    Problem problem = Problem::None;
    /// The first entry where the chain breaks (for Truncated: the last entry still present, 0 when none).
    qint64 firstBadEntryId = 0;
    /// A translated sentence for people ("Entry 17 was changed after it was written.").
    QString description;

    [[nodiscard]] bool intact() const { return problem == Problem::None; }
};

} // namespace iotca::model
