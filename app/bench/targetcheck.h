#pragma once

#include <QString>

#include <vector>

namespace sa::bench {

struct BenchmarkReport;

enum class Verdict { Pass, Miss, NotMeasured };

// One performance target of issue 2 against what this run measured.
struct TargetResult
{
    QString target;
    QString measured;
    Verdict verdict = Verdict::NotMeasured;
    QString detail; // by how much it was missed, or why it could not be checked
};

// The targets apply to the 10m and 1m sizes; a run without them reports them as not measured.
std::vector<TargetResult> checkTargets(const BenchmarkReport &report);

QString verdictName(Verdict verdict);

} // namespace sa::bench
