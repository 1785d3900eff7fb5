#pragma once

#include "../result.h"
#include "jsondocument.h"
#include "jsonvalue.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace sa::core {

enum class ChangeKind : std::uint8_t { Added, Modified, Deleted, Moved };

// One difference between two documents. Paths are RFC 6901 JSON Pointers; the root itself is
// never added or deleted, so an empty oldPath (Added) or newPath (Deleted) means "none".
// A Moved array element may also have Modified changes below its new path.
struct JsonChange
{
    ChangeKind kind = ChangeKind::Modified;
    QString oldPath; // where the value is in the old document; empty for Added
    QString newPath; // where it is in the new document; empty for Deleted
    JsonValue oldValue; // null for Added
    JsonValue newValue; // null for Deleted
};

struct DiffSummary
{
    qsizetype added = 0;
    qsizetype modified = 0;
    qsizetype deleted = 0;
    qsizetype moved = 0;

    qsizetype total() const { return added + modified + deleted + moved; }
    bool operator==(const DiffSummary &) const = default;
};

// Match the elements of the arrays at `arrayPath` by the value of their member `member`
// (e.g. "/owners" by "id", "/parcels/*/taxHistory" by "year"), so that re-ordered and
// inserted records are reported as such rather than as a cascade of index changes. Records
// with different keys are never reported as one modified record; elements without the member
// are matched by content; of repeated keys, the k-th on one side goes with the k-th on the
// other.
struct IdentityKeyRule
{
    QString arrayPath;
    QString member;
};

// How diffJson() compares. Paths are JSON Pointer patterns in which a "*" token matches any
// member name or array index (so a member literally named "*" cannot be singled out); array
// indices in a pattern are those of the new document (of the old one for deleted elements).
//
// Ignored paths and the numeric tolerance hide differences on purpose: the patch then leaves
// those differences out too, so applying it to the old document gives the new one except
// there (JsonDiff::patchIsExact says whether anything was left out).
struct DiffOptions
{
    std::vector<IdentityKeyRule> identityKeys;
    // Changes at or below these paths are not reported (e.g. "/retrievedAt").
    std::vector<QString> ignoredPaths;
    // Numbers whose absolute difference is at most this are equal. 0 = exact.
    double numericTolerance = 0.0;
    // Report array elements that changed position as Moved (RFC 6902 "move") instead of a
    // deletion plus an addition. Moves are bounded so that applying the patch stays cheap
    // (about 67 million element shifts per array, e.g. 671 moves in a 100,000-element array);
    // beyond that, scrambled elements are reported as modified in place (records matched by
    // an identity key as deleted and added).
    bool detectMoves = true;
    // Fill JsonDiff::changes (off when only the patch or the summary is wanted: faster).
    bool collectChanges = true;
    // Fill JsonDiff::patch.
    bool buildPatch = true;
};

// The outcome of diffJson(). Values in `changes` point into the compared documents: they stay
// valid while those documents live (the JsonDocumentPtr overload keeps them in `documents`).
struct JsonDiff
{
    std::vector<JsonChange> changes;
    DiffSummary summary;
    // The RFC 6902 patch from the old document to the new one, compact JSON ("[]" if equal).
    QByteArray patch;
    // False when ignored paths or the numeric tolerance hid a real difference, so that the
    // patch does not turn the old document into exactly the new one.
    bool patchIsExact = true;
    std::vector<JsonDocumentPtr> documents;

    bool isEmpty() const { return summary.total() == 0; }
};

// Structural diff of two values (see DiffOptions). Objects are merge-walked (members are
// sorted). Arrays: common prefix and suffix trimmed; same-length arrays whose differences are
// isolated compared in place; otherwise elements matched by a bounded structural hash (a Myers
// diff within a work bound, beyond it unique elements as anchors with a longest increasing
// subsequence, equal elements out of order as moves, at most as many moves as applying them
// cheaply allows), and unmatched neighbours of the same kind paired and compared member by
// member. So an element inserted or removed anywhere is one change, a changed field is
// reported at its own path, and work stays near-linear even for pathological arrays. Every
// matched pair is compared in full: a hash collision can make the patch larger, never wrong.
// Fails only on invalid options. Any thread; the documents must outlive the call.
[[nodiscard]] Result<JsonDiff> diffJson(const JsonValue &oldValue, const JsonValue &newValue,
                                        const DiffOptions &options = {});
// The same for two documents, which the result keeps alive.
[[nodiscard]] Result<JsonDiff> diffJson(const JsonDocumentPtr &oldDocument,
                                        const JsonDocumentPtr &newDocument,
                                        const DiffOptions &options = {});

} // namespace sa::core
