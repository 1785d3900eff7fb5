#include "targetcheck.h"

#include "benchmarkreport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sa::bench {
namespace {

constexpr qint64 kLargeBytes = 10'000'000;
constexpr qint64 kMediumBytes = 1'000'000;
constexpr double kLargeDiffBudgetMs = 60;
constexpr double kMinimumDiffSpeedup = 5;
constexpr double kMediumPipelineBudgetMs = 5;
constexpr double kMaximumParseRatio = 3;

const SizeReport *findSize(const BenchmarkReport &report, qint64 requestedBytes)
{
    const auto found = std::find_if(report.sizes.begin(), report.sizes.end(),
                                    [&](const SizeReport &size) {
                                        return size.requestedBytes == requestedBytes;
                                    });
    return found == report.sizes.end() ? nullptr : &*found;
}

// The timing of a tool's operation, or why there is none.
const Measurement *timed(const SizeReport *size, Operation operation, Tool tool, QString &why)
{
    const Measurement *measurement = size ? size->find(operation, tool) : nullptr;
    if (!size)
        why = u"size not in this run"_s;
    else if (!measurement)
        why = toolName(tool) + u" did not run"_s;
    else if (!measurement->timing)
        why = toolName(tool) + u" failed: "_s + measurement->failure;
    return measurement && measurement->timing ? measurement : nullptr;
}

TargetResult notMeasured(QString target, QString why)
{
    return {std::move(target), {}, Verdict::NotMeasured, std::move(why)};
}

TargetResult timeBudget(const SizeReport *size, Operation operation, bool atP95,
                        double budgetMs, QString target)
{
    QString why;
    const Measurement *ours = timed(size, operation, Tool::Ours, why);
    if (!ours)
        return notMeasured(std::move(target), why);
    const double ms = atP95 ? ours->timing->p95Ms : ours->timing->p50Ms;
    TargetResult result{std::move(target), u"%1 ms"_s.arg(ms, 0, 'f', 2), Verdict::Pass, {}};
    if (ms > budgetMs) {
        result.verdict = Verdict::Miss;
        result.detail = u"over by %1 ms (%2%)"_s.arg(ms - budgetMs, 0, 'f', 2)
                            .arg((ms / budgetMs - 1) * 100, 0, 'f', 0);
    }
    return result;
}

TargetResult speedup(const SizeReport *size, Tool peer)
{
    QString target = u"10 MB diff at least %1x faster than %2 (p50)"_s.arg(kMinimumDiffSpeedup)
                         .arg(toolName(peer));
    QString why;
    const Measurement *ours = timed(size, Operation::Diff, Tool::Ours, why);
    const Measurement *theirs = ours ? timed(size, Operation::Diff, peer, why) : nullptr;
    if (!theirs)
        return notMeasured(std::move(target), why);
    const double factor = theirs->timing->p50Ms / ours->timing->p50Ms;
    TargetResult result{std::move(target), u"%1x"_s.arg(factor, 0, 'f', 2), Verdict::Pass, {}};
    if (factor < kMinimumDiffSpeedup) {
        result.verdict = Verdict::Miss;
        result.detail = u"%1x short"_s.arg(kMinimumDiffSpeedup - factor, 0, 'f', 2);
    }
    return result;
}

TargetResult patchSize(const SizeReport *size, Tool peer)
{
    QString target = u"10 MB patch no larger than %1's RFC 6902 patch"_s.arg(toolName(peer));
    QString why;
    const Measurement *ours = timed(size, Operation::Diff, Tool::Ours, why);
    const Measurement *theirs = ours ? timed(size, Operation::Diff, peer, why) : nullptr;
    if (!theirs || !theirs->patchBytes)
        return notMeasured(std::move(target), why);
    const qint64 oursBytes = ours->patchBytes.value_or(0);
    TargetResult result{std::move(target),
                        u"%1 vs %2 bytes"_s.arg(oursBytes).arg(*theirs->patchBytes),
                        Verdict::Pass, {}};
    if (oursBytes > *theirs->patchBytes) {
        result.verdict = Verdict::Miss;
        result.detail = u"%1 bytes larger"_s.arg(oursBytes - *theirs->patchBytes);
    }
    return result;
}

TargetResult parseRatio(const SizeReport *size)
{
    QString target = u"1 MB parse within %1x of simdjson (p50)"_s.arg(kMaximumParseRatio);
    QString why;
    const Measurement *ours = timed(size, Operation::Parse, Tool::Ours, why);
    const Measurement *simdjson = ours ? timed(size, Operation::Parse, Tool::Simdjson, why)
                                       : nullptr;
    if (!simdjson)
        return notMeasured(std::move(target), why);
    const double ratio = ours->timing->p50Ms / simdjson->timing->p50Ms;
    TargetResult result{std::move(target), u"%1x"_s.arg(ratio, 0, 'f', 2), Verdict::Pass, {}};
    if (ratio > kMaximumParseRatio) {
        result.verdict = Verdict::Miss;
        result.detail = u"%1x over"_s.arg(ratio - kMaximumParseRatio, 0, 'f', 2);
    }
    return result;
}

} // namespace

std::vector<TargetResult> checkTargets(const BenchmarkReport &report)
{
    const SizeReport *large = findSize(report, kLargeBytes);
    const SizeReport *medium = findSize(report, kMediumBytes);
    std::vector<TargetResult> results;
    results.push_back(timeBudget(large, Operation::Diff, false, kLargeDiffBudgetMs,
                                 u"10 MB pair, bytes -> RFC 6902 patch, p50 <= %1 ms"_s.arg(
                                     kLargeDiffBudgetMs)));
    for (const Tool peer : {Tool::Nlohmann, Tool::DeepObjectDiff, Tool::Jsondiffpatch})
        results.push_back(speedup(large, peer));
    // deep-object-diff makes no RFC 6902 patch, so there is nothing to compare with.
    for (const Tool peer : {Tool::Nlohmann, Tool::Jsondiffpatch})
        results.push_back(patchSize(large, peer));
    results.push_back(timeBudget(medium, Operation::ParseCanonicalizeChecksum, true,
                                 kMediumPipelineBudgetMs,
                                 u"1 MB parse + canonicalize + SHA-256, p95 <= %1 ms"_s.arg(
                                     kMediumPipelineBudgetMs)));
    results.push_back(parseRatio(medium));
    return results;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"PASS"_s;
    case Verdict::Miss:
        return u"MISS"_s;
    case Verdict::NotMeasured:
        break;
    }
    return u"not measured"_s;
}

} // namespace sa::bench
