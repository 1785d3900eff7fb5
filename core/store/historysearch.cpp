#include "historysearch.h"

#include "snapshotstore.h"

#include "../json/jsonparser.h"
#include "../json/jsonsearch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistorySearch)
};

} // namespace

Result<std::vector<TextHistoryHit>> searchTextHistory(ConnectionProvider &provider, const QString &reportId,
                                                      const QString &text, const std::function<bool()> &isCancelled)
{
    if (text.isEmpty())
        return Error{ErrorCode::InvalidArgument, Tr::tr("Nothing to search for: the text is empty.")};
    SnapshotStore store(provider);
    // Summaries arrive newest first, a page at a time; the walk goes oldest first.
    std::vector<SnapshotSummary> versions;
    for (qint64 offset = 0;;) {
        auto page = store.history(reportId, 500, offset);
        if (!page)
            return page.error();
        versions.insert(versions.end(), page->snapshots.begin(), page->snapshots.end());
        offset += qint64(page->snapshots.size());
        if (page->snapshots.empty() || offset >= page->total)
            break;
    }
    std::vector<TextHistoryHit> hits;
    qsizetype previousCount = 0;
    int previousVersion = 0;
    QString previousPointer;
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        if (isCancelled && isCancelled())
            return Error{ErrorCode::Cancelled, Tr::tr("The search was cancelled.")};
        auto snapshot = store.get(reportId, it->version);
        if (!snapshot)
            return snapshot.error();
        auto parsed = parseJson(snapshot->canonicalJson, JsonParseOptions::rfc8259());
        if (!parsed)
            //: Where a JSON parse error is: a report id and a version number ("r1 v3")
            return parsed.error().toError(Tr::tr("%1 v%2").arg(reportId).arg(it->version));
        const auto matches = findInJson(parsed->document->root(), text, std::numeric_limits<std::size_t>::max());
        const auto count = qsizetype(matches.size());
        const QString pointer = matches.empty() ? QString() : QString::fromStdString(matches.front());
        if (count != previousCount) {
            hits.push_back({it->version, previousVersion, previousCount, count,
                            count > previousCount ? pointer : previousPointer, it->createdBy, it->createdAt});
        }
        previousCount = count;
        previousVersion = it->version;
        previousPointer = pointer;
    }
    return hits;
}

} // namespace sa::core
