#pragma once

#include "sampleset.h"
#include "targetcheck.h"

#include <core/result.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTextStream;

namespace sa::bench {

struct StoreBenchmarkOptions
{
    int runs = 20;
    QStringList engines; // "sqlite", "postgresql"
    QString pgEnvPath; // pg.env of scripts/pg-test-server.sh; empty: PostgreSQL is skipped
    int historyVersions = 100'000; // versions of the one report history and as-of run on
    quint64 seed = 1;
};

// One timed operation of the store next to the bare statement doing the same I/O.
struct StoreTiming
{
    QString what;
    Timing ours;
    std::optional<Timing> floor; // none where no bare statement does the same
};

struct EngineReport
{
    QString engine;
    QString skipped; // why the engine did not run; empty when it did
    std::vector<StoreTiming> timings;
    int historyVersions = 0; // versions the history report reached in the setup phase
    double historySetupSeconds = 0;
    // verify-all over the 1 MB database, and the bare select of the same bytes.
    qint64 verifiedBytes = 0;
    qint64 verifiedSnapshots = 0;
    Timing verifyAll; // checksums, sizes, chain and structure (`verify --quick`)
    Timing verifyAllWithDiffs; // also every stored diff round-tripped (the default)
    Timing floorSelectAll;
    // On-disk bytes per version: the 1 MB database, its bare table, the history database.
    double bytesPerLargeVersion = 0;
    double floorBytesPerLargeRow = 0;
    double bytesPerSmallVersion = 0;
    std::vector<TargetResult> targets;
};

// `snapshot-bench store`: SnapshotStore create and get, history and as-of on one long
// history, verify-all and the space taken, on each engine in fresh databases, each against
// a bare prepared statement on the same engine moving the same bytes.
class StoreBenchmark
{
public:
    explicit StoreBenchmark(StoreBenchmarkOptions options);

    // Progress lines go to `progress`. Fails when the store fails (a bug worth stopping for);
    // an engine that cannot run at all is reported as skipped.
    sa::core::Result<std::vector<EngineReport>, QString> run(QTextStream &progress);

private:
    StoreBenchmarkOptions m_options;
};

// Writes the reports as Markdown, for docs/benchmarks.md.
void printStoreReport(QTextStream &out, const StoreBenchmarkOptions &options,
                      const std::vector<EngineReport> &reports, const QString &commandLine);

} // namespace sa::bench
