#include "arraymatcher_p.h"

#include "jsonhash.h"

#include <algorithm>

namespace sa::core::Internal {

namespace {

// Element visits one align() may spend on matching by hash; what is left unmatched then is
// paired or reported as deleted and inserted, which is still a correct (if larger) patch.
constexpr std::int64_t kWorkBudget = std::int64_t(1) << 24;
// Myers needs O((M+N)·D) steps and O(D²) memory; past this many steps the anchor method
// takes over.
constexpr std::size_t kMyersSteps = std::size_t(1) << 20;
constexpr std::size_t kMyersMinEdits = 64;
// How far pairing looks for a better partner before it gives up on a neighbour.
constexpr std::size_t kPairLookahead = 4;
// Each move costs whoever applies the patch a shift of the array; beyond this many element
// shifts per array, elements out of order are left to pairing (replacements) instead.
constexpr std::size_t kMoveShiftBudget = std::size_t(1) << 26;
constexpr std::size_t kMinMoves = 16;
// Nodes an alikeness check looks at per member value.
constexpr int kAlikeBudget = 16;
// Identity-key hashes are salted so that a key value never matches a whole unkeyed element.
constexpr std::uint64_t kKeyedSalt = 0x6a09e667f3bcc909ULL;

// Whether two members or elements are probably equal; cheap, bounded per value.
bool probablyEqual(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    if (!a.isContainer())
        return deepEquals(a, b);
    return jsonOutlineHash(a, kAlikeBudget) == jsonOutlineHash(b, kAlikeBudget);
}

// Whether two unmatched elements are alike enough to be reported as one modified element.
bool looksAlike(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (!a.isObject())
        return true;
    const auto x = a.members();
    const auto y = b.members();
    std::size_t common = 0;
    std::size_t equal = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < x.size() && j < y.size()) {
        const int order = compareMemberNames(x[i].name, y[j].name);
        if (order < 0) {
            ++i;
        } else if (order > 0) {
            ++j;
        } else {
            ++common;
            if (probablyEqual(x[i].value, y[j].value))
                ++equal;
            ++i;
            ++j;
        }
    }
    // Same shape with at least half the values unchanged, or most values unchanged.
    return 4 * equal + 2 * common >= 3 * std::max(x.size(), y.size());
}

} // namespace

bool shareShape(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (!a.isObject())
        return true;
    std::size_t common = 0;
    for (const JsonMember &member : a.members())
        common += b.find(member.name) ? 1 : 0;
    return 2 * common >= std::max(a.size(), b.size());
}

void ArrayAlignment::reset(std::size_t oldSize, std::size_t newSize)
{
    oldToNew.assign(oldSize, -1);
    newToOld.assign(newSize, -1);
    oldLink.assign(oldSize, ElementLink::None);
    hasMoves = false;
}

void ArrayAlignment::link(std::size_t oldIndex, std::size_t newIndex, ElementLink kind)
{
    oldToNew[oldIndex] = std::int32_t(newIndex);
    newToOld[newIndex] = std::int32_t(oldIndex);
    oldLink[oldIndex] = kind;
    if (isMove(kind))
        hasMoves = true;
}

void ArrayMatcher::align(std::span<const JsonValue> oldElements,
                         std::span<const JsonValue> newElements, const ArrayMatchOptions &options,
                         ArrayAlignment &out)
{
    m_old = oldElements;
    m_new = newElements;
    m_options = options;
    m_out = &out;
    m_workLeft = kWorkBudget;
    out.reset(oldElements.size(), newElements.size());
    if (options.identityKey) {
        matchByIdentity();
    } else {
        matchByHash();
        if (options.detectMoves)
            matchMovedElements();
    }
    pairLeftovers();
    m_out = nullptr;
}

