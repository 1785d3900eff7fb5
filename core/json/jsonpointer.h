#pragma once

#include "../result.h"
#include "jsonvalue.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sa::core {

// An RFC 6901 JSON Pointer held as its unescaped reference tokens. parse() checks the
// syntax; resolve() names the first token that does not lead anywhere and why.
// A plain value type: any thread may use its own copies.
class JsonPointer
{
public:
    JsonPointer() = default; // "", the whole document
    explicit JsonPointer(std::vector<std::string> tokens) : m_tokens(std::move(tokens)) {}

    // "" or "/" followed by tokens in which "~" is only ever followed by "0" or "1".
    [[nodiscard]] static Result<JsonPointer> parse(std::string_view text);

    const std::vector<std::string> &tokens() const { return m_tokens; }
    bool isRoot() const { return m_tokens.empty(); }
    // True when this pointer names `other` or one of its ancestors.
    bool isPrefixOf(const JsonPointer &other) const;

    std::string toStdString() const;
    QString toString() const;

    // The value this pointer names inside `root`.
    [[nodiscard]] Result<JsonValue> resolve(const JsonValue &root) const;

    // "~" becomes "~0" and "/" becomes "~1".
    static void appendEscapedToken(std::string &out, std::string_view token);
    static std::string escapeToken(std::string_view token);
    // nullopt when a "~" is not followed by "0" or "1".
    static std::optional<std::string> unescapeToken(std::string_view token);
    // The element a token names in an array: "0" or digits without a leading zero that fit
    // an array size. nullopt otherwise, "-" included (it names the slot past the end, which
    // only JSON Patch "add" may use).
    static std::optional<std::uint32_t> arrayIndex(std::string_view token);
    static bool isEndOfArrayToken(std::string_view token) { return token == "-"; }

    bool operator==(const JsonPointer &) const = default;

private:
    std::vector<std::string> m_tokens;
};

} // namespace sa::core
