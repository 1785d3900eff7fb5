#include "storeddiff_p.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"
#include "../json/jsonpatch.h"
#include "../json/sha256.h"

#include <QCoreApplication>

namespace sa::core::Internal {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoredDiff)
};

} // namespace

std::optional<StoredPatch> storedPatch(const QByteArray &changesSummary)
{
    if (changesSummary.isEmpty())
        return std::nullopt;
    const auto parsed = parseJson(changesSummary, JsonParseOptions::rfc8259());
    if (!parsed || !parsed->document->root().isObject())
        return std::nullopt;
    const JsonValue *patch = parsed->document->root().find("patch");
    if (!patch || !patch->isArray())
        return std::nullopt;
    return StoredPatch { parsed->document, patch };
}

Result<ProvenOriginal, QString> proveOriginal(const JsonDocumentPtr &parent,
                                              const StoredPatch &patch, const QString &checksum)
{
    auto rebuilt = applyPatch(parent, *patch.patch);
    if (!rebuilt)
        //: %1: why an RFC 6902 patch cannot be applied
        return Tr::tr("the stored diff does not apply to the parent: %1")
            .arg(rebuilt.error().message);
    QByteArray canonical = canonicalJson((*rebuilt)->root());
    const QString hash = sha256Hex(canonical);
    if (hash != checksum)
        //: %1: a SHA-256 checksum
        return Tr::
            tr("the parent with the stored diff applied hashes to %1, not to the stored checksum")
                .arg(hash);
    return ProvenOriginal { std::move(*rebuilt), std::move(canonical) };
}

Result<JsonDiff> alteredPaths(const JsonDocumentPtr &stored, const JsonDocumentPtr &original)
{
    DiffOptions options;
    options.detectMoves = false;
    options.buildPatch = false;
    return diffJson(stored, original, options);
}

} // namespace sa::core::Internal
