#pragma once

#include "core/json/jsonvalue.h"

#include <QString>

namespace sa::ui {

// How a JSON value reads in one table cell: strings quoted and cut at `maxCharacters`,
// numbers in their canonical (RFC 8785) form, containers as "{3 members}" / "[12 items]".
QString displayText(const core::JsonValue &value, int maxCharacters = 200);

// The type as users read it: "object", "array", "string", "number", "boolean", "null".
QString typeText(const core::JsonValue &value);

// "owners" for a member, "[3]" for an array element: the label of a node in a tree.
QString memberLabel(std::string_view name);
QString elementLabel(qsizetype index);

// The full text of a scalar as it would appear in JSON (strings with quotes and escapes),
// for copying to the clipboard; containers give their compact canonical form.
QString jsonText(const core::JsonValue &value);

} // namespace sa::ui
