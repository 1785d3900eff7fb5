#include "canonicaljson.h"

#include "ecmascriptnumber.h"

#include <cstdint>
#include <cstring>

namespace sa::core {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// True when one of the eight bytes needs an escape in RFC 8785 output: '"', '\\' or a
// control character. Everything else, U+2028 and DEL included, is written as it is.
inline bool needsEscape(std::uint64_t word)
{
    const auto hasZeroByte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighBits; };
    const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHighBits;
    return (hasZeroByte(word ^ (kOnes * '"')) | hasZeroByte(word ^ (kOnes * '\\')) | control) != 0;
}

// Appends into a QByteArray through a raw cursor: far fewer checks than one append() per
// token, which matters at hundreds of MB/s.
class ByteSink
{
public:
    explicit ByteSink(QByteArray &out)
        : m_out(out)
        , m_used(out.size())
    {
    }
    ~ByteSink() { m_out.truncate(m_used); }

    char *reserve(qsizetype bytes)
    {
        if (m_used + bytes > m_out.size())
            m_out.resize(std::max(m_out.size() * 2, m_used + bytes + 256));
        return m_out.data() + m_used;
    }
    void commit(qsizetype bytes) { m_used += bytes; }
    void put(char c) { *reserve(1) = c; commit(1); }
    void put(const char *text, qsizetype length)
    {
        std::memcpy(reserve(length), text, std::size_t(length));
        commit(length);
    }

private:
    QByteArray &m_out;
    qsizetype m_used;
};

void writeString(ByteSink &sink, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    sink.put('"');
    const char *p = text.data();
    const char *const end = p + text.size();
    const char *run = p;
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (!needsEscape(word)) {
                p += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++p;
            continue;
        }
        sink.put(run, p - run);
        char escape[6] = {'\\', 0, 0, 0, 0, 0};
        qsizetype length = 2;
        switch (c) {
        case '"': escape[1] = '"'; break;
        case '\\': escape[1] = '\\'; break;
        case '\b': escape[1] = 'b'; break;
        case '\f': escape[1] = 'f'; break;
        case '\n': escape[1] = 'n'; break;
        case '\r': escape[1] = 'r'; break;
        case '\t': escape[1] = 't'; break;
        default:
            std::memcpy(escape + 1, "u00", 3);
            escape[4] = kHex[c >> 4];
            escape[5] = kHex[c & 0xF];
            length = 6;
        }
        sink.put(escape, length);
        run = ++p;
    }
    sink.put(run, end - run);
    sink.put('"');
}

void writeNumber(ByteSink &sink, double value)
{
    char *target = sink.reserve(qsizetype(kMaxEcmaScriptNumberLength));
    sink.commit(qsizetype(formatEcmaScriptNumber(value, target)));
}

void writeScalar(ByteSink &sink, const JsonValue &value)
{
    switch (value.type()) {
    case JsonType::Null: sink.put("null", 4); break;
    case JsonType::Bool: value.toBool() ? sink.put("true", 4) : sink.put("false", 5); break;
    case JsonType::Number: writeNumber(sink, value.toNumber()); break;
    case JsonType::String: writeString(sink, value.toString()); break;
    case JsonType::Array:
    case JsonType::Object: break;
    }
}

void writeCanonical(ByteSink &sink, const JsonValue &value)
{
    if (value.isArray()) {
        sink.put('[');
        bool first = true;
        for (const JsonValue &element : value.elements()) {
            if (!first)
                sink.put(',');
            first = false;
            writeCanonical(sink, element);
        }
        sink.put(']');
    } else if (value.isObject()) {
        sink.put('{');
        bool first = true;
        for (const JsonMember &member : value.members()) {
            if (!first)
                sink.put(',');
            first = false;
            writeString(sink, member.name);
            sink.put(':');
            writeCanonical(sink, member.value);
        }
        sink.put('}');
    } else {
        writeScalar(sink, value);
    }
}

void writeIndentation(ByteSink &sink, int spaces)
{
    sink.put('\n');
    std::memset(sink.reserve(spaces), ' ', std::size_t(spaces));
    sink.commit(spaces);
}

void writePretty(ByteSink &sink, const JsonValue &value, int indent, int depth)
{
    if (!value.isContainer() || value.size() == 0) {
        if (value.isArray())
            sink.put("[]", 2);
        else if (value.isObject())
            sink.put("{}", 2);
        else
            writeScalar(sink, value);
        return;
    }
    const bool isObject = value.isObject();
    sink.put(isObject ? '{' : '[');
    for (std::uint32_t i = 0; i < value.size(); ++i) {
        if (i > 0)
            sink.put(',');
        writeIndentation(sink, indent * (depth + 1));
        if (isObject) {
            const JsonMember &member = value.members()[i];
            writeString(sink, member.name);
            sink.put(": ", 2);
            writePretty(sink, member.value, indent, depth + 1);
        } else {
            writePretty(sink, value.elements()[i], indent, depth + 1);
        }
    }
    writeIndentation(sink, indent * depth);
    sink.put(isObject ? '}' : ']');
}

} // namespace

void appendCanonicalJson(QByteArray &out, const JsonValue &value)
{
    ByteSink sink(out);
    writeCanonical(sink, value);
}

QByteArray canonicalJson(const JsonValue &value)
{
    QByteArray out;
    appendCanonicalJson(out, value);
    return out;
}

QByteArray prettyJson(const JsonValue &value, int indent)
{
    QByteArray out;
    {
        ByteSink sink(out);
        writePretty(sink, value, indent, 0);
    }
    return out;
}

void appendJsonString(QByteArray &out, std::string_view utf8)
{
    ByteSink sink(out);
    writeString(sink, utf8);
}

} // namespace sa::core
