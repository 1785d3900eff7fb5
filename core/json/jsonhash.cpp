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

} // namespace

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
