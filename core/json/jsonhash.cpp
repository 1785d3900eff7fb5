#include "jsonhash.h"

#include <bit>
#include <cstring>

namespace sa::core {

namespace {

// Odd constants with well-spread bits (from the binary expansion of pi); any such values
// work, they only need to differ per role so that a string never hashes like a number.
constexpr std::uint64_t kSeed = 0x243f6a8885a308d3ULL;
constexpr std::uint64_t kChunk = 0x13198a2e03707345ULL;
constexpr std::uint64_t kFinal = 0xa4093822299f31d1ULL;
constexpr std::uint64_t kNumber = 0x082efa98ec4e6c89ULL;
constexpr std::uint64_t kArray = 0x452821e638d01377ULL;
constexpr std::uint64_t kObject = 0xbe5466cf34e90c6dULL;
constexpr std::uint64_t kMember = 0xc0ac29b7c97c50ddULL;
constexpr std::uint64_t kNull = 0x3f84d5b5b5470917ULL;
constexpr std::uint64_t kTrue = 0x9216d5d98979fb1bULL;
constexpr std::uint64_t kFalse = 0xd1310ba698dfb5adULL;

// Full 64x64->128 multiply folded back to 64 bits: every input bit reaches every output
// bit, which is what makes one multiply per 8 bytes enough mixing.
__extension__ typedef unsigned __int128 UInt128; // GCC and Clang; silences -Wpedantic

inline std::uint64_t fold(std::uint64_t a, std::uint64_t b)
{
    const UInt128 product = static_cast<UInt128>(a) * b;
    return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

inline std::uint64_t combine(std::uint64_t state, std::uint64_t value, std::uint64_t role)
{
    return fold(state ^ value, role ^ (value >> 29) ^ 0x9e3779b97f4a7c15ULL);
}

std::uint64_t hashBytes(const char *data, std::size_t size)
{
    std::uint64_t state = kSeed ^ (size * kFinal);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, 8);
        state = fold(state ^ word, kChunk ^ state);
    }
    if (i < size) {
        std::uint64_t word = 0;
        std::memcpy(&word, data + i, size - i);
        state = fold(state ^ word, kChunk ^ state);
    }
    return fold(state ^ kFinal, size ^ kSeed);
}

// Length and the first and last eight bytes: one multiply however long the string. Enough
// to tell identifiers and names apart, which is all an outline is for.
std::uint64_t quickStringHash(std::string_view text)
{
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    if (text.size() >= 8) {
        std::memcpy(&head, text.data(), 8);
        std::memcpy(&tail, text.data() + text.size() - 8, 8);
    } else if (!text.empty()) {
        std::memcpy(&head, text.data(), text.size());
    }
    return fold(head ^ kSeed ^ (text.size() << 56), tail ^ kChunk ^ text.size());
}

// A child as the first pass of an outline sees it.
std::uint64_t childSummary(const JsonValue &child)
{
    if (child.isString())
        return quickStringHash(child.toString());
    if (!child.isContainer())
        return jsonHash(child);
    return fold((std::uint64_t(child.type()) << 32) ^ child.size() ^ kArray, kChunk);
}

std::uint64_t outline(const JsonValue &value, int &budget)
{
    if (!value.isContainer())
        return childSummary(value);
    const bool isObject = value.isObject();
    const auto members = value.members();
    const auto elements = value.elements();
    const auto child = [&](std::size_t k) -> const JsonValue & {
        return isObject ? members[k].value : elements[k];
    };
    std::uint64_t state = (isObject ? kObject : kArray) ^ value.size();
    // Breadth first: the identifying scalars of a record (id, name, ...) sit at the top,
    // the bulk (coordinates, histories) below.
    for (std::size_t k = 0; k < value.size() && budget > 0; ++k, --budget) {
        if (isObject)
            state = combine(state, quickStringHash(members[k].name), kMember);
        state = combine(state, childSummary(child(k)), kObject);
    }
    for (std::size_t k = 0; k < value.size() && budget > 0; ++k) {
        if (child(k).isContainer())
            state = combine(state, outline(child(k), budget), kArray);
    }
    return state;
}

} // namespace

std::uint64_t jsonOutlineHash(const JsonValue &value, int nodeBudget)
{
    return outline(value, nodeBudget);
}

std::uint64_t jsonStringHash(std::string_view utf8)
{
    return hashBytes(utf8.data(), utf8.size());
}

std::uint64_t jsonHash(const JsonValue &value)
{
    switch (value.type()) {
    case JsonType::Null:
        return kNull;
    case JsonType::Bool:
        return value.toBool() ? kTrue : kFalse;
    case JsonType::Number: {
        // deepEquals() says -0 == 0, so both must hash alike.
        const double number = value.toNumber() == 0.0 ? 0.0 : value.toNumber();
        return fold(std::bit_cast<std::uint64_t>(number) ^ kNumber, kFinal);
    }
    case JsonType::String:
        return jsonStringHash(value.toString());
    case JsonType::Array: {
        std::uint64_t state = kArray ^ value.size();
        for (const JsonValue &element : value.elements())
            state = combine(state, jsonHash(element), kArray);
        return state;
    }
    case JsonType::Object: {
        std::uint64_t state = kObject ^ value.size();
        for (const JsonMember &member : value.members()) {
            state = combine(state, jsonStringHash(member.name), kMember);
            state = combine(state, jsonHash(member.value), kObject);
        }
        return state;
    }
    }
    return 0;
}

} // namespace sa::core
