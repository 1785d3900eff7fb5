#pragma once

#include "jsonvalue.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sa::core::Internal {

// How an element of the old array relates to the new array. A linked pair is the same
// element as far as matching can tell; whether and how it changed is for the caller to find
// out by comparing the two.
enum class ElementLink : std::uint8_t {
    None, // deleted (or, for a new element, inserted)
    Kept, // in order with the other kept elements
    Replaced, // in order, in place of an element it has little in common with: replaced whole
    Moved, // out of order: moved
};

inline bool isMove(ElementLink link)
{
    return link == ElementLink::Moved;
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

// Whether two array elements in the same place are worth comparing inside rather than
// replacing whole: same type and, for objects, at least half the member names in common.
bool shareShape(const JsonValue &a, const JsonValue &b);

struct ArrayMatchOptions
{
    const std::string *identityKey = nullptr; // not owned; nullptr: match by structural hash
    bool detectMoves = true;
};

// Aligns two arrays (the caller has already trimmed their common prefix and suffix).
// Elements are matched by their outline hash (jsonOutlineHash(): cheap, bounded per element,
// equal for equal elements and usually for the same record with a change deep inside):
// a Myers diff within a work bound, beyond it unique elements as anchors (longest increasing
// subsequence, then the gaps between them), then equal hashes out of order as moves.
// Elements left over between the same kept neighbours are paired when they look alike, so a
// record with a changed field is compared rather than deleted and re-added. A hash match is
// never taken as equality: the caller compares every linked pair, so a collision costs patch
// size, never correctness. Near-linear time; one matcher per thread, it keeps its scratch
// buffers between calls.
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
