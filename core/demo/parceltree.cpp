#include "parceltree_p.h"

#include <charconv>
#include <utility>

namespace sa::core::Internal {

// One independent stream per (seed, report, version), so that a version's edits do not depend
// on how many numbers earlier versions happened to draw.
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t report, std::uint64_t version)
{
    Random mixer(seed ^ (report * 0xd1b54a32d192ed03ULL) ^ (version * 0x8cb92ba72f3d8dd7ULL));
    mixer.next();
    return mixer.next();
}

Node nullNode()
{
    return {};
}

Node boolNode(bool value)
{
    Node node;
    node.kind = NodeKind::Bool;
    node.text = value ? "true" : "false";
    return node;
}

Node numberNode(std::string literal)
{
    Node node;
    node.kind = NodeKind::Number;
    node.text = std::move(literal);
    return node;
}

Node stringNode(std::string text, bool escapeNonAscii)
{
    Node node;
    node.kind = NodeKind::String;
    node.text = std::move(text);
    node.escapeNonAscii = escapeNonAscii;
    return node;
}

Node pinnedNode(Node node)
{
    node.pinned = true;
    return node;
}

Node arrayNode(ElementKind holds)
{
    Node node;
    node.kind = NodeKind::Array;
    node.holds = holds;
    return node;
}

Node objectNode(bool reshapeable)
{
    Node node;
    node.kind = NodeKind::Object;
    node.reshapeable = reshapeable;
    return node;
}

void addMember(Node &object, std::string_view name, Node value)
{
    object.members.push_back({std::string(name), std::move(value)});
}

std::string integerLiteral(std::int64_t value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

// `scaled` / 10^decimals with exactly `decimals` fraction digits: "1234.50", "1.0",
// "-73.9857123". Integer arithmetic, so every machine writes the same digits.
std::string fixedLiteral(std::int64_t scaled, int decimals)
{
    static constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000,
                                                    10000000, 100000000};
    std::string literal;
    if (scaled < 0) {
        literal += '-';
        scaled = -scaled;
    }
    const std::int64_t unit = kPowersOfTen[decimals];
    literal += integerLiteral(scaled / unit);
    if (decimals > 0) {
        const std::string fraction = integerLiteral(scaled % unit);
        literal += '.';
        literal.append(std::size_t(decimals) - fraction.size(), '0');
        literal += fraction;
    }
    return literal;
}

void appendPadded(std::string &out, unsigned value, int width)
{
    char digits[10];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, std::size_t(width));
}

// Days since 1970-01-01 as "YYYY-MM-DD" (the proleptic Gregorian civil-from-days algorithm).
std::string dateText(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096)
                               / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const unsigned month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const auto year = unsigned(std::int64_t(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0));
    std::string text;
    appendPadded(text, year, 4);
    text += '-';
    appendPadded(text, month, 2);
    text += '-';
    appendPadded(text, day, 2);
    return text;
}

// Seconds since the epoch as an RFC 3339 UTC timestamp.
std::string dateTimeText(std::int64_t seconds)
{
    std::string text = dateText(seconds / 86400);
    const auto secondOfDay = unsigned(seconds % 86400);
    text += 'T';
    appendPadded(text, secondOfDay / 3600, 2);
    text += ':';
    appendPadded(text, secondOfDay / 60 % 60, 2);
    text += ':';
    appendPadded(text, secondOfDay % 60, 2);
    text += 'Z';
    return text;
}

} // namespace sa::core::Internal
