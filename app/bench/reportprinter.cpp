#include "reportprinter.h"

#include "benchmarkreport.h"
#include "reportformat.h"
#include "targetcheck.h"

#include <QDateTime>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sa::bench {
namespace {

constexpr Operation kOperations[] = {Operation::Parse, Operation::Canonicalize,
                                     Operation::Checksum, Operation::ParseCanonicalizeChecksum,
                                     Operation::Diff, Operation::PatchApply};
constexpr Tool kPeers[] = {Tool::Simdjson, Tool::Nlohmann, Tool::QtCryptographicHash,
                           Tool::NodeJsonParse, Tool::DeepObjectDiff, Tool::Jsondiffpatch};

QString bytes(qint64 count)
{
    return QString::number(count);
}

// How ours compares with a peer at the median, in words that need no legend.
QString comparison(const Measurement &ours, const Measurement &peer)
{
    if (!ours.timing || !peer.timing)
        return {};
    const double factor = peer.timing->p50Ms / ours.timing->p50Ms;
    return factor >= 1 ? u"ours %1x faster"_s.arg(factor, 0, 'f', 1)
                       : u"ours %1x slower"_s.arg(1 / factor, 0, 'f', 1);
}

QString patchColumn(const Measurement &measurement)
{
    if (!measurement.patchBytes)
        return {};
    return measurement.patchIsRfc6902 ? bytes(*measurement.patchBytes)
                                      : bytes(*measurement.patchBytes)
                                            + u" (own delta format, not RFC 6902)"_s;
}

void printRow(QTextStream &out, const Measurement &measurement, const Measurement *ours)
{
    const QString tool = toolName(measurement.tool);
    out << "| " << operationName(measurement.operation) << " | "
        << (measurement.tool == Tool::Ours ? u"**"_s + tool + u"**"_s : tool) << " | ";
    if (measurement.timing) {
        out << formatMilliseconds(measurement.timing->p50Ms) << " | "
            << formatMilliseconds(measurement.timing->p95Ms) << " | "
            << QString::number(measurement.megabytesPerSecond(), 'f', 0);
    } else {
        out << "failed: " << measurement.failure << " | | ";
    }
    out << " | " << (ours && ours != &measurement ? comparison(*ours, measurement) : QString())
        << " | " << patchColumn(measurement) << " |\n";
}

void printSize(QTextStream &out, const SizeReport &size)
{
    out << "\n### " << size.label << ": old " << bytes(size.oldBytes) << " B, new "
        << bytes(size.newBytes) << " B (canonical " << bytes(size.canonicalBytes) << " B)\n\n"
        << "Edit from old to new: " << size.edits.leavesChanged << " leaves changed, "
        << size.edits.membersAdded << " members added, " << size.edits.membersRemoved
        << " removed, " << size.edits.elementsInserted << " array elements inserted, "
        << size.edits.elementsRemoved << " removed.\n\n"
        << "| operation | tool | p50 ms | p95 ms | MB/s | vs ours (p50) | patch bytes |\n"
        << "|---|---|--:|--:|--:|---|--:|\n";
    for (const Operation operation : kOperations) {
        const Measurement *ours = size.find(operation, Tool::Ours);
        if (ours)
            printRow(out, *ours, ours);
        for (const Tool peer : kPeers) {
            if (const Measurement *measurement = size.find(operation, peer))
                printRow(out, *measurement, ours);
        }
    }
}

} // namespace

void printReport(QTextStream &out, const BenchmarkReport &report,
                 const std::vector<TargetResult> &targets, const QString &commandLine)
{
    out << "## snapshot-bench json\n\n"
        << "- Command: `" << commandLine << "`\n"
        << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
        << "- Machine: " << QThread::idealThreadCount() << " logical CPUs, " << cpuModel()
        << ", load average " << loadAverage() << " when the report was written\n"
        << "- Peers: " << report.peerVersions << "\n";
    if (!report.nodePeersNote.isEmpty())
        out << "- Node peers: " << report.nodePeersNote << "\n";
    out << "- " << report.runs << " timed runs per measurement after one untimed run, seed "
        << report.seed << "; p50/p95 are nearest-rank percentiles of wall-clock time; "
        << "MB/s = 10^6 bytes of input (both documents for a diff, the canonical bytes for a "
           "checksum) per p50 second.\n"
        << "- Ours: parse = strict I-JSON parse (`parseJson`, storage options); canonicalize = "
           "RFC 8785; checksum = OpenSSL SHA-256; diff = both texts parsed (concurrently) and "
           "validated, structural diff, RFC 6902 patch text. Peers: simdjson parses with its "
           "DOM parser reused across runs and the padded copy made beforehand; nlohmann "
           "`dump` is listed under canonicalize (sorted keys, not RFC 8785) and its `json::diff` "
           "includes parsing both texts; the Node peers start from decoded strings.\n";
    for (const SizeReport &size : report.sizes)
        printSize(out, size);

    out << "\n### Targets\n\n| target | measured | result |\n|---|---|---|\n";
    for (const TargetResult &target : targets) {
        out << "| " << target.target << " | " << target.measured << " | "
            << verdictName(target.verdict);
        if (!target.detail.isEmpty())
            out << " (" << target.detail << ")";
        out << " |\n";
    }
    out.flush();
}

} // namespace sa::bench
