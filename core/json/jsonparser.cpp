#include "jsonparser.h"

#include "ecmascriptnumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace sa::core {
namespace {

// A member read but not yet placed: its position is kept to name duplicates precisely.
struct PendingMember
{
    std::string_view name;
    JsonValue value;
    std::uint32_t order;
    std::uint32_t nameOffset;
};

struct Frame
{
    bool isObject;
    std::size_t firstPending; // index into the element or member stack
    std::string_view currentName; // objects: the name of the member being read
    std::uint32_t currentNameOffset = 0; // where that name's opening quote is in the input
};

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// True when one of the eight bytes in `word` is '"', '\\', a control character or non-ASCII:
// the only bytes a string scan has to stop at.
inline bool hasSpecialStringByte(std::uint64_t word)
{
    const auto hasZeroByte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighBits; };
    const std::uint64_t quote = hasZeroByte(word ^ (kOnes * '"'));
    const std::uint64_t backslash = hasZeroByte(word ^ (kOnes * '\\'));
    const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHighBits;
    return (quote | backslash | control | (word & kHighBits)) != 0;
}

// Length of the valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or values beyond
// U+10FFFF) starting at p with lead byte >= 0x80, or 0 when invalid.
inline int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = p[0];
    const auto available = end - p;
    const auto continuation = [&](int i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return i < available && p[i] >= low && p[i] <= high;
    };
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (lead == 0xE0)
        return continuation(1, 0xA0) && continuation(2) ? 3 : 0;
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
        return continuation(1) && continuation(2) ? 3 : 0;
    if (lead == 0xED)
        return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0;
    if (lead == 0xF0)
        return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0;
    if (lead >= 0xF1 && lead <= 0xF3)
        return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
    if (lead == 0xF4)
        return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0;
    return 0;
}

