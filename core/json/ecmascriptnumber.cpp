#include "ecmascriptnumber.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

namespace sa::core {
namespace {

// A decimal number as significant digits d1 d2 ... dk (no leading or trailing zeros) and the
// power of ten of the position just left of d1: value = 0.d1d2...dk * 10^pointPosition.
struct Decimal
{
    std::string digits;
    long long pointPosition = 0;
};

constexpr long long kExponentClamp = 1'000'000'000LL;

// Shortest round-trip digits of |value| (value != 0) from std::to_chars, which implements
// the shortest representation that ECMAScript's Number::toString also specifies.
Decimal shortestDigits(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                      std::chars_format::scientific);
    assert(result.ec == std::errc());
    Decimal decimal;
    const char *p = buffer;
    for (; p < result.ptr && *p != 'e'; ++p) {
        if (*p != '.')
            decimal.digits.push_back(*p);
    }
    int exponent = 0;
    if (p < result.ptr) {
        ++p; // 'e'
        if (*p == '+')
            ++p;
        std::from_chars(p, result.ptr, exponent);
    }
    while (decimal.digits.size() > 1 && decimal.digits.back() == '0')
        decimal.digits.pop_back();
    decimal.pointPosition = exponent + 1;
    return decimal;
}

// Normalizes a JSON number literal (already validated by the grammar).
Decimal literalDigits(std::string_view literal)
{
    Decimal decimal;
    std::size_t i = 0;
    if (i < literal.size() && literal[i] == '-')
        ++i;
    long long integerDigits = 0;
    bool seenPoint = false;
    for (; i < literal.size() && literal[i] != 'e' && literal[i] != 'E'; ++i) {
        const char c = literal[i];
        if (c == '.') {
            seenPoint = true;
            continue;
        }
        if (!seenPoint)
            ++integerDigits;
        if (decimal.digits.empty() && c == '0') {
            --integerDigits; // leading zeros are not significant: they move the point instead
            continue;
        }
        decimal.digits.push_back(c);
    }
    long long exponent = 0;
    if (i < literal.size()) {
        ++i; // 'e' or 'E'
        bool negative = false;
        if (literal[i] == '+' || literal[i] == '-')
            negative = literal[i++] == '-';
        for (; i < literal.size(); ++i) {
            exponent = exponent * 10 + (literal[i] - '0');
            if (exponent > kExponentClamp)
                exponent = kExponentClamp;
        }
        if (negative)
            exponent = -exponent;
    }
    while (!decimal.digits.empty() && decimal.digits.back() == '0')
        decimal.digits.pop_back();
    decimal.pointPosition = integerDigits + exponent;
    return decimal;
}

char *writeDigits(char *out, const char *digits, std::size_t count)
{
    std::memcpy(out, digits, count);
    return out + count;
}

} // namespace

std::size_t formatEcmaScriptNumber(double value, char *out)
{
    assert(std::isfinite(value));
    char *const start = out;
    if (value == 0.0) {
        *out = '0';
        return 1;
    }
    // Integers below 1e21 print as plain digits; this is the common case in real data.
    if (std::fabs(value) < 1e15 && value == static_cast<double>(static_cast<std::int64_t>(value))) {
        const auto result = std::to_chars(out, out + kMaxEcmaScriptNumberLength,
                                          static_cast<std::int64_t>(value));
        return static_cast<std::size_t>(result.ptr - start);
    }
    if (value < 0) {
        *out++ = '-';
        value = -value;
    }
    const Decimal decimal = shortestDigits(value);
    const auto k = static_cast<long long>(decimal.digits.size());
    const long long n = decimal.pointPosition;
    const char *digits = decimal.digits.data();
    if (k <= n && n <= 21) {
        out = writeDigits(out, digits, std::size_t(k));
        for (long long i = 0; i < n - k; ++i)
            *out++ = '0';
    } else if (0 < n && n <= 21) {
        out = writeDigits(out, digits, std::size_t(n));
        *out++ = '.';
        out = writeDigits(out, digits + n, std::size_t(k - n));
    } else if (-6 < n && n <= 0) {
        *out++ = '0';
        *out++ = '.';
        for (long long i = 0; i < -n; ++i)
            *out++ = '0';
        out = writeDigits(out, digits, std::size_t(k));
    } else {
        *out++ = digits[0];
        if (k > 1) {
            *out++ = '.';
            out = writeDigits(out, digits + 1, std::size_t(k - 1));
        }
        *out++ = 'e';
        const long long exponent = n - 1;
        *out++ = exponent < 0 ? '-' : '+';
        out = std::to_chars(out, start + kMaxEcmaScriptNumberLength,
                            exponent < 0 ? -exponent : exponent).ptr;
    }
    return static_cast<std::size_t>(out - start);
}

long long decimalPointPosition(std::string_view literal)
{
    const Decimal decimal = literalDigits(literal);
    return decimal.digits.empty() ? -kExponentClamp : decimal.pointPosition;
}

bool decimalEqualsDouble(std::string_view literal, double parsed)
{
    const Decimal written = literalDigits(literal);
    if (parsed == 0.0 || !std::isfinite(parsed))
        return written.digits.empty() && parsed == 0.0;
    if (written.digits.empty())
        return false;
    const Decimal stored = shortestDigits(parsed);
    return written.digits == stored.digits && written.pointPosition == stored.pointPosition;
}

} // namespace sa::core
