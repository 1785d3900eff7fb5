#pragma once

#include "sampleset.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace sa::bench {

enum class Operation {
    Parse,
    Canonicalize,
    Checksum,
    ParseCanonicalizeChecksum,
    Diff,
    PatchApply,
};

enum class Tool {
    Ours,
    Simdjson,
    Nlohmann,
    QtCryptographicHash,
    NodeJsonParse,
    DeepObjectDiff,
    Jsondiffpatch,
};

// One tool's figures for one operation on one document size.
struct Measurement
{
    Measurement(Operation operation, Tool tool, qint64 bytes)
        : operation(operation), tool(tool), bytes(bytes)
    {}

    Operation operation;
    Tool tool;
    std::optional<Timing> timing; // none when the tool failed or was skipped
    QString failure; // why there is no timing
    qint64 bytes; // input bytes per run, for MB/s
    std::optional<qint64> patchBytes; // size of the diff output the tool made
    bool patchIsRfc6902 = true; // false for deep-object-diff's own delta format

    // Throughput in 10^6 bytes per second at the median.
    double megabytesPerSecond() const { return timing ? double(bytes) / 1000.0 / timing->p50Ms : 0; }
};

QString operationName(Operation operation);
QString toolName(Tool tool);

} // namespace sa::bench
