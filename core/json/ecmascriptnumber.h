#pragma once

#include <cstddef>
#include <string_view>

namespace sa::core {

// Longest text formatEcmaScriptNumber() writes ("-1.2345678901234567e-308" and the like).
constexpr std::size_t kMaxEcmaScriptNumberLength = 32;

// Writes `value` (finite) as ECMAScript's Number.prototype.toString does, which is the
// number form RFC 8785 requires: shortest round-trip digits, -0 as "0", exponent form
// below 1e-6 and from 1e21. Returns the number of characters written to `out`.
std::size_t formatEcmaScriptNumber(double value, char *out);

// True when the decimal number written in JSON syntax as `literal` has exactly the value of
// the double `parsed` (so no rounding happened when it was read).
bool decimalEqualsDouble(std::string_view literal, double parsed);

// For a JSON number literal with value 0.d1d2... x 10^P (d1 != 0), returns P: positive when
// the magnitude is at least 1. Zero literals return a very small number.
long long decimalPointPosition(std::string_view literal);

} // namespace sa::core
