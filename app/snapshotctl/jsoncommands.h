#pragma once

#include <QStringList>

namespace sa::cli {

// The verbs that work on JSON files, without a database. Each takes the verb's own
// arguments (arguments[0] is the verb) and returns the process exit code.
int runCanon(const QStringList &arguments);
int runChecksum(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runPatch(const QStringList &arguments);

} // namespace sa::cli
