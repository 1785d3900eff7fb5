#include "parcelwriter_p.h"

#include "parceltree_p.h"

namespace sa::core::Internal {

void JsonTextWriter::write(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Null:
        m_out += "null";
        break;
    case NodeKind::Bool:
    case NodeKind::Number:
        m_out += node.text;
        break;
    case NodeKind::String:
        writeString(node.text, node.escapeNonAscii);
        break;
    case NodeKind::Array:
        m_out += '[';
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            if (i > 0)
                m_out += ',';
            write(node.items[i]);
        }
        m_out += ']';
        break;
    case NodeKind::Object:
        m_out += '{';
        for (std::size_t i = 0; i < node.members.size(); ++i) {
            if (i > 0)
                m_out += ',';
            writeString(node.members[i].name, false);
            m_out += ':';
            write(node.members[i].value);
        }
        m_out += '}';
        break;
    }
}

void JsonTextWriter::writeString(std::string_view text, bool escapeNonAscii)
{
    m_out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool plain = byte >= 0x20 && byte != '"' && byte != '\\'
                           && (byte < 0x80 || !escapeNonAscii);
        if (plain)
            continue;
        m_out.append(text.substr(runStart, i - runStart));
        if (byte >= 0x80)
            i = writeEscapedCodePoint(text, i);
        else
            writeEscapedAscii(byte);
        runStart = i + 1;
    }
    m_out.append(text.substr(runStart));
    m_out += '"';
}

void JsonTextWriter::writeEscapedAscii(unsigned char byte)
{
    switch (byte) {
    case '"':
        m_out += "\\\"";
        return;
    case '\\':
        m_out += "\\\\";
        return;
    case '\n':
        m_out += "\\n";
        return;
    case '\t':
        m_out += "\\t";
        return;
    case '\r':
        m_out += "\\r";
        return;
    default:
        writeUnit(byte);
    }
}

// Decodes the (valid) UTF-8 sequence starting at `start`, writes it as \u escapes (a
// surrogate pair beyond the BMP) and returns the index of its last byte.
std::size_t JsonTextWriter::writeEscapedCodePoint(std::string_view text, std::size_t start)
{
    const auto lead = static_cast<unsigned char>(text[start]);
    const std::size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    char32_t codePoint = lead & (0x7f >> length);
    for (std::size_t i = 1; i < length; ++i)
        codePoint = (codePoint << 6) | (static_cast<unsigned char>(text[start + i]) & 0x3f);
    if (codePoint >= 0x10000) {
        codePoint -= 0x10000;
        writeUnit(0xd800 + (codePoint >> 10));
        writeUnit(0xdc00 + (codePoint & 0x3ff));
    } else {
        writeUnit(codePoint);
    }
    return start + length - 1;
}

void JsonTextWriter::writeUnit(char32_t unit)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char escape[6] = {'\\', 'u', kHex[(unit >> 12) & 0xf], kHex[(unit >> 8) & 0xf],
                            kHex[(unit >> 4) & 0xf], kHex[unit & 0xf]};
    m_out.append(escape, sizeof escape);
}

std::size_t serializedSize(const Node &node, std::string &scratch)
{
    scratch.clear();
    JsonTextWriter(scratch).write(node);
    return scratch.size();
}

} // namespace sa::core::Internal
