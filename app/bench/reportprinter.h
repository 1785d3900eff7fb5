#pragma once

#include <QString>

#include <vector>

class QTextStream;

namespace sa::bench {

struct BenchmarkReport;
struct TargetResult;

// Writes the report as Markdown, so that the output can go into docs/benchmarks.md as it is:
// the machine, one table per size (ours first, then each peer with the ratio), the targets.
void printReport(QTextStream &out, const BenchmarkReport &report,
                 const std::vector<TargetResult> &targets, const QString &commandLine);

} // namespace sa::bench