void appendUtf8(std::string &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(char(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(char(0xC0 | (codePoint >> 6)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(char(0xE0 | (codePoint >> 12)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (codePoint >> 18)));
        out.push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

// Gives the messages a translation context that lupdate can see.
struct JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
};

QString describeByte(unsigned char c)
{
    if (c >= 0x21 && c < 0x7F)
        return u"'%1'"_s.arg(QChar(char16_t(c)));
    //: What was found in the input: a byte in hexadecimal, e.g. "byte 0x0a"
    return JsonParser::tr("byte 0x%1").arg(c, 2, 16, QChar(u'0'));
}

// " (at /a/0)" after a position, or nothing for the root.
QString atPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    //: After a position in a JSON text: the JSON Pointer of the value being read there
    return u' ' + JsonParser::tr("(at %1)").arg(pointer);
}

// A single-pass, non-recursive parser over a contiguous UTF-8 buffer. Containers are
// collected on two stacks and moved into the arena when they close.
class Parser
{
public:
    Parser(const QByteArray &input, const JsonParseOptions &options)
        : m_input(input)
        , m_begin(input.constData())
        , m_p(input.constData())
        , m_end(input.constData() + input.size())
        , m_options(options)
    {
    }

    Result<ParsedJson, JsonParseError> run();

private:
    bool parseValue(JsonValue &value);
    bool parseString(std::string_view &text);
    bool parseEscapedString(const char *start, std::string_view &text);
    int stringCharacterLength(unsigned char c);
    bool parseNumber(JsonValue &value);
    bool parseLiteral(std::string_view word, JsonValue value, JsonValue &out);
    bool parseMemberName();
    bool closeArray(JsonValue &value);
    bool closeObject(JsonValue &value);

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool fail(const char *at, const QString &reason);
    bool failUnexpected(const char *expected);
    QString currentPointer() const;

    QByteArray m_input;
    const char *const m_begin;
    const char *m_p;
    const char *const m_end;
    JsonParseOptions m_options;
    JsonDocument m_document;
    std::vector<JsonValue> m_elements;
    std::vector<PendingMember> m_members;
    std::vector<Frame> m_frames;
    std::vector<RoundedNumber> m_rounded;
    std::string m_unescaped;
    std::uint32_t m_memberOrder = 0;
    JsonParseError m_error;
};

Result<ParsedJson, JsonParseError> Parser::run()
{
    if (m_input.size() >= qsizetype(std::numeric_limits<std::uint32_t>::max())) {
        fail(m_begin, JsonParser::tr("documents of 4 GiB or more are not supported"));
        return m_error;
    }
    if (m_end - m_begin >= 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0) {
        fail(m_begin, JsonParser::tr("a byte order mark is not allowed at the start of JSON text (RFC 8259 §8.1)"));
        return m_error;
    }
    JsonValue root;
    if (!parseValue(root))
        return m_error;
    skipWhitespace();
    if (m_p != m_end) {
        fail(m_p, JsonParser::tr("unexpected %1 after the end of the JSON value").arg(describeByte(uchar(*m_p))));
        return m_error;
    }
    m_document.setRoot(root);
    m_document.keepAlive(m_input);
    ParsedJson parsed;
    parsed.document = std::make_shared<const JsonDocument>(std::move(m_document));
    parsed.roundedNumbers = std::move(m_rounded);
    return parsed;
}

// Reads one complete value, iterating over nested containers with an explicit stack.
bool Parser::parseValue(JsonValue &value)
{
    for (;;) {
        skipWhitespace();
        if (m_p == m_end)
            return fail(m_p, m_frames.empty() ? JsonParser::tr("the document is empty") : JsonParser::tr("unexpected end of the document"));
        switch (*m_p) {
        case '{':
        case '[': {
            if (int(m_frames.size()) >= m_options.maxDepth)
                return fail(m_p, JsonParser::tr("nesting is deeper than %1 levels").arg(m_options.maxDepth));
            const bool isObject = *m_p == '{';
            m_frames.push_back({isObject, isObject ? m_members.size() : m_elements.size(), {}, 0});
            ++m_p;
            skipWhitespace();
            if (m_p < m_end && *m_p == (isObject ? '}' : ']')) {
                ++m_p;
                if (!(isObject ? closeObject(value) : closeArray(value)))
                    return false;
                break;
            }
            if (isObject && !parseMemberName())
                return false;
            continue; // read the first element or member value
        }
        case '"': {
            std::string_view text;
            if (!parseString(text))
                return false;
            value = JsonValue::fromString(text);
            break;
        }
        case 't':
            if (!parseLiteral("true", JsonValue::fromBool(true), value))
                return false;
            break;
        case 'f':
            if (!parseLiteral("false", JsonValue::fromBool(false), value))
                return false;
            break;
        case 'n':
            if (!parseLiteral("null", JsonValue(), value))
                return false;
            break;
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) {
                if (!parseNumber(value))
                    return false;
                break;
            }
            return failUnexpected(QT_TRANSLATE_NOOP("JsonParser", "a value"));
        }

        // A value is complete: place it in its container, closing containers as they end.
        for (;;) {
            if (m_frames.empty())
                return true;
            Frame &frame = m_frames.back();
            if (frame.isObject) {
                m_members.push_back({frame.currentName, value, m_memberOrder++, frame.currentNameOffset});
            } else {
                m_elements.push_back(value);
            }
            skipWhitespace();
            if (m_p == m_end)
                return fail(m_p, JsonParser::tr("unexpected end of the document: the %1 is not closed")
                                     .arg(frame.isObject ? JsonParser::tr("object") : JsonParser::tr("array")));
            if (*m_p == ',') {
                ++m_p;
                if (frame.isObject) {
                    skipWhitespace();
                    if (!parseMemberName())
                        return false;
                }
                break; // read the next value
            }
            if (*m_p == (frame.isObject ? '}' : ']')) {
                ++m_p;
                if (!(frame.isObject ? closeObject(value) : closeArray(value)))
                    return false;
                continue; // the closed container is itself a value
            }
            return failUnexpected(frame.isObject ? QT_TRANSLATE_NOOP("JsonParser", "',' or '}'")
                                                 : QT_TRANSLATE_NOOP("JsonParser", "',' or ']'"));
        }
    }
}

bool Parser::parseMemberName()
{
    if (m_p == m_end || *m_p != '"')
        return failUnexpected(QT_TRANSLATE_NOOP("JsonParser", "a member name in double quotes"));
    const auto offset = std::uint32_t(m_p - m_begin);
    std::string_view name;
    if (!parseString(name))
        return false;
    m_frames.back().currentName = name;
    m_frames.back().currentNameOffset = offset;
    skipWhitespace();
    if (m_p == m_end || *m_p != ':')
        return failUnexpected(QT_TRANSLATE_NOOP("JsonParser", "':' after the member name"));
    ++m_p;
    return true;
}

bool Parser::closeArray(JsonValue &value)
{
    const std::size_t first = m_frames.back().firstPending;
    const std::size_t count = m_elements.size() - first;
    auto target = m_document.arena().allocateValues(count);
    std::copy(m_elements.begin() + qsizetype(first), m_elements.end(), target.begin());
    m_elements.resize(first);
    m_frames.pop_back();
    value = JsonValue::fromArray(target);
    return true;
}

bool Parser::closeObject(JsonValue &value)
{
    const std::size_t first = m_frames.back().firstPending;
    const auto begin = m_members.begin() + qsizetype(first);
    const auto end = m_members.end();
    const auto byName = [](const PendingMember &a, const PendingMember &b) {
        const int order = compareMemberNames(a.name, b.name);
        return order != 0 ? order < 0 : a.order < b.order;
    };
    // Canonical documents arrive sorted already; only sort what is not. Real objects are
    // small, where insertion sort beats std::sort's setup.
    if (!std::is_sorted(begin, end, byName)) {
        if (end - begin <= 16) {
            for (auto it = begin + 1; it != end; ++it) {
                PendingMember member = *it;
                auto hole = it;
                for (; hole != begin && byName(member, *(hole - 1)); --hole)
                    *hole = *(hole - 1);
                *hole = member;
            }
        } else {
            std::sort(begin, end, byName);
        }
    }

    std::size_t kept = 0;
    auto target = m_document.arena().allocateMembers(std::size_t(end - begin));
    for (auto it = begin; it != end; ++it) {
        if (kept > 0 && target[kept - 1].name == it->name) {
            if (m_options.rejectDuplicateNames) {
                m_frames.back().currentName = it->name;
                return fail(m_begin + it->nameOffset,
                            JsonParser::tr("duplicate member name \"%1\" (I-JSON, RFC 7493 §2.3, requires unique names)")
                                .arg(QString::fromUtf8(it->name.data(), qsizetype(it->name.size()))));
            }
            target[kept - 1].value = it->value; // RFC 8259 mode: the last one wins
            continue;
        }
        target[kept++] = {it->name, it->value};
    }
    m_members.resize(first);
    m_frames.pop_back();
    value = JsonValue::fromObject(target.first(kept));
    return true;
}

bool Parser::parseLiteral(std::string_view word, JsonValue literal, JsonValue &out)
{
    if (std::size_t(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
        return failUnexpected(QT_TRANSLATE_NOOP("JsonParser", "a value"));
    m_p += word.size();
    out = literal;
    return true;
}

bool Parser::parseString(std::string_view &text)
{
    const char *const start = ++m_p; // past the opening quote
    for (;;) {
        while (m_end - m_p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, m_p, 8);
            if (hasSpecialStringByte(word))
                break;
            m_p += 8;
        }
        if (m_p == m_end)
            return fail(start - 1, JsonParser::tr("the string is not closed"));
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            text = {start, std::size_t(m_p - start)};
            ++m_p;
            return true;
        }
        if (c == '\\')
            return parseEscapedString(start, text);
        if (c < 0x20 || c >= 0x80) {
            const int length = stringCharacterLength(c);
            if (length == 0)
                return false;
            m_p += length;
            continue;
        }
        ++m_p;
    }
}

// At a control character or a non-ASCII byte inside a string: the length of the valid UTF-8
// sequence starting there, or 0 after reporting why the byte may not be there.
int Parser::stringCharacterLength(unsigned char c)
{
    if (c < 0x20) {
        fail(m_p, JsonParser::tr("control character U+%1 must be escaped inside a string")
                      .arg(u"%1"_s.arg(c, 4, 16, QChar(u'0')).toUpper()));
        return 0;
    }
    const int length = utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p),
                                          reinterpret_cast<const unsigned char *>(m_end));
    if (length == 0)
        fail(m_p, JsonParser::tr("invalid UTF-8 byte sequence (starting with byte 0x%1)").arg(c, 2, 16, QChar(u'0')));
    return length;
}