void ArrayMatcher::matchByHash()
{
    m_oldHash.resize(m_old.size());
    m_newHash.resize(m_new.size());
    for (std::size_t i = 0; i < m_old.size(); ++i)
        m_oldHash[i] = jsonOutlineHash(m_old[i]);
    for (std::size_t j = 0; j < m_new.size(); ++j)
        m_newHash[j] = jsonOutlineHash(m_new[j]);

    m_pending.clear();
    m_pending.push_back({0, std::uint32_t(m_old.size()), 0, std::uint32_t(m_new.size())});
    while (!m_pending.empty() && m_workLeft > 0) {
        const Range range = m_pending.back();
        m_pending.pop_back();
        matchRange(range);
    }
}

void ArrayMatcher::matchRange(const Range &range)
{
    ArrayAlignment &out = *m_out;
    m_oldLocal.clear();
    m_newLocal.clear();
    for (std::uint32_t i = range.oldBegin; i < range.oldEnd; ++i) {
        if (out.oldToNew[i] < 0)
            m_oldLocal.push_back(i);
    }
    for (std::uint32_t j = range.newBegin; j < range.newEnd; ++j) {
        if (out.newToOld[j] < 0)
            m_newLocal.push_back(j);
    }
    m_workLeft -= std::int64_t(m_oldLocal.size() + m_newLocal.size());

    // Gaps between anchors often start or end with equal runs: take them without a search.
    std::size_t front = 0;
    const std::size_t shorter = std::min(m_oldLocal.size(), m_newLocal.size());
    while (front < shorter && m_oldHash[m_oldLocal[front]] == m_newHash[m_newLocal[front]]) {
        out.link(m_oldLocal[front], m_newLocal[front], ElementLink::Kept);
        ++front;
    }
    std::size_t back = 0;
    while (front + back < shorter) {
        const std::uint32_t i = m_oldLocal[m_oldLocal.size() - 1 - back];
        const std::uint32_t j = m_newLocal[m_newLocal.size() - 1 - back];
        if (m_oldHash[i] != m_newHash[j])
            break;
        out.link(i, j, ElementLink::Kept);
        ++back;
    }
    m_oldLocal.erase(m_oldLocal.end() - std::ptrdiff_t(back), m_oldLocal.end());
    m_newLocal.erase(m_newLocal.end() - std::ptrdiff_t(back), m_newLocal.end());
    m_oldLocal.erase(m_oldLocal.begin(), m_oldLocal.begin() + std::ptrdiff_t(front));
    m_newLocal.erase(m_newLocal.begin(), m_newLocal.begin() + std::ptrdiff_t(front));
    if (m_oldLocal.empty() || m_newLocal.empty())
        return;

    m_oldSorted.clear();
    m_newSorted.clear();
    for (const std::uint32_t i : m_oldLocal)
        m_oldSorted.push_back({m_oldHash[i], i});
    for (const std::uint32_t j : m_newLocal)
        m_newSorted.push_back({m_newHash[j], j});
    std::sort(m_oldSorted.begin(), m_oldSorted.end());
    std::sort(m_newSorted.begin(), m_newSorted.end());
    m_workLeft -= std::int64_t(m_oldSorted.size() + m_newSorted.size()) * 8;

    // The longest common subsequence can be no longer than the multiset intersection, which
    // bounds the number of edits Myers would need from below.
    std::size_t common = 0;
    std::size_t uniqueCommon = 0;
    for (std::size_t a = 0, b = 0; a < m_oldSorted.size() && b < m_newSorted.size();) {
        if (m_oldSorted[a].hash < m_newSorted[b].hash) {
            ++a;
        } else if (m_newSorted[b].hash < m_oldSorted[a].hash) {
            ++b;
        } else {
            ++common;
            const bool unique = (a + 1 == m_oldSorted.size() || m_oldSorted[a + 1].hash != m_oldSorted[a].hash)
                                && (a == 0 || m_oldSorted[a - 1].hash != m_oldSorted[a].hash)
                                && (b + 1 == m_newSorted.size() || m_newSorted[b + 1].hash != m_newSorted[b].hash)
                                && (b == 0 || m_newSorted[b - 1].hash != m_newSorted[b].hash);
            uniqueCommon += unique ? 1 : 0;
            ++a;
            ++b;
        }
    }
    if (common == 0)
        return;
    // Records (mostly unique elements) anchor themselves in O(n log n); Myers' O((M+N)·D)
    // would cost far more on a long array with many scattered edits.
    const std::size_t smaller = std::min(m_oldLocal.size(), m_newLocal.size());
    const std::size_t total = m_oldLocal.size() + m_newLocal.size();
    const std::size_t maxEdits = std::min(total, std::max(kMyersMinEdits, kMyersSteps / total));
    if ((total < kMyersMinEdits || 2 * uniqueCommon < smaller) && total - 2 * common <= maxEdits
        && matchWithMyers(maxEdits)) {
        return;
    }
    matchAnchors(range);
}

