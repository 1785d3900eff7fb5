#include "jsonpointer.h"

#include <QCoreApplication>

#include <limits>

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonPointer)
};

QString quoted(std::string_view text)
{
    return u'"' + QString::fromUtf8(text.data(), qsizetype(text.size())) + u'"';
}

Error pointerError(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

} // namespace

Result<JsonPointer> JsonPointer::parse(std::string_view text)
{
    if (text.empty())
        return JsonPointer();
    if (text.front() != '/') {
        return pointerError(Tr::tr("JSON Pointer %1 must be empty or start with \"/\"")
                                .arg(quoted(text)));
    }
    std::vector<std::string> tokens;
    std::size_t start = 1;
    while (true) {
        const std::size_t slash = text.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? text.size() : slash;
        auto token = unescapeToken(text.substr(start, end - start));
        if (!token) {
            return pointerError(
                Tr::tr("JSON Pointer %1: \"~\" must be followed by \"0\" or \"1\" "
                       "(in reference token %2)")
                    .arg(quoted(text))
                    .arg(tokens.size() + 1));
        }
        tokens.push_back(std::move(*token));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return JsonPointer(std::move(tokens));
}

bool JsonPointer::isPrefixOf(const JsonPointer &other) const
{
    if (m_tokens.size() > other.m_tokens.size())
        return false;
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens[i] != other.m_tokens[i])
            return false;
    }
    return true;
}

std::string JsonPointer::toStdString() const
{
    std::string out;
    for (const std::string &token : m_tokens) {
        out += '/';
        appendEscapedToken(out, token);
    }
    return out;
}

QString JsonPointer::toString() const
{
    const std::string text = toStdString();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

Result<JsonValue> JsonPointer::resolve(const JsonValue &root) const
{
    JsonValue current = root;
    std::string prefix;
    for (const std::string &token : m_tokens) {
        const auto where = [&] {
            //: A place in a JSON document: the document itself (where a JSON Pointer is "")
            return prefix.empty() ? Tr::tr("the root") : quoted(prefix);
        };
        if (current.isObject()) {
            const JsonValue *member = current.find(token);
            if (!member) {
                return Error{ErrorCode::NotFound,
                             Tr::tr("the object at %1 has no member %2")
                                 .arg(where(), quoted(token))};
            }
            current = *member;
        } else if (current.isArray()) {
            const auto index = arrayIndex(token);
            if (!index) {
                return Error{ErrorCode::InvalidArgument,
                             Tr::tr("%1 is not an array index (at %2)")
                                 .arg(quoted(token), where())};
            }
            if (*index >= current.size()) {
                return Error{ErrorCode::NotFound,
                             Tr::tr("index %1 is out of range: the array at %2 has %3 "
                                    "elements")
                                 .arg(*index)
                                 .arg(where())
                                 .arg(current.size())};
            }
            current = current.elements()[*index];
        } else {
            //: %1: a member name or index, %2: a JSON type name (number, string, boolean, null),
            //: %3: where in the document
            return Error{ErrorCode::NotFound,
                         Tr::tr("cannot look up %1 in the %2 at %3")
                             .arg(quoted(token), QLatin1String(jsonTypeName(current.type())),
                                  where())};
        }
        prefix += '/';
        appendEscapedToken(prefix, token);
    }
    return current;
}

void JsonPointer::appendEscapedToken(std::string &out, std::string_view token)
{
    if (token.find_first_of("~/") == std::string_view::npos) {
        out.append(token);
        return;
    }
    for (const char c : token) {
        if (c == '~')
            out.append("~0");
        else if (c == '/')
            out.append("~1");
        else
            out.push_back(c);
    }
}

std::string JsonPointer::escapeToken(std::string_view token)
{
    std::string out;
    appendEscapedToken(out, token);
    return out;
}

std::optional<std::string> JsonPointer::unescapeToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] != '~') {
            out.push_back(token[i]);
            continue;
        }
        if (i + 1 >= token.size())
            return std::nullopt;
        const char next = token[++i];
        if (next == '0')
            out.push_back('~');
        else if (next == '1')
            out.push_back('/');
        else
            return std::nullopt;
    }
    return out;
}

std::optional<std::uint32_t> JsonPointer::arrayIndex(std::string_view token)
{
    if (token.empty() || (token.size() > 1 && token.front() == '0'))
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
        // Arrays hold at most uint32 elements, so longer numbers cannot name one.
        if (value > std::numeric_limits<std::uint32_t>::max())
            return std::nullopt;
    }
    return std::uint32_t(value);
}

} // namespace sa::core
