#pragma once

#include "../json/jsondiff.h"
#include "../json/jsondocument.h"
#include "../result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The stored diff (changes_summary) as redundancy: what verify-all and repairs share to prove
// the original of a version from its parent. Any thread.
namespace sa::core::Internal {

// The RFC 6902 patch in a changes_summary ({"added":…,"patch":[…]}), or nothing: first
// versions have no summary, CCP-04-style summaries no patch.
struct StoredPatch
{
    JsonDocumentPtr summary; // keeps `patch` alive
    const JsonValue *patch = nullptr;
};

std::optional<StoredPatch> storedPatch(const QByteArray &changesSummary);

struct ProvenOriginal
{
    JsonDocumentPtr document;
    QByteArray canonical; // RFC 8785 bytes, hashing to the checksum
};

// The parent's verified document with the stored patch applied, when it hashes (SHA-256 of its
// RFC 8785 form) to the version's `checksum`: the checksum was written with the original, so
// the reconstruction is the original. Otherwise why not (for people).
[[nodiscard]] Result<ProvenOriginal, QString>
proveOriginal(const JsonDocumentPtr &parent, const StoredPatch &patch, const QString &checksum);

// Where the stored (damaged) document differs from the proven original, path by path with
// both values (old: stored, new: original; no moves, no patch).
[[nodiscard]] Result<JsonDiff> alteredPaths(const JsonDocumentPtr &stored,
                                            const JsonDocumentPtr &original);

} // namespace sa::core::Internal