bool ArrayMatcher::matchWithMyers(std::size_t maxEdits)
{
    // Myers' greedy O((M+N)·D) algorithm over element hashes. V[k] is the furthest x reached
    // on diagonal k = x - y; -1 marks a diagonal not reached. The frontier before each round
    // is kept so that the path can be walked back.
    const int oldCount = int(m_oldLocal.size());
    const int newCount = int(m_newLocal.size());
    const int maxD = int(maxEdits);
    const auto equalAt = [&](int x, int y) {
        return m_oldHash[m_oldLocal[std::size_t(x)]] == m_newHash[m_newLocal[std::size_t(y)]];
    };
    // Where a path onto diagonal k starts: down from k+1 or right from k-1, whichever gets
    // further while staying inside the grid.
    const auto start = [&](const std::int32_t *v, int k, int &fromK) {
        int best = -1;
        const int down = v[k + 1];
        if (down >= 0 && down - (k + 1) < newCount) {
            best = down;
            fromK = k + 1;
        }
        const int right = v[k - 1];
        if (right >= 0 && right < oldCount && right + 1 > best) {
            best = right + 1;
            fromK = k - 1;
        }
        return best;
    };

    const int width = 2 * maxD + 5;
    const int center = maxD + 2;
    m_myersFrontier.assign(std::size_t(width), -1);
    std::int32_t *v = m_myersFrontier.data() + center;
    m_myersTrace.clear();
    std::int64_t steps = 0;
    int endK = 0;
    int endD = -1;
    for (int d = 0; d <= maxD && endD < 0; ++d) {
        // Save the frontier of round d-1 on diagonals -(d+1)..d+1 for the walk back.
        m_myersTrace.insert(m_myersTrace.end(), v - (d + 1), v + (d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = 0;
            if (d > 0) {
                int fromK = 0;
                x = start(v, k, fromK);
                if (x < 0) {
                    v[k] = -1;
                    continue;
                }
            }
            // start() keeps every path inside the grid, so 0 <= y <= newCount.
            int y = x - k;
            const int runStart = x;
            while (x < oldCount && y < newCount && equalAt(x, y)) {
                ++x;
                ++y;
            }
            steps += 1 + (x - runStart);
            v[k] = x;
            if (x == oldCount && y == newCount) {
                endK = k;
                endD = d;
                break;
            }
        }
        steps += d;
        if (std::size_t(steps) > kMyersSteps)
            return false;
    }
    m_workLeft -= steps;
    if (endD < 0)
        return false;

    // Walk back from (M, N), collecting the diagonal runs (matches).
    int x = oldCount;
    int y = newCount;
    int k = endK;
    std::size_t traceEnd = m_myersTrace.size();
    for (int d = endD; d > 0; --d) {
        const std::size_t windowSize = std::size_t(2 * d + 3);
        const std::size_t windowStart = traceEnd - windowSize;
        const std::int32_t *previous = m_myersTrace.data() + windowStart + (d + 1);
        int fromK = 0;
        const int x0 = start(previous, k, fromK);
        while (x > x0) {
            --x;
            --y;
            const std::uint32_t i = m_oldLocal[std::size_t(x)];
            const std::uint32_t j = m_newLocal[std::size_t(y)];
            m_out->link(i, j, ElementLink::Kept);
        }
        x = previous[fromK];
        y = x - fromK;
        k = fromK;
        traceEnd = windowStart;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        const std::uint32_t i = m_oldLocal[std::size_t(x)];
        const std::uint32_t j = m_newLocal[std::size_t(y)];
        m_out->link(i, j, ElementLink::Kept);
    }
    return true;
}

void ArrayMatcher::matchAnchors(const Range &range)
{
    // Elements that occur exactly once on each side are reliable anchors (the idea of
    // patience diff); the sorted hash lists from matchRange() find them in one merge pass.
    m_candidates.clear();
    for (std::size_t a = 0, b = 0; a < m_oldSorted.size() && b < m_newSorted.size();) {
        const std::uint64_t hash = m_oldSorted[a].hash;
        if (hash < m_newSorted[b].hash) {
            ++a;
            continue;
        }
        if (m_newSorted[b].hash < hash) {
            ++b;
            continue;
        }
        std::size_t aEnd = a + 1;
        while (aEnd < m_oldSorted.size() && m_oldSorted[aEnd].hash == hash)
            ++aEnd;
        std::size_t bEnd = b + 1;
        while (bEnd < m_newSorted.size() && m_newSorted[bEnd].hash == hash)
            ++bEnd;
        if (aEnd == a + 1 && bEnd == b + 1)
            m_candidates.push_back({m_oldSorted[a].index, m_newSorted[b].index});
        a = aEnd;
        b = bEnd;
    }
    if (m_candidates.empty())
        return;
    std::sort(m_candidates.begin(), m_candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.oldIndex < y.oldIndex; });
    if (!keepLongestIncreasing(m_candidates))
        return;

    // Match what lies between consecutive anchors on its own (later, from the stack).
    std::uint32_t oldBegin = range.oldBegin;
    std::uint32_t newBegin = range.newBegin;
    const auto pushGap = [&](std::uint32_t oldEnd, std::uint32_t newEnd) {
        if (oldBegin < oldEnd && newBegin < newEnd)
            m_pending.push_back({oldBegin, oldEnd, newBegin, newEnd});
    };
    for (const Candidate &anchor : m_candidates) {
        pushGap(anchor.oldIndex, anchor.newIndex);
        oldBegin = anchor.oldIndex + 1;
        newBegin = anchor.newIndex + 1;
    }
    pushGap(range.oldEnd, range.newEnd);
}

