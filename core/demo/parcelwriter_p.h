// JsonTextWriter and serializedSize(): a parcel report's Node tree as compact JSON text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sa::core::Internal {

struct Node;

// Writes a Node tree as compact JSON.
class JsonTextWriter
{
public:
    explicit JsonTextWriter(std::string &out) : m_out(out) {}

    void write(const Node &node);

private:
    void writeString(std::string_view text, bool escapeNonAscii);
    void writeEscapedAscii(unsigned char byte);
    std::size_t writeEscapedCodePoint(std::string_view text, std::size_t start);
    void writeUnit(char32_t unit);

    std::string &m_out;
};

// The length of `node` as compact JSON; `scratch` is reused between calls to save allocations.
std::size_t serializedSize(const Node &node, std::string &scratch);

} // namespace sa::core::Internal
