// Feeds arbitrary bytes to the parser in both profiles. Whatever is accepted must
// canonicalize to text that parses back to the same canonical bytes, and the pretty form
// must describe the same document.
#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"

#include <cstddef>
#include <cstdint>

using namespace sa::core;

static void checkRoundTrip(const JsonValue &root)
{
    const QByteArray canonical = canonicalJson(root);
    const auto again = parseJson(canonical, JsonParseOptions::storage());
    if (!again.hasValue() || canonicalJson(again->document->root()) != canonical)
        __builtin_trap();
    const auto pretty = parseJson(prettyJson(root), JsonParseOptions::storage());
    if (!pretty.hasValue() || canonicalJson(pretty->document->root()) != canonical)
        __builtin_trap();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto strict = parseJson(input, JsonParseOptions::storage());
    if (strict.hasValue())
        checkRoundTrip(strict->document->root());
    const auto lenient = parseJson(input, JsonParseOptions::rfc8259());
    if (lenient.hasValue())
        checkRoundTrip(lenient->document->root());
    // The strict profile accepts a subset of what RFC 8259 accepts.
    if (strict.hasValue() && !lenient.hasValue())
        __builtin_trap();
    return 0;
}