// The slow path, taken at the first backslash: decodes into a scratch buffer, then copies
// the result into the arena.
bool Parser::parseEscapedString(const char *start, std::string_view &text)
{
    m_unescaped.assign(start, m_p);
    for (;;) {
        if (m_p == m_end)
            return fail(start - 1, JsonParser::tr("the string is not closed"));
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            text = m_document.arena().copyString(m_unescaped);
            return true;
        }
        if (c < 0x20 || c >= 0x80) {
            const int length = stringCharacterLength(c);
            if (length == 0)
                return false;
            m_unescaped.append(m_p, std::size_t(length));
            m_p += length;
            continue;
        }
        if (c != '\\') {
            m_unescaped.push_back(char(c));
            ++m_p;
            continue;
        }
        const char *const escape = m_p;
        if (m_end - m_p < 2)
            return fail(escape, JsonParser::tr("the escape sequence is cut off"));
        const char kind = m_p[1];
        m_p += 2;
        switch (kind) {
        case '"': m_unescaped.push_back('"'); continue;
        case '\\': m_unescaped.push_back('\\'); continue;
        case '/': m_unescaped.push_back('/'); continue;
        case 'b': m_unescaped.push_back('\b'); continue;
        case 'f': m_unescaped.push_back('\f'); continue;
        case 'n': m_unescaped.push_back('\n'); continue;
        case 'r': m_unescaped.push_back('\r'); continue;
        case 't': m_unescaped.push_back('\t'); continue;
        case 'u': break;
        default:
            return fail(escape, JsonParser::tr("invalid escape sequence \\%1").arg(QChar::fromLatin1(kind)));
        }
        const auto readHex4 = [&](const char *at, char32_t &unit) {
            if (m_end - at < 4)
                return false;
            unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(at[i]);
                if (digit < 0)
                    return false;
                unit = unit * 16 + char32_t(digit);
            }
            return true;
        };
        char32_t unit = 0;
        if (!readHex4(m_p, unit))
            return fail(escape, JsonParser::tr("\\u must be followed by four hexadecimal digits"));
        m_p += 4;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail(escape, JsonParser::tr("lone low surrogate \\u%1: not a Unicode character (I-JSON, RFC 7493 §2.1)")
                                    .arg(uint(unit), 4, 16, QChar(u'0')));
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            char32_t low = 0;
            if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || !readHex4(m_p + 2, low)
                || low < 0xDC00 || low > 0xDFFF) {
                return fail(escape, JsonParser::tr("high surrogate \\u%1 is not followed by a low surrogate (I-JSON, RFC 7493 §2.1)")
                                        .arg(uint(unit), 4, 16, QChar(u'0')));
            }
            m_p += 6;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(m_unescaped, unit);
    }
}

