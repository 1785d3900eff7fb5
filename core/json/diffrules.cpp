#include "diffrules_p.h"

#include "jsondiff.h"
#include "jsonpointer.h"

#include <QCoreApplication>

#include <charconv>

namespace sa::core::Internal {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiffRules)
};

enum class PatternKind { IgnoredPath, IdentityKeyPath };

Result<std::vector<std::string>> patternTokens(const QString &pattern, PatternKind kind)
{
    const QByteArray utf8 = pattern.toUtf8();
    auto pointer = JsonPointer::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (!pointer) {
        QString message;
        if (kind == PatternKind::IgnoredPath) {
            //: %1: a JSON Pointer pattern ("*" matches any member), %2: why it is invalid
            message = Tr::tr("ignored path %1: %2");
        } else {
            //: %1: a JSON Pointer pattern ("*" matches any member), %2: why it is invalid
            message = Tr::tr("identity key path %1: %2");
        }
        return Error{ErrorCode::InvalidArgument, message.arg(pattern, pointer.error().message)};
    }
    return pointer->tokens();
}

} // namespace

Result<DiffRules> DiffRules::compile(const DiffOptions &options)
{
    DiffRules rules;
    rules.m_nodes.emplace_back();
    for (const QString &path : options.ignoredPaths) {
        auto tokens = patternTokens(path, PatternKind::IgnoredPath);
        if (!tokens)
            return tokens.error();
        rules.m_nodes[rules.addPath(*tokens)].ignored = true;
    }
    for (const IdentityKeyRule &rule : options.identityKeys) {
        auto tokens = patternTokens(rule.arrayPath, PatternKind::IdentityKeyPath);
        if (!tokens)
            return tokens.error();
        if (rule.member.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         Tr::tr("identity key for %1: the member name is empty")
                             .arg(rule.arrayPath)};
        }
        Node &node = rules.m_nodes[rules.addPath(*tokens)];
        node.hasIdentityKey = true;
        node.identityKey = rule.member.toStdString();
    }
    return rules;
}

DiffRules::State DiffRules::addPath(const std::vector<std::string> &tokens)
{
    State state = kRoot;
    for (const std::string &token : tokens) {
        State next = kNone;
        if (token == "*") {
            next = m_nodes[state].wildcard;
        } else {
            for (const auto &[name, child] : m_nodes[state].children) {
                if (name == token)
                    next = child;
            }
        }
        if (next == kNone) {
            next = State(m_nodes.size());
            m_nodes.emplace_back();
            if (token == "*")
                m_nodes[state].wildcard = next;
            else
                m_nodes[state].children.emplace_back(token, next);
        }
        state = next;
    }
    return state;
}

void DiffRules::stepMember(std::span<const State> current, std::string_view name,
                           std::vector<State> &next) const
{
    for (const State state : current) {
        const Node &node = m_nodes[state];
        if (node.wildcard != kNone)
            next.push_back(node.wildcard);
        for (const auto &[token, child] : node.children) {
            if (token == name)
                next.push_back(child);
        }
    }
}

void DiffRules::stepIndex(std::span<const State> current, std::uint32_t index,
                          std::vector<State> &next) const
{
    char digits[16];
    const auto written = std::to_chars(digits, digits + sizeof digits, index);
    stepMember(current, std::string_view(digits, std::size_t(written.ptr - digits)), next);
}

bool DiffRules::isIgnored(std::span<const State> states) const
{
    for (const State state : states) {
        if (m_nodes[state].ignored)
            return true;
    }
    return false;
}

const std::string *DiffRules::identityKey(std::span<const State> states) const
{
    for (const State state : states) {
        if (m_nodes[state].hasIdentityKey)
            return &m_nodes[state].identityKey;
    }
    return nullptr;
}

} // namespace sa::core::Internal