bool ArrayMatcher::keepLongestIncreasing(std::vector<Candidate> &candidates)
{
    // Patience sorting: m_lisTails[len] is the candidate ending the best increasing run of
    // length len+1 found so far; parents rebuild the run.
    m_lisTails.clear();
    m_lisParent.assign(candidates.size(), -1);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const auto position = std::lower_bound(
            m_lisTails.begin(), m_lisTails.end(), candidates[c].newIndex,
            [&](std::uint32_t tail, std::uint32_t newIndex) {
                return candidates[tail].newIndex < newIndex;
            });
        if (position != m_lisTails.begin())
            m_lisParent[c] = std::int32_t(*(position - 1));
        if (position == m_lisTails.end())
            m_lisTails.push_back(std::uint32_t(c));
        else
            *position = std::uint32_t(c);
    }
    m_lisMember.assign(candidates.size(), false);
    for (std::int32_t c = m_lisTails.empty() ? -1 : std::int32_t(m_lisTails.back()); c >= 0;
         c = m_lisParent[std::size_t(c)]) {
        m_lisMember[std::size_t(c)] = true;
    }

    std::size_t runLength = 0;
    for (const bool member : m_lisMember)
        runLength += member ? 1 : 0;
    const std::size_t total = candidates.size();
    const bool allowMoves = m_options.detectMoves && movesAffordable(total - runLength);
    // A scrambled order (reversed, shuffled) with moves unaffordable: a few anchors would only
    // turn everything between them into deletions and insertions. Pairing by position does
    // better there.
    if (!allowMoves && 4 * runLength < total) {
        candidates.clear();
        return false;
    }

    std::size_t kept = 0;
    for (std::size_t c = 0; c < total; ++c) {
        const Candidate candidate = candidates[c];
        if (m_lisMember[c]) {
            m_out->link(candidate.oldIndex, candidate.newIndex, ElementLink::Kept);
            candidates[kept++] = candidate;
        } else if (allowMoves) {
            m_out->link(candidate.oldIndex, candidate.newIndex, ElementLink::Moved);
        }
    }
    candidates.resize(kept);
    return true;
}

