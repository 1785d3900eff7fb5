#include "ecmascriptnumber.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
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

// The shortest round-trip digits of a positive double, which ECMAScript's Number::toString
// also specifies, as std::to_chars finds them: value = 0.digits * 10^pointPosition.
// Fixed-size: formatting runs once per number of every canonicalized document.
struct ShortestDigits
{
    char digits[20];
    int count = 0;
    int pointPosition = 0;

    std::string_view view() const { return {digits, std::size_t(count)}; }
};

constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
// Below 2^50 a candidate's distance to value * 10^k is at most 1/8 and the product's rounding
// error another 1/8, so rounding the product finds the one candidate that can round-trip.
constexpr double kFastPathLimit = 1125899906842624.0; // 2^50

// Most numbers in real documents have few decimals (12.3456789, 0.25): find their digits as
// the integer m with the fewest decimals k such that m / 10^k reads back as `value`. Both
// m and 10^k are exact doubles and IEEE division rounds correctly, so the check is exact and
// the fewest decimals give the shortest digits, the ones ECMAScript prescribes.
bool shortDecimalDigits(double value, ShortestDigits &result)
{
    for (int k = 0; k < int(std::size(kPowersOfTen)); ++k) {
        const double scaled = value * kPowersOfTen[k];
        if (scaled >= kFastPathLimit)
            return false;
        const double m = std::nearbyint(scaled);
        if (m == 0.0 || m / kPowersOfTen[k] != value)
            continue;
        const auto end = std::to_chars(result.digits, result.digits + sizeof result.digits, std::int64_t(m)).ptr;
        result.count = int(end - result.digits);
        result.pointPosition = result.count - k;
        while (result.count > 1 && result.digits[result.count - 1] == '0')
            --result.count; // only when k == 0: larger k would have stopped earlier
        return true;
    }
    return false;
}

ShortestDigits shortestDigits(double value)
{
    char scientific[32]; // "d.dddddddddddddddde-308" at most
    const char *const end = std::to_chars(scientific, scientific + sizeof scientific, value,
                                          std::chars_format::scientific).ptr;
    ShortestDigits result;
    const char *p = scientific;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.')
            result.digits[result.count++] = *p;
    }
    while (result.count > 1 && result.digits[result.count - 1] == '0')
        --result.count;
    int exponent = 0;
    bool negative = false;
    for (++p; p < end; ++p) {
        if (*p == '-')
            negative = true;
        else if (*p != '+')
            exponent = exponent * 10 + (*p - '0');
    }
    result.pointPosition = (negative ? -exponent : exponent) + 1;
    return result;
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
    // Integers below 1e15 print as plain digits; this is the common case in real data.
    if (std::fabs(value) < 1e15 && value == static_cast<double>(static_cast<std::int64_t>(value))) {
        const auto result = std::to_chars(out, out + kMaxEcmaScriptNumberLength,
                                          static_cast<std::int64_t>(value));
        return static_cast<std::size_t>(result.ptr - start);
    }
    if (value < 0) {
        *out++ = '-';
        value = -value;
    }
    ShortestDigits shortest;
    if (!shortDecimalDigits(value, shortest))
        shortest = shortestDigits(value);
    const char *const digits = shortest.digits;
    const int k = shortest.count;
    const int n = shortest.pointPosition;
    if (k <= n && n <= 21) {
        out = writeDigits(out, digits, std::size_t(k));
        for (int i = 0; i < n - k; ++i)
            *out++ = '0';
    } else if (0 < n && n <= 21) {
        out = writeDigits(out, digits, std::size_t(n));
        *out++ = '.';
        out = writeDigits(out, digits + n, std::size_t(k - n));
    } else if (-6 < n && n <= 0) {
        *out++ = '0';
        *out++ = '.';
        for (int i = 0; i < -n; ++i)
            *out++ = '0';
        out = writeDigits(out, digits, std::size_t(k));
    } else {
        *out++ = digits[0];
        if (k > 1) {
            *out++ = '.';
            out = writeDigits(out, digits + 1, std::size_t(k - 1));
        }
        *out++ = 'e';
        *out++ = n - 1 < 0 ? '-' : '+';
        out = std::to_chars(out, start + kMaxEcmaScriptNumberLength, n - 1 < 0 ? 1 - n : n - 1).ptr;
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
    const ShortestDigits stored = shortestDigits(std::fabs(parsed));
    return written.digits == stored.view() && written.pointPosition == stored.pointPosition;
}

} // namespace sa::core
