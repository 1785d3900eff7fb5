#include "legacychecksum.h"

#include "canonicaljson.h"
#include "sha256.h"

#include <algorithm>
#include <string>
#include <vector>

namespace sa::core {
namespace {

// Object.keys(root).sort(): member names of an object, the indices of an array (as
// strings, so "10" sorts before "2"); other roots have no nested objects to filter.
std::vector<std::string> propertyList(const JsonValue &root)
{
    std::vector<std::string> keys;
    if (root.isObject()) {
        for (const JsonMember &member : root.members())
            keys.emplace_back(member.name); // already in UTF-16 order
    } else if (root.isArray()) {
        for (std::uint32_t i = 0; i < root.size(); ++i)
            keys.push_back(std::to_string(i));
        std::sort(keys.begin(), keys.end());
    }
    return keys;
}

class ReplacerWriter
{
public:
    explicit ReplacerWriter(std::vector<std::string> keys)
        : m_keys(std::move(keys))
    {
    }

    void write(const JsonValue &value)
    {
        if (value.isArray()) {
            m_text += '[';
            bool first = true;
            for (const JsonValue &element : value.elements()) {
                if (!first)
                    m_text += ',';
                first = false;
                write(element);
            }
            m_text += ']';
        } else if (value.isObject()) {
            // In list order, each listed name the object has (a lookup per name, as
            // SerializeJSONObject does with the PropertyList).
            m_text += '{';
            bool first = true;
            for (const std::string &key : m_keys) {
                const JsonValue *member = value.find(key);
                if (!member)
                    continue;
                if (!first)
                    m_text += ',';
                first = false;
                appendJsonString(m_text, key);
                m_text += ':';
                write(*member);
            }
            m_text += '}';
        } else {
            ++m_covered;
            appendCanonicalJson(m_text, value);
        }
    }

    QByteArray takeText() { return std::move(m_text); }
    int covered() const { return m_covered; }

private:
    std::vector<std::string> m_keys;
    QByteArray m_text;
    int m_covered = 0;
};

int countScalars(const JsonValue &value)
{
    if (!value.isContainer())
        return 1;
    int count = 0;
    if (value.isArray()) {
        for (const JsonValue &element : value.elements())
            count += countScalars(element);
    } else {
        for (const JsonMember &member : value.members())
            count += countScalars(member.value);
    }
    return count;
}

} // namespace

LegacyChecksum ccp04Checksum(const JsonValue &root)
{
    ReplacerWriter writer(propertyList(root));
    writer.write(root);
    LegacyChecksum result;
    result.coveredValues = writer.covered();
    result.totalValues = countScalars(root);
    result.checksum = sha256Hex(writer.takeText());
    return result;
}

} // namespace sa::core