bool ArrayMatcher::movesAffordable(std::size_t moves) const
{
    const std::size_t arraySize = std::max(m_old.size(), m_new.size());
    return moves <= std::max(kMinMoves, kMoveShiftBudget / arraySize);
}

void ArrayMatcher::matchMovedElements()
{
    // Myers and the gap searches only find elements in order; an element like one that was
    // deleted elsewhere in the array has moved.
    m_oldSorted.clear();
    m_newSorted.clear();
    for (std::uint32_t i = 0; i < m_old.size(); ++i) {
        if (m_out->oldToNew[i] < 0)
            m_oldSorted.push_back({m_oldHash[i], i});
    }
    for (std::uint32_t j = 0; j < m_new.size(); ++j) {
        if (m_out->newToOld[j] < 0)
            m_newSorted.push_back({m_newHash[j], j});
    }
    if (m_oldSorted.empty() || m_newSorted.empty())
        return;
    std::sort(m_oldSorted.begin(), m_oldSorted.end());
    std::sort(m_newSorted.begin(), m_newSorted.end());
    m_candidates.clear();
    for (std::size_t a = 0, b = 0; a < m_oldSorted.size() && b < m_newSorted.size();) {
        if (m_oldSorted[a].hash < m_newSorted[b].hash) {
            ++a;
        } else if (m_newSorted[b].hash < m_oldSorted[a].hash) {
            ++b;
        } else {
            m_candidates.push_back({m_oldSorted[a].index, m_newSorted[b].index});
            ++a;
            ++b;
        }
    }
    if (!movesAffordable(m_candidates.size()))
        return;
    for (const Candidate &candidate : m_candidates)
        m_out->link(candidate.oldIndex, candidate.newIndex, ElementLink::Moved);
}

void ArrayMatcher::matchByIdentity()
{
    // Records are matched by the value of the identity member; elements without it (or that
    // are not objects) by their whole value. The k-th occurrence of a key on one side goes
    // with the k-th on the other.
    const std::string &key = *m_options.identityKey;
    const auto keyOf = [&](const JsonValue &element, bool &keyed) {
        const JsonValue *value = element.isObject() ? element.find(key) : nullptr;
        keyed = value != nullptr;
        return value ? jsonHash(*value) ^ kKeyedSalt : jsonOutlineHash(element);
    };
    m_oldKeyed.resize(m_old.size());
    m_newKeyed.resize(m_new.size());
    m_oldSorted.clear();
    m_newSorted.clear();
    for (std::uint32_t i = 0; i < m_old.size(); ++i) {
        bool keyed = false;
        m_oldSorted.push_back({keyOf(m_old[i], keyed), i});
        m_oldKeyed[i] = keyed;
    }
    for (std::uint32_t j = 0; j < m_new.size(); ++j) {
        bool keyed = false;
        m_newSorted.push_back({keyOf(m_new[j], keyed), j});
        m_newKeyed[j] = keyed;
    }
    std::sort(m_oldSorted.begin(), m_oldSorted.end());
    std::sort(m_newSorted.begin(), m_newSorted.end());

    m_candidates.clear();
    for (std::size_t a = 0, b = 0; a < m_oldSorted.size() && b < m_newSorted.size();) {
        if (m_oldSorted[a].hash < m_newSorted[b].hash) {
            ++a;
        } else if (m_newSorted[b].hash < m_oldSorted[a].hash) {
            ++b;
        } else {
            const std::uint32_t i = m_oldSorted[a].index;
            const std::uint32_t j = m_newSorted[b].index;
            // Keys are compared in full: a hash collision must not merge two records.
            if (m_oldKeyed[i] && m_newKeyed[j]) {
                if (deepEquals(*m_old[i].find(key), *m_new[j].find(key)))
                    m_candidates.push_back({i, j});
            } else if (!m_oldKeyed[i] && !m_newKeyed[j]) {
                m_candidates.push_back({i, j});
            }
            ++a;
            ++b;
        }
    }
    std::sort(m_candidates.begin(), m_candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.oldIndex < y.oldIndex; });
    keepLongestIncreasing(m_candidates);
}

