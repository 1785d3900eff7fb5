#pragma once

#include "jsonvalue.h"

#include <QByteArray>

namespace sa::core {

// RFC 8785 (JCS) canonical form: no whitespace, members in UTF-16 code unit order (the
// order JsonValue keeps them in), ECMAScript number formatting, minimal string escapes.
QByteArray canonicalJson(const JsonValue &value);
void appendCanonicalJson(QByteArray &out, const JsonValue &value);

// The same content indented for people to read (members in canonical order).
QByteArray prettyJson(const JsonValue &value, int indent = 2);

// Appends a JSON string literal with the escapes RFC 8785 prescribes.
void appendJsonString(QByteArray &out, std::string_view utf8);

} // namespace sa::core
