// Splits the input at the first NUL byte into two JSON documents A and B. Whenever both
// parse, the diff must be an RFC 6902 patch that turns A into exactly B, and diff(A, A)
// must be empty.
#include "core/json/canonicaljson.h"
#include "core/json/jsondiff.h"
#include "core/json/jsonparser.h"
#include "core/json/jsonpatch.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace sa::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto *separator = static_cast<const std::uint8_t *>(std::memchr(data, 0, size));
    if (!separator)
        return 0;
    const auto split = std::size_t(separator - data);
    const QByteArray first(reinterpret_cast<const char *>(data), qsizetype(split));
    const QByteArray second(reinterpret_cast<const char *>(separator + 1), qsizetype(size - split - 1));
    const auto a = parseJson(first, JsonParseOptions::rfc8259());
    const auto b = parseJson(second, JsonParseOptions::rfc8259());
    if (!a.hasValue() || !b.hasValue())
        return 0;
    const auto diff = diffJson(a->document, b->document);
    if (!diff.hasValue())
        __builtin_trap();
    const auto patch = parseJson(diff->patch);
    if (!patch.hasValue())
        __builtin_trap();
    const auto patched = applyPatch(a->document, patch->document);
    if (!patched.hasValue())
        __builtin_trap();
    if (canonicalJson((*patched)->root()) != canonicalJson(b->document->root()))
        __builtin_trap();
    const auto same = diffJson(a->document, a->document);
    if (!same.hasValue() || !same->isEmpty())
        __builtin_trap();
    return 0;
}
