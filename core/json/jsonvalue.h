#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace sa::core {

enum class JsonType : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct JsonMember;

// One immutable JSON value, 16 bytes. Strings, elements and members live in memory owned by
// the JsonDocument that made the value; a JsonValue never owns anything and is trivially
// copyable. Object members are kept sorted in RFC 8785 order (UTF-16 code units) with unique
// names, so canonical output needs no sorting and lookups are binary searches.
// Any thread may read a value concurrently.
class JsonValue
{
public:
    constexpr JsonValue() = default; // null

    static JsonValue fromBool(bool value);
    static JsonValue fromNumber(double value); // must be finite
    static JsonValue fromString(std::string_view utf8); // not copied: caller keeps it alive
    static JsonValue fromArray(std::span<const JsonValue> elements);
    // members must be sorted with compareMemberNames() and have unique names.
    static JsonValue fromObject(std::span<const JsonMember> members);

    JsonType type() const { return m_type; }
    bool isNull() const { return m_type == JsonType::Null; }
    bool isBool() const { return m_type == JsonType::Bool; }
    bool isNumber() const { return m_type == JsonType::Number; }
    bool isString() const { return m_type == JsonType::String; }
    bool isArray() const { return m_type == JsonType::Array; }
    bool isObject() const { return m_type == JsonType::Object; }
    bool isContainer() const { return m_type >= JsonType::Array; }

    bool toBool() const { return m_type == JsonType::Bool && m_bool; }
    double toNumber() const { return m_type == JsonType::Number ? m_number : 0.0; }
    std::string_view toString() const;
    std::span<const JsonValue> elements() const;
    std::span<const JsonMember> members() const;
    // Elements of an array, members of an object, bytes of a string, else 0.
    std::uint32_t size() const { return m_size; }

    // The member named `name` of an object (binary search), or nullptr.
    const JsonValue *find(std::string_view name) const;

private:
    union {
        const char *m_chars = nullptr;
        const JsonValue *m_elements;
        const JsonMember *m_members;
        double m_number;
        bool m_bool;
    };
    std::uint32_t m_size = 0;
    JsonType m_type = JsonType::Null;
};

struct JsonMember
{
    std::string_view name;
    JsonValue value;
};

// Orders member names as RFC 8785 requires: by UTF-16 code units, which differs from
// UTF-8 byte order only between U+E000..U+FFFF and supplementary characters.
// Returns <0, 0 or >0 like strcmp.
int compareMemberNames(std::string_view a, std::string_view b);

// Structural equality: same types, numbers equal as doubles (so -0 == 0), same members.
bool deepEquals(const JsonValue &a, const JsonValue &b);

// A short lowercase name of the type ("object", "number", ...) for messages.
const char *jsonTypeName(JsonType type);

} // namespace sa::core
