#pragma once

#include "../result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sa::core {
struct DiffOptions;
}

namespace sa::core::Internal {

// The path rules of DiffOptions (ignored paths, identity keys) compiled into a trie of
// reference tokens. The diff walk keeps the set of trie nodes its current path has reached
// and steps it one token at a time, so matching costs nothing once no rule can apply below.
class DiffRules
{
public:
    using State = std::uint32_t;
    static constexpr State kRoot = 0;

    [[nodiscard]] static Result<DiffRules> compile(const DiffOptions &options);

    bool isEmpty() const { return m_nodes.size() <= 1; }

    // Appends to `next` the states reached from `current` through one path token.
    void stepMember(std::span<const State> current, std::string_view name,
                    std::vector<State> &next) const;
    void stepIndex(std::span<const State> current, std::uint32_t index,
                   std::vector<State> &next) const;

    bool isIgnored(std::span<const State> states) const;
    // The identity member for the elements of an array at a path in `states`, or nullptr.
    const std::string *identityKey(std::span<const State> states) const;

private:
    static constexpr State kNone = ~State(0);

    struct Node
    {
        std::vector<std::pair<std::string, State>> children;
        State wildcard = kNone;
        bool ignored = false;
        bool hasIdentityKey = false;
        std::string identityKey;
    };

    State addPath(const std::vector<std::string> &tokens);

    std::vector<Node> m_nodes;
};

} // namespace sa::core::Internal
