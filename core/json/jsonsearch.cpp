#include "jsonsearch.h"

#include "ecmascriptnumber.h"
#include "jsonpointer.h"

#include <algorithm>
#include <cctype>

namespace sa::core {
namespace {

class Finder
{
public:
    Finder(const QString &needle, std::size_t maxMatches, const std::function<bool()> &isCancelled)
        : m_needle(needle.toLower().toStdString())
        , m_unicodeNeedle(needle)
        , m_needleIsAscii(std::all_of(m_needle.begin(), m_needle.end(), [](char c) { return (c & 0x80) == 0; }))
        , m_maxMatches(maxMatches)
        , m_isCancelled(isCancelled)
    {
    }

    void visit(const JsonValue &value)
    {
        if (done())
            return;
        switch (value.type()) {
        case JsonType::Array:
            for (std::size_t i = 0; i < value.elements().size() && !done(); ++i) {
                const std::size_t length = enter(std::to_string(i));
                visit(value.elements()[i]);
                m_pointer.resize(length);
            }
            return;
        case JsonType::Object:
            for (const JsonMember &member : value.members()) {
                if (done())
                    return;
                const std::size_t length = m_pointer.size();
                m_pointer.push_back('/');
                JsonPointer::appendEscapedToken(m_pointer, member.name);
                if (contains(member.name))
                    m_matches.push_back(m_pointer);
                visit(member.value);
                m_pointer.resize(length);
            }
            return;
        case JsonType::String:
            if (contains(value.toString()))
                m_matches.push_back(m_pointer);
            return;
        case JsonType::Number: {
            char buffer[kMaxEcmaScriptNumberLength];
            if (contains({buffer, formatEcmaScriptNumber(value.toNumber(), buffer)}))
                m_matches.push_back(m_pointer);
            return;
        }
        case JsonType::Bool:
            if (contains(value.toBool() ? "true" : "false"))
                m_matches.push_back(m_pointer);
            return;
        case JsonType::Null:
            if (contains("null"))
                m_matches.push_back(m_pointer);
            return;
        }
    }

    std::vector<std::string> takeMatches() { return std::move(m_matches); }

private:
    std::size_t enter(const std::string &token)
    {
        const std::size_t length = m_pointer.size();
        m_pointer.push_back('/');
        m_pointer += token;
        return length;
    }

    bool done()
    {
        // Checking the callback for every node would cost more than the search itself.
        if (m_isCancelled && (++m_visits & 0xFFF) == 0 && m_isCancelled())
            m_cancelled = true;
        return m_cancelled || m_matches.size() >= m_maxMatches;
    }

    bool contains(std::string_view text) const
    {
        // Non-ASCII text needs Unicode case folding: the slower QString path.
        if (!m_needleIsAscii || std::any_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; }))
            return QString::fromUtf8(text.data(), qsizetype(text.size())).contains(m_unicodeNeedle, Qt::CaseInsensitive);
        const auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
        return std::search(text.begin(), text.end(), m_needle.begin(), m_needle.end(),
                           [&](char a, char b) { return lower(a) == b; })
            != text.end();
    }

    const std::string m_needle; // lowercase UTF-8
    const QString m_unicodeNeedle;
    const bool m_needleIsAscii;
    const std::size_t m_maxMatches;
    const std::function<bool()> &m_isCancelled;
    std::string m_pointer;
    std::vector<std::string> m_matches;
    std::size_t m_visits = 0;
    bool m_cancelled = false;
};

} // namespace

std::vector<std::string> findInJson(const JsonValue &root, const QString &needle, std::size_t maxMatches,
                                    const std::function<bool()> &isCancelled)
{
    if (needle.isEmpty())
        return {};
    Finder finder(needle, maxMatches, isCancelled);
    finder.visit(root);
    return finder.takeMatches();
}

} // namespace sa::core
