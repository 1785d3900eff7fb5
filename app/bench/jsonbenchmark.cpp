#include "jsonbenchmark.h"

#include "documentpair.h"
#include "nlohmannpeer.h"
#include "nodepeers.h"
#include "simdjsonpeer.h"

#include <core/json/canonicaljson.h>
#include <core/json/jsondiff.h>
#include <core/json/jsonparser.h>
#include <core/json/jsonpatch.h>
#include <core/json/sha256.h>

#include <QCryptographicHash>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::bench {
namespace {

// The report every size is generated from; any would do, a fixed one keeps runs comparable.
constexpr int kReportIndex = 1;

Measurement measureOne(Operation operation, Tool tool, qint64 bytes, int runs,
                       const std::function<void()> &work)
{
    Measurement measurement(operation, tool, bytes);
    measurement.timing = SampleSet::collect(runs, work).timing();
    return measurement;
}

} // namespace

JsonBenchmark::JsonBenchmark(JsonBenchmarkOptions options)
    : m_options(std::move(options))
{
    m_parsePool.setObjectName(u"snapshot-bench parse"_s);
    m_parsePool.setMaxThreadCount(1);
}

Result<BenchmarkReport, QString> JsonBenchmark::run(QTextStream &progress)
{
    BenchmarkReport report;
    report.runs = m_options.runs;
    report.seed = m_options.seed;
    report.peerVersions = u"simdjson %1, nlohmann::json %2, Qt %3"_s.arg(
        simdjsonVersion(), nlohmannVersion(), QString::fromLatin1(qVersion()));

    std::vector<DocumentPair> pairs;
    for (const auto &[label, bytes] : m_options.sizes) {
        progress << "generating " << label << " ..." << Qt::endl;
        ParcelGenerator generator(m_options.seed, kReportIndex, bytes);
        DocumentPair &pair = pairs.emplace_back();
        pair.label = label;
        pair.oldJson = generator.toJson();
        const ParcelEditCounts edits = generator.advance();
        pair.newJson = generator.toJson();

        progress << "measuring " << label << ": the engine ..." << Qt::endl;
        auto measured = measureOurs(pair);
        if (!measured)
            return measured.error();
        SizeReport &size = report.sizes.emplace_back(std::move(measured.value()));
        size.label = label;
        size.requestedBytes = bytes;
        size.edits = edits;
        progress << "measuring " << label << ": C++ peers ..." << Qt::endl;
        measurePeers(pair, size);
    }

    if (!m_options.nodePeers) {
        report.nodePeersNote = u"skipped (--no-peers)"_s;
        return report;
    }
    NodePeers nodePeers(m_options.peersDirectory);
    if (const QString reason = nodePeers.unavailableReason(); !reason.isEmpty()) {
        report.nodePeersNote = u"skipped: "_s + reason;
        return report;
    }
    progress << "measuring the Node peers on every size ..." << Qt::endl;
    auto nodeResults = nodePeers.run(pairs, m_options.runs);
    if (!nodeResults) {
        report.nodePeersNote = u"failed: "_s + nodeResults.error();
        return report;
    }
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        auto &measurements = report.sizes[i].measurements;
        const auto &fromNode = nodeResults.value()[i];
        measurements.insert(measurements.end(), fromNode.begin(), fromNode.end());
    }
    report.peerVersions += u", "_s + nodePeers.versions();
    return report;
}

