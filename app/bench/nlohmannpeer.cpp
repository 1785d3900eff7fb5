#include "nlohmannpeer.h"

#include "documentpair.h"

#include <nlohmann/json.hpp>

#include <exception>

using namespace Qt::StringLiterals;

namespace sa::bench {
namespace {

nlohmann::json parse(const QByteArray &text)
{
    return nlohmann::json::parse(text.constBegin(), text.constEnd());
}

// nlohmann reports failures by exception; a failing peer is recorded, not fatal.
Measurement measure(Operation operation, qint64 bytes, int runs,
                    const std::function<void()> &work)
{
    Measurement measurement(operation, Tool::Nlohmann, bytes);
    try {
        measurement.timing = SampleSet::collect(runs, work).timing();
    } catch (const std::exception &error) {
        measurement.failure = QString::fromUtf8(error.what());
    }
    return measurement;
}

} // namespace

void measureNlohmann(const DocumentPair &pair, int runs, std::vector<Measurement> &out)
{
    const qint64 pairBytes = pair.oldJson.size() + pair.newJson.size();
    nlohmann::json parsed;
    out.push_back(measure(Operation::Parse, pair.newJson.size(), runs,
                          [&] { parsed = parse(pair.newJson); }));
    if (!out.back().timing)
        return;

    std::string dumped;
    out.push_back(measure(Operation::Canonicalize, pair.newJson.size(), runs,
                          [&] { dumped = parsed.dump(); }));

    std::string patchText;
    Measurement diff = measure(Operation::Diff, pairBytes, runs, [&] {
        patchText = nlohmann::json::diff(parse(pair.oldJson), parse(pair.newJson)).dump();
    });
    if (diff.timing)
        diff.patchBytes = qint64(patchText.size());
    out.push_back(diff);
    if (!diff.timing)
        return;

    const nlohmann::json oldDocument = parse(pair.oldJson);
    const nlohmann::json patch = nlohmann::json::parse(patchText);
    nlohmann::json patched;
    out.push_back(measure(Operation::PatchApply, pair.oldJson.size(), runs,
                          [&] { patched = oldDocument.patch(patch); }));
    if (patched != parsed) {
        out.back().timing.reset();
        out.back().failure = u"its patch does not reproduce the new document"_s;
    }
}

QString nlohmannVersion()
{
    return u"%1.%2.%3"_s.arg(NLOHMANN_JSON_VERSION_MAJOR)
        .arg(NLOHMANN_JSON_VERSION_MINOR)
        .arg(NLOHMANN_JSON_VERSION_PATCH);
}

} // namespace sa::bench
