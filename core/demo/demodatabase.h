#pragma once

#include "../result.h"

#include <QString>

#include <functional>

namespace sa::core {

// What createDemoDatabase() wrote.
struct DemoDatabaseSummary
{
    int reports = 0;
    int snapshots = 0;
    int rollbacks = 0;
    int deprecations = 0;
    int users = 0;
};

// Called after each written version: (steps done, steps in all).
using DemoProgress = std::function<void(int done, int total)>;
// Polled between steps; true stops the run with CANCELLED and leaves nothing behind.
using DemoCancelled = std::function<bool()>;

// Writes a realistic SQLite snapshot database to `sqlitePath` for a first look at the tool:
// a few dozen parcel reports with dozens of versions each, edited by several people over
// the last months, with rollbacks and deprecations among them. The content is the same on
// every run (seeded parcel generator); the timeline ends shortly before the call.
// Atomic: the database is built in a hidden temporary file next to the target and renamed
// at the end, so a failed or cancelled run leaves no file behind and `sqlitePath` is never
// half-written (a killed process can leave only the hidden ".NAME.*.partial" file). An existing `sqlitePath` is never
// replaced (IO_ERROR). Blocks for a few seconds: call it from a worker thread (the GUI's
// first run) or a command-line tool; it uses its own connection on the calling thread.
[[nodiscard]] Result<DemoDatabaseSummary> createDemoDatabase(const QString &sqlitePath,
                                                             const DemoProgress &progress = {},
                                                             const DemoCancelled &isCancelled = {});

} // namespace sa::core
