// The mutable JSON tree a parcel report is kept in, its PRNG and its literal helpers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sa::core::Internal {

// splitmix64 (Steele, Lea and Flood): fast, statistically sound for test data and specified
// bit for bit, which the distributions of <random> are not (their output may differ between
// standard libraries, and the documents must not).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by multiply-shift; its bias (below 2^-32) does not matter here.
    std::uint32_t below(std::uint32_t bound)
    {
        return std::uint32_t(((next() >> 32) * bound) >> 32);
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(std::uint32_t(high - low + 1))); }
    bool percent(int chance) { return below(100) < std::uint32_t(chance); }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    std::uint64_t m_state;
};

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t report, std::uint64_t version);

enum class NodeKind : std::uint8_t { Null, Bool, Number, String, Array, Object };

// What an array holds, so that an element an edit inserts looks like its neighbours.
// Fixed arrays (a coordinate pair, a list of overlay codes) keep their shape.
enum class ElementKind : std::uint8_t {
    Fixed,
    Parcel,
    Owner,
    Assessment,
    TaxRecord,
    Sale,
    Permit,
    Note,
    Vertex,
};

struct Member;

// The mutable tree a report is kept in between versions. Numbers are kept as the literal
// text they are written with ("1.0", "12.3456789", "1e-7"), which is part of what the
// parser and the canonicalizer are exercised with.
struct Node
{
    NodeKind kind = NodeKind::Null;
    ElementKind holds = ElementKind::Fixed;
    // Identity values (ids, years) and values the generator sets itself: random edits leave
    // them alone, so records stay matchable by key across versions.
    bool pinned = false;
    // A record whose scalar members may be added and removed by edits.
    bool reshapeable = false;
    // Strings written with \u escapes for every non-ASCII character, as some APIs do.
    bool escapeNonAscii = false;
    std::string text;
    std::vector<Node> items;
    std::vector<Member> members;
};

struct Member
{
    std::string name;
    Node value;
};

Node nullNode();
Node boolNode(bool value);
Node numberNode(std::string literal);
Node stringNode(std::string text, bool escapeNonAscii = false);
Node pinnedNode(Node node);
Node arrayNode(ElementKind holds);
Node objectNode(bool reshapeable);
void addMember(Node &object, std::string_view name, Node value);

std::string integerLiteral(std::int64_t value);
std::string fixedLiteral(std::int64_t scaled, int decimals);
void appendPadded(std::string &out, unsigned value, int width);
std::string dateText(std::int64_t days);
std::string dateTimeText(std::int64_t seconds);

inline constexpr std::int64_t kSecondsTo2025 = 1735689600;

// Shared vocabulary: kCities for the report header and the builder, kWords for the builder
// and the editor.
inline constexpr std::string_view kCities[] = {
    "Springfield", "Québec", "München", "São Paulo", "Malmö", "Zürich", "Kraków", "Reykjavík",
    "Portland", "Ōsaka", "Cork", "Thessaloníki",
};
inline constexpr std::string_view kWords[] = {
    "amended", "corrected", "verified", "pending", "reviewed", "north", "east", "parcel",
    "boundary", "easement", "révisé", "geprüft", "✓", "updated", "resurveyed", "appeal",
};

} // namespace sa::core::Internal
