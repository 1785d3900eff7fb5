#pragma once

#include "core/json/jsondiff.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

template<typename T>
class QPromise;

namespace sa::ui {

// What happened to one row of the merged tree of two documents.
enum class DiffStatus : std::uint8_t {
    Unchanged,
    ContainsChanges, // equal itself, but something below it changed
    Added,
    Deleted,
    Modified,
    TypeChanged, // modified, and the JSON type differs too (null -> 0)
    Moved,
};

// True for the statuses that are a change of their own (everything but Unchanged and
// ContainsChanges).
bool isChange(DiffStatus status);

// One row of the merged tree: a member or element present in either document. A row that
// exists on one side only has no value, key or path on the other, except a moved element:
// its row at the old place names where it went (newPath) and its row at the new place where
// it came from (oldPath, oldValue), so both can be followed.
struct DiffRow
{
    QString oldKey; // "owners", "[2]"; empty when absent from the old document
    QString newKey;
    QString oldPath; // RFC 6901
    QString newPath;
    core::JsonValue oldValue;
    core::JsonValue newValue;
    bool hasOld = false;
    bool hasNew = false;
    DiffStatus status = DiffStatus::Unchanged;
    // Inside an added, deleted or moved block: the block's own row is the change.
    bool inherited = false;

    bool isChangeStop() const { return isChange(status) && !inherited; }
};

// A child of a row, as the merged tree lists it: indices into the parent's old and new
// containers (-1: none) and which sides the row shows.
struct DiffSlot
{
    std::int32_t oldIndex = -1;
    std::int32_t newIndex = -1;
    bool oldShown = false;
    bool newShown = false;
    DiffStatus status = DiffStatus::Unchanged;
    bool inherited = false;
};

// A change row in display order, found by its route: the positions of its ancestors and of
// itself in their parents' full child lists (JsonComparison::children()).
struct ChangeStop
{
    std::vector<std::uint32_t> route;
    DiffRow row;
};

// The immutable outcome of comparing two documents, prepared off the GUI thread: the
// structural diff, an index of changed paths and of their ancestors, and every change row in
// the order the merged tree shows it. It answers what the children of any row are without
// walking unchanged subtrees, so views build rows lazily. Any thread may read it.
class JsonComparison
{
public:
    // `isCanceled` is polled while the change rows are collected; when it returns true the
    // comparison is left incomplete and must be thrown away.
    JsonComparison(core::JsonDiff diff, core::JsonDocumentPtr oldDocument,
                   core::JsonDocumentPtr newDocument, const std::function<bool()> &isCanceled = {});

    const core::JsonDiff &diff() const { return m_diff; }
    const core::DiffSummary &summary() const { return m_diff.summary; }
    qsizetype typeChangeCount() const { return m_typeChangeCount; }
    const QByteArray &patch() const { return m_diff.patch; }
    const core::JsonDocumentPtr &oldDocument() const { return m_oldDocument; }
    const core::JsonDocumentPtr &newDocument() const { return m_newDocument; }

    // The two roots, as the invisible parent of the top-level rows.
    DiffRow rootRow() const;
    // The children of `row` in display order: object members merged by name, array elements
    // aligned by the diff (deletions before insertions at the same place, the rest paired).
    std::vector<DiffSlot> children(const DiffRow &row) const;
    DiffRow child(const DiffRow &parent, const DiffSlot &slot) const;
    // Every change row in display order.
    const std::vector<ChangeStop> &stops() const { return m_stops; }

private:
    struct Edit
    {
        std::uint32_t index = 0;            // in the array at the key of the map holding it
        std::int32_t counterpartIndex = -1; // a move's index at its other end
        bool moved = false;
    };

    DiffStatus statusOf(const QString &oldPath, const QString &newPath) const;
    bool comparesBelow(const DiffRow &row) const;
    void mergeMembers(const DiffRow &row, std::vector<DiffSlot> &out) const;
    void alignElements(const DiffRow &row, std::vector<DiffSlot> &out) const;
    void indexChanges();
    void collectStops(const DiffRow &row, std::vector<std::uint32_t> &route,
                      const std::function<bool()> &isCanceled);

    core::JsonDiff m_diff;
    core::JsonDocumentPtr m_oldDocument;
    core::JsonDocumentPtr m_newDocument;
    QHash<QString, bool> m_modified; // new path -> the type changed too
    QSet<QString> m_changedBelowOld; // proper ancestors of changed old paths
    QSet<QString> m_changedBelowNew;
    QHash<QString, QSet<QString>> m_changedChildrenOld; // path -> tokens of changed children
    QHash<QString, QSet<QString>> m_changedChildrenNew;
    QHash<QString, std::vector<std::uint32_t>> m_changedIndicesOld; // path -> sorted indices
    QHash<QString, std::vector<std::uint32_t>> m_changedIndicesNew;
    QHash<QString, std::vector<Edit>> m_removedFrom;  // old array path -> sorted removals
    QHash<QString, std::vector<Edit>> m_insertedInto; // new array path -> sorted insertions
    QHash<QString, QString> m_moveTargets; // old path of a moved element -> new parent path
    QHash<QString, QString> m_moveSources; // new path of a moved element -> old parent path
    std::vector<ChangeStop> m_stops;
    qsizetype m_typeChangeCount = 0;
};

using ComparisonPtr = std::shared_ptr<const JsonComparison>;

// Diffs two documents and prepares the comparison. Slow for big documents: call it on a
// worker thread. Fails only on invalid options.
[[nodiscard]] core::Result<ComparisonPtr> prepareComparison(core::JsonDocumentPtr oldDocument,
                                                            core::JsonDocumentPtr newDocument,
                                                            core::DiffOptions options = {});
// The same for QtConcurrent::run: reports one result unless cancelled.
void prepareComparisonTask(QPromise<core::Result<ComparisonPtr>> &promise,
                           core::JsonDocumentPtr oldDocument, core::JsonDocumentPtr newDocument,
                           core::DiffOptions options);

} // namespace sa::ui