Result<SizeReport, QString> JsonBenchmark::measureOurs(const DocumentPair &pair)
{
    const int runs = m_options.runs;
    const qint64 newBytes = pair.newJson.size();
    SizeReport report;
    report.oldBytes = pair.oldJson.size();
    report.newBytes = newBytes;

    const auto parsed = parseJson(pair.newJson);
    if (!parsed)
        return u"the parser refused the generated %1 document: %2"_s.arg(
            pair.label, parsed.error().toString());
    const JsonValue root = parsed->document->root();
    const QByteArray canonical = canonicalJson(root);
    report.canonicalBytes = canonical.size();

    // Results land in these so that no measured call can be optimised away.
    bool parseSucceeded = true;
    QByteArray canonicalOut;
    Sha256Digest digest{};
    QString checksum;
    report.measurements.push_back(
        measureOne(Operation::Parse, Tool::Ours, newBytes, runs,
                   [&] { parseSucceeded = parseJson(pair.newJson).hasValue(); }));
    report.measurements.push_back(
        measureOne(Operation::Canonicalize, Tool::Ours, newBytes, runs,
                   [&] { canonicalOut = canonicalJson(root); }));
    report.measurements.push_back(
        measureOne(Operation::Checksum, Tool::Ours, canonical.size(), runs,
                   [&] { digest = sha256(canonical); }));
    // Qt's SHA-256 on the same bytes: the alternative the engine did not pick.
    QByteArray qtDigest;
    report.measurements.push_back(
        measureOne(Operation::Checksum, Tool::QtCryptographicHash, canonical.size(), runs, [&] {
            qtDigest = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256);
        }));
    report.measurements.push_back(
        measureOne(Operation::ParseCanonicalizeChecksum, Tool::Ours, newBytes, runs, [&] {
            const auto document = parseJson(pair.newJson);
            checksum = sha256Hex(canonicalJson(document->document->root()));
        }));
    if (!parseSucceeded || canonicalOut != canonical || checksum != toHex(digest)
        || qtDigest.toHex() != checksum.toLatin1())
        return u"the engine gave different results on repeated runs of the %1 document"_s.arg(
            pair.label);

    QByteArray patch;
    QString diffFailure;
    Measurement diff = measureOne(Operation::Diff, Tool::Ours, pair.oldJson.size() + newBytes,
                                  runs, [&] {
                                      auto result = diffToPatch(pair.oldJson, pair.newJson);
                                      if (result)
                                          patch = std::move(result.value());
                                      else
                                          diffFailure = result.error();
                                  });
    if (!diffFailure.isEmpty())
        return u"the diff failed on the %1 pair: %2"_s.arg(pair.label, diffFailure);
    diff.patchBytes = patch.size();
    report.measurements.push_back(diff);

    // Applying the patch to the parsed old version; the patch is parsed beforehand, as the
    // store holds it parsed.
    const auto oldParsed = parseJson(pair.oldJson);
    const auto patchParsed = parseJson(patch);
    if (!oldParsed || !patchParsed)
        return u"the engine cannot read its own patch or the old %1 document"_s.arg(pair.label);
    std::optional<Result<JsonDocumentPtr>> patched;
    report.measurements.push_back(
        measureOne(Operation::PatchApply, Tool::Ours, pair.oldJson.size(), runs, [&] {
            patched.emplace(applyPatch(oldParsed->document, patchParsed->document));
        }));
    if (!*patched)
        return u"the %1 patch does not apply: %2"_s.arg(pair.label, patched->error().toString());
    if (canonicalJson(patched->value()->root()) != canonical)
        return u"applying the %1 patch does not give the new version"_s.arg(pair.label);

    return report;
}

// From the two texts to the finished RFC 6902 patch, the way snapshotctl diff and the store
// work: both documents parsed (concurrently) and validated, then compared.
Result<QByteArray, QString> JsonBenchmark::diffToPatch(const QByteArray &oldJson,
                                                      const QByteArray &newJson)
{
    std::optional<Result<ParsedJson, JsonParseError>> oldParsed;
    QFuture<void> oldParse = QtConcurrent::run(&m_parsePool,
                                               [&] { oldParsed.emplace(parseJson(oldJson)); });
    const auto newParsed = parseJson(newJson);
    oldParse.waitForFinished();
    if (!*oldParsed)
        return oldParsed->error().toString();
    if (!newParsed)
        return newParsed.error().toString();

    DiffOptions options;
    options.collectChanges = false; // only the patch is wanted
    auto diff = diffJson(oldParsed->value().document, newParsed->document, options);
    if (!diff)
        return diff.error().toString();
    return std::move(diff->patch);
}

void JsonBenchmark::measurePeers(const DocumentPair &pair, SizeReport &report) const
{
    const int runs = m_options.runs;
    report.measurements.push_back(measureSimdjsonParse(pair.newJson, runs));
    measureNlohmann(pair, runs, report.measurements);
}

} // namespace sa::bench
