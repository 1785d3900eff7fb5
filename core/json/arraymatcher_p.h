#pragma once

#include "jsonvalue.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sa::core::Internal {

// How an element of the old array relates to the new array.
enum class ElementLink : std::uint8_t {
    None, // deleted (or, for a new element, inserted)
    Equal, // kept, identical
    Compare, // kept, differs or may differ: compare recursively
    Moved, // moved, identical
    MovedCompare, // moved, compare recursively (identity-key matches)
};

inline bool isMove(ElementLink link)
{
    return link == ElementLink::Moved || link == ElementLink::MovedCompare;
}

// The correspondence between two arrays. Kept (non-moved) pairs are increasing in both
// indices, so the kept elements alone form a common subsequence.
struct ArrayAlignment
{
    std::vector<std::int32_t> oldToNew; // -1: deleted
    std::vector<std::int32_t> newToOld; // -1: inserted
    std::vector<ElementLink> oldLink;
    bool hasMoves = false;

    void reset(std::size_t oldSize, std::size_t newSize);
    void link(std::size_t oldIndex, std::size_t newIndex, ElementLink kind);
};

struct ArrayMatchOptions
{
    const std::string *identityKey = nullptr; // not owned; nullptr: match by structural hash
    bool detectMoves = true;
};

// Aligns two arrays (the caller has already trimmed their common prefix and suffix).
// Exact matching first: a Myers diff over element hashes within a work bound, beyond it
// unique elements as anchors (longest increasing subsequence, then the gaps between them),
// every hash match confirmed with deepEquals(). Elements left over between the same kept
// neighbours are then paired when they look alike, so a record with one changed field is
// compared rather than deleted and re-added. Near-linear time; one matcher per thread, it
// keeps its scratch buffers between calls.
class ArrayMatcher
{
public:
    void align(std::span<const JsonValue> oldElements, std::span<const JsonValue> newElements,
               const ArrayMatchOptions &options, ArrayAlignment &out);

private:
    struct Keyed
    {
        std::uint64_t hash;
        std::uint32_t index;
        bool operator<(const Keyed &other) const
        {
            return hash != other.hash ? hash < other.hash : index < other.index;
        }
    };
    struct Range
    {
        std::uint32_t oldBegin, oldEnd, newBegin, newEnd;
    };
    struct Candidate
    {
        std::uint32_t oldIndex, newIndex;
        bool identical; // confirmed deepEquals, so nothing to compare inside
    };

    void matchByHash();
    void matchRange(const Range &range);
    bool matchWithMyers(std::size_t maxEdits);
    void matchAnchors(const Range &range);
    void matchByIdentity();
    // Links the longest run of candidates increasing in both indices as kept, the others
    // as moved (or not at all when moves are off or too many); leaves only the kept ones.
    // False when the order is too scrambled to search the gaps between them.
    bool keepLongestIncreasing(std::vector<Candidate> &candidates);
    bool movesAffordable(std::size_t moves) const;
    void matchMovedElements();
    void pairLeftovers();
    void pairGap(std::span<const std::uint32_t> deleted, std::span<const std::uint32_t> inserted);
    bool pairable(std::uint32_t oldIndex, std::uint32_t newIndex) const;
    bool confirmEqual(std::uint32_t oldIndex, std::uint32_t newIndex);

    std::span<const JsonValue> m_old;
    std::span<const JsonValue> m_new;
    ArrayMatchOptions m_options;
    ArrayAlignment *m_out = nullptr;
    std::int64_t m_workLeft = 0;

    std::vector<std::uint64_t> m_oldHash;
    std::vector<std::uint64_t> m_newHash;
    std::vector<bool> m_oldKeyed;
    std::vector<bool> m_newKeyed;
    std::vector<Range> m_pending;
    std::vector<std::uint32_t> m_oldLocal;
    std::vector<std::uint32_t> m_newLocal;
    std::vector<Keyed> m_oldSorted;
    std::vector<Keyed> m_newSorted;
    std::vector<Candidate> m_candidates;
    std::vector<std::int32_t> m_myersTrace;
    std::vector<std::int32_t> m_myersFrontier;
    std::vector<std::uint32_t> m_lisTails;
    std::vector<std::int32_t> m_lisParent;
    std::vector<bool> m_lisMember;
    std::vector<std::uint32_t> m_gapDeleted;
    std::vector<std::uint32_t> m_gapInserted;
};

} // namespace sa::core::Internal