bool ArrayMatcher::pairable(std::uint32_t oldIndex, std::uint32_t newIndex) const
{
    // Two records with different identities are never the same record modified.
    return !m_options.identityKey || (!m_oldKeyed[oldIndex] && !m_newKeyed[newIndex]);
}

void ArrayMatcher::pairLeftovers()
{
    const ArrayAlignment &out = *m_out;
    const auto isKeptOld = [&](std::size_t i) {
        return out.oldToNew[i] >= 0 && !isMove(out.oldLink[i]);
    };
    const auto isKeptNew = [&](std::size_t j) {
        return out.newToOld[j] >= 0 && !isMove(out.oldLink[std::size_t(out.newToOld[j])]);
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (true) {
        m_gapDeleted.clear();
        m_gapInserted.clear();
        for (; i < m_old.size() && !isKeptOld(i); ++i) {
            if (out.oldToNew[i] < 0)
                m_gapDeleted.push_back(std::uint32_t(i));
        }
        for (; j < m_new.size() && !isKeptNew(j); ++j) {
            if (out.newToOld[j] < 0)
                m_gapInserted.push_back(std::uint32_t(j));
        }
        if (!m_gapDeleted.empty() && !m_gapInserted.empty())
            pairGap(m_gapDeleted, m_gapInserted);
        if (i >= m_old.size())
            break;
        ++i;
        ++j;
    }
}

void ArrayMatcher::pairGap(std::span<const std::uint32_t> deleted,
                           std::span<const std::uint32_t> inserted)
{
    const auto alike = [&](std::uint32_t oldIndex, std::uint32_t newIndex) {
        return pairable(oldIndex, newIndex) && looksAlike(m_old[oldIndex], m_new[newIndex]);
    };
    std::size_t a = 0;
    std::size_t b = 0;
    while (a < deleted.size() && b < inserted.size()) {
        if (alike(deleted[a], inserted[b])) {
            m_out->link(deleted[a++], inserted[b++], ElementLink::Kept);
            continue;
        }
        // A real deletion or insertion next to pairs: find the partner a little further on
        // rather than pairing everything after it with the wrong neighbour.
        bool skipped = false;
        for (std::size_t step = 1; step <= kPairLookahead && !skipped; ++step) {
            if (a + step < deleted.size() && alike(deleted[a + step], inserted[b])) {
                a += step;
                skipped = true;
            } else if (b + step < inserted.size() && alike(deleted[a], inserted[b + step])) {
                b += step;
                skipped = true;
            }
        }
        if (skipped)
            continue;
        const std::size_t deletedLeft = deleted.size() - a;
        const std::size_t insertedLeft = inserted.size() - b;
        if (deletedLeft > insertedLeft) {
            ++a;
        } else if (insertedLeft > deletedLeft) {
            ++b;
        } else {
            // As many removed as added here: one modification each is the smaller report,
            // compared inside when the two at least share their shape.
            if (pairable(deleted[a], inserted[b])) {
                const bool sameShape = shareShape(m_old[deleted[a]], m_new[inserted[b]]);
                m_out->link(deleted[a], inserted[b],
                            sameShape ? ElementLink::Kept : ElementLink::Replaced);
            }
            ++a;
            ++b;
        }
    }
}

} // namespace sa::core::Internal
