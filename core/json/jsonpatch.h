#pragma once

#include "../result.h"
#include "jsondocument.h"
#include "jsonpointer.h"
#include "jsonvalue.h"

#include <cstdint>
#include <vector>

namespace sa::core {

enum class PatchOperationType : std::uint8_t { Add, Remove, Replace, Move, Copy, Test };

// One RFC 6902 operation. `value` points into the patch document.
struct PatchOperation
{
    PatchOperationType type = PatchOperationType::Test;
    JsonPointer path;
    JsonPointer from; // move and copy only
    JsonValue value; // add, replace and test only
};

// Reads an RFC 6902 patch document (an array of operation objects). Errors name the operation
// ("patch[2]") and what is wrong with it. Members other than op/path/from/value are ignored,
// as the RFC asks.
[[nodiscard]] Result<std::vector<PatchOperation>> parsePatch(const JsonValue &patch);

// Applies an RFC 6902 patch: all six operations, in order, atomically (on any failure the
// result is an error and nothing else; the input document is immutable anyway). Copy-on-write:
// only the arrays and objects on the paths the patch touches are rebuilt, every other subtree
// is shared with the input, which the result keeps alive, as it keeps `patch`.
// Any thread.
[[nodiscard]] Result<JsonDocumentPtr> applyPatch(const JsonDocumentPtr &document,
                                                 const JsonDocumentPtr &patch);
// The same for a patch whose memory the caller does not keep alive: the values it adds are
// copied into the result.
[[nodiscard]] Result<JsonDocumentPtr> applyPatch(const JsonDocumentPtr &document,
                                                 const JsonValue &patch);

} // namespace sa::core
