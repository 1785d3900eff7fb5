#include "jsonvalue.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

namespace sa::core {

static_assert(sizeof(JsonValue) == 16, "JsonValue is meant to stay two words");

JsonValue JsonValue::fromBool(bool value)
{
    JsonValue v;
    v.m_type = JsonType::Bool;
    v.m_bool = value;
    return v;
}

JsonValue JsonValue::fromNumber(double value)
{
    assert(std::isfinite(value));
    JsonValue v;
    v.m_type = JsonType::Number;
    v.m_number = value;
    return v;
}

JsonValue JsonValue::fromString(std::string_view utf8)
{
    JsonValue v;
    v.m_type = JsonType::String;
    v.m_chars = utf8.data();
    v.m_size = static_cast<std::uint32_t>(utf8.size());
    return v;
}

JsonValue JsonValue::fromArray(std::span<const JsonValue> elements)
{
    JsonValue v;
    v.m_type = JsonType::Array;
    v.m_elements = elements.data();
    v.m_size = static_cast<std::uint32_t>(elements.size());
    return v;
}

JsonValue JsonValue::fromObject(std::span<const JsonMember> members)
{
    assert(std::is_sorted(members.begin(), members.end(),
                          [](const JsonMember &a, const JsonMember &b) {
                              return compareMemberNames(a.name, b.name) < 0;
                          }));
    JsonValue v;
    v.m_type = JsonType::Object;
    v.m_members = members.data();
    v.m_size = static_cast<std::uint32_t>(members.size());
    return v;
}

std::string_view JsonValue::toString() const
{
    if (m_type != JsonType::String)
        return {};
    return {m_chars, m_size};
}

std::span<const JsonValue> JsonValue::elements() const
{
    if (m_type != JsonType::Array)
        return {};
    return {m_elements, m_size};
}

std::span<const JsonMember> JsonValue::members() const
{
    if (m_type != JsonType::Object)
        return {};
    return {m_members, m_size};
}

const JsonValue *JsonValue::find(std::string_view name) const
{
    const auto all = members();
    const auto it = std::lower_bound(all.begin(), all.end(), name,
                                     [](const JsonMember &m, std::string_view n) {
                                         return compareMemberNames(m.name, n) < 0;
                                     });
    if (it == all.end() || it->name != name)
        return nullptr;
    return &it->value;
}

int compareMemberNames(std::string_view a, std::string_view b)
{
    const std::size_t common = std::min(a.size(), b.size());
    const auto *pa = reinterpret_cast<const unsigned char *>(a.data());
    const auto *pb = reinterpret_cast<const unsigned char *>(b.data());
    std::size_t i = 0;
    while (i < common && pa[i] == pb[i])
        ++i;
    if (i == common)
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    const unsigned char x = pa[i];
    const unsigned char y = pb[i];
    // Equal prefixes put both strings on the same character boundary. Only a 4-byte
    // sequence (a surrogate pair in UTF-16) against U+E000..U+FFFF (lead EE/EF) reverses.
    const auto isSupplementaryLead = [](unsigned char c) { return c >= 0xF0; };
    const auto isHighBmpLead = [](unsigned char c) { return c == 0xEE || c == 0xEF; };
    if (isSupplementaryLead(x) && isHighBmpLead(y))
        return -1;
    if (isHighBmpLead(x) && isSupplementaryLead(y))
        return 1;
    return x < y ? -1 : 1;
}

bool deepEquals(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    switch (a.type()) {
    case JsonType::Null:
        return true;
    case JsonType::Bool:
        return a.toBool() == b.toBool();
    case JsonType::Number:
        return a.toNumber() == b.toNumber();
    case JsonType::String:
        return a.toString() == b.toString();
    case JsonType::Array: {
        const auto x = a.elements();
        const auto y = b.elements();
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!deepEquals(x[i], y[i]))
                return false;
        }
        return true;
    }
    case JsonType::Object: {
        const auto x = a.members();
        const auto y = b.members();
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (x[i].name != y[i].name || !deepEquals(x[i].value, y[i].value))
                return false;
        }
        return true;
    }
    }
    return false;
}

const char *jsonTypeName(JsonType type)
{
    switch (type) {
    case JsonType::Null: return "null";
    case JsonType::Bool: return "boolean";
    case JsonType::Number: return "number";
    case JsonType::String: return "string";
    case JsonType::Array: return "array";
    case JsonType::Object: return "object";
    }
    return "unknown";
}

} // namespace sa::core