bool Parser::parseNumber(JsonValue &value)
{
    const char *const start = m_p;
    const bool negative = *m_p == '-';
    if (negative)
        ++m_p;
    const auto isDigit = [this] { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; };
    if (!isDigit())
        return fail(m_p, JsonParser::tr("a digit must follow the minus sign"));
    // The digits as one integer (exact while digitCount <= 19) and how many are decimals.
    std::uint64_t mantissa = 0;
    int digitCount = 0;
    int decimals = 0;
    if (*m_p == '0') {
        ++m_p;
        ++digitCount;
        if (isDigit())
            return fail(start, JsonParser::tr("numbers must not have leading zeros"));
    } else {
        while (isDigit()) {
            mantissa = mantissa * 10 + std::uint64_t(*m_p++ - '0');
            ++digitCount;
        }
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!isDigit())
            return fail(m_p, JsonParser::tr("a digit must follow the decimal point"));
        while (isDigit()) {
            mantissa = mantissa * 10 + std::uint64_t(*m_p++ - '0');
            ++digitCount;
            ++decimals;
        }
    }
    const bool hasExponent = m_p < m_end && (*m_p == 'e' || *m_p == 'E');
    int exponent = 0;
    if (hasExponent) {
        ++m_p;
        bool negativeExponent = false;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            negativeExponent = *m_p++ == '-';
        if (!isDigit())
            return fail(m_p, JsonParser::tr("a digit must follow the exponent marker"));
        while (isDigit()) {
            exponent = std::min(exponent * 10 + (*m_p++ - '0'), 100000);
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    const std::string_view literal(start, std::size_t(m_p - start));

    // Up to 15 significant digits and a moderate exponent always survive the trip through a
    // double exactly (DBL_DIG), so only longer or extreme literals need the full check.
    const bool exactByDigitCount = digitCount <= 15 && exponent >= -250 && exponent <= 250;
    double number = 0;
    if (!hasExponent && digitCount <= 15) {
        // Clinger's fast path: mantissa and 10^decimals are exact doubles (below 2^53) and
        // IEEE division rounds correctly, so one division gives the correctly rounded value.
        number = double(mantissa) / kPowersOfTen[decimals];
        if (negative)
            number = -number;
    } else {
        const auto result = std::from_chars(start, m_p, number);
        if (result.ec == std::errc::result_out_of_range || !std::isfinite(number)) {
            // Either beyond the largest double (refused: there is no value to round to) or
            // closer to zero than the smallest one (rounds to zero).
            if (decimalPointPosition(literal) > 0)
                return fail(start, JsonParser::tr("the number %1 is beyond the range of IEEE-754 double precision")
                                       .arg(QString::fromLatin1(literal.data(), qsizetype(literal.size()))));
            number = negative ? -0.0 : 0.0;
        } else if (result.ptr != m_p) {
            return fail(start, JsonParser::tr("malformed number"));
        }
    }
    value = JsonValue::fromNumber(number);
    if (exactByDigitCount || decimalEqualsDouble(literal, number))
        return true;

    char stored[kMaxEcmaScriptNumberLength];
    const std::size_t storedLength = formatEcmaScriptNumber(number, stored);
    if (!m_options.acceptRounding) {
        return fail(start, JsonParser::tr("the number %1 cannot be stored exactly: as an IEEE-754 double it becomes %2 "
                              "(I-JSON, RFC 7493 §2.2); accept rounding explicitly to store it rounded")
                               .arg(QString::fromLatin1(literal.data(), qsizetype(literal.size())),
                                    QString::fromLatin1(stored, qsizetype(storedLength))));
    }
    m_rounded.push_back({currentPointer(), QByteArray(literal.data(), qsizetype(literal.size())),
                         QByteArray(stored, qsizetype(storedLength))});
    return true;
}

QString Parser::currentPointer() const
{
    QByteArray pointer;
    for (auto frame = m_frames.begin(); frame != m_frames.end(); ++frame) {
        pointer.append('/');
        if (frame->isObject) {
            for (const char c : frame->currentName) {
                if (c == '~')
                    pointer.append("~0");
                else if (c == '/')
                    pointer.append("~1");
                else
                    pointer.append(c);
            }
            continue;
        }
        // This array's elements end where the next array nested in it starts its own.
        const auto nestedArray = std::find_if(frame + 1, m_frames.end(),
                                              [](const Frame &f) { return !f.isObject; });
        const std::size_t end = nestedArray == m_frames.end() ? m_elements.size() : nestedArray->firstPending;
        pointer.append(QByteArray::number(qulonglong(end - frame->firstPending)));
    }
    return QString::fromUtf8(pointer);
}

bool Parser::failUnexpected(const char *expected)
{
    const QString found = m_p == m_end ? JsonParser::tr("the end of the document") : describeByte(uchar(*m_p));
    return fail(m_p, JsonParser::tr("expected %1 but found %2").arg(JsonParser::tr(expected), found));
}

bool Parser::fail(const char *at, const QString &reason)
{
    m_error.offset = at - m_begin;
    m_error.line = 1;
    const char *lineStart = m_begin;
    for (const char *p = m_begin; p < at; ++p) {
        if (*p == '\n') {
            ++m_error.line;
            lineStart = p + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    m_error.column = 1 + std::count_if(lineStart, at, [](char c) { return (uchar(c) & 0xC0) != 0x80; });
    m_error.pointer = currentPointer();
    m_error.reason = reason;
    return false;
}

} // namespace

QString JsonParseError::toString() const
{
    const QString where = JsonParser::tr("line %1, column %2").arg(line).arg(column);
    return where + atPointer(pointer) + u": "_s + reason;
}

Error JsonParseError::toError(const QString &source) const
{
    const QString prefix = source.isEmpty() ? QString() : source + u":%1:%2: "_s.arg(line).arg(column);
    return {ErrorCode::ValidationFailed, source.isEmpty() ? toString() : prefix + reason + atPointer(pointer)};
}

Result<ParsedJson, JsonParseError> parseJson(const QByteArray &utf8, const JsonParseOptions &options)
{
    return Parser(utf8, options).run();
}

} // namespace sa::core
