#pragma once

#include "core/result.h"

#include <QString>

namespace sa::core {
class ConnectionProvider;
}

// What the reliability tests check after every storm of writers, crash or bad input.
namespace sa::tests {

struct RowCounts
{
    qint64 reports = 0;
    qint64 snapshots = 0;
    qint64 activity = 0;

    bool operator==(const RowCounts &) const = default;
};

// Rows in reports, report_snapshots and activity_logs.
[[nodiscard]] core::Result<RowCounts> rowCounts(core::ConnectionProvider &connections);

// For one report: versions exactly 1..N without gaps or duplicates (N = expectedVersions,
// or whatever is stored when it is -1), exactly one active version, one "create" activity
// entry per version; then verify-all of the whole database is clean. The error lists
// everything that is wrong. Returns N.
[[nodiscard]] core::Result<int> checkReportInvariants(core::ConnectionProvider &connections, const QString &reportId,
                                                      int expectedVersions = -1);

} // namespace sa::tests
