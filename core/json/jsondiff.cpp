#include "jsondiff.h"

#include "arraymatcher_p.h"
#include "canonicaljson.h"
#include "diffrules_p.h"
#include "jsonpointer.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <memory>
#include <string>

namespace sa::core {

namespace {

using Internal::ArrayAlignment;
using Internal::DiffRules;
using Internal::ElementLink;

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonDiff)
};

// One step of the current path. Array steps carry three indices because the same element
// sits at different positions in the old document, the new one, and the array being
// patched while the patch runs.
struct PathFrame
{
    std::string_view name;
    std::uint32_t oldIndex = 0;
    std::uint32_t newIndex = 0;
    std::uint32_t patchIndex = 0;
    bool isIndex = false;
};

enum class PathSide { Old, New, Patch };

// Prefix sums over slot presence, for array patches with moves: the index an operation
// names is the number of elements present before its slot at that moment.
class PresenceCounter
{
public:
    void reset(std::size_t size)
    {
        m_tree.assign(size + 1, 0);
    }
    void add(std::size_t slot, int delta)
    {
        for (std::size_t i = slot + 1; i < m_tree.size(); i += i & (~i + 1))
            m_tree[i] += delta;
    }
    // Sum over slots [0, slot).
    std::uint32_t before(std::size_t slot) const
    {
        std::int64_t sum = 0;
        for (std::size_t i = slot; i > 0; i -= i & (~i + 1))
            sum += m_tree[i];
        return std::uint32_t(sum);
    }

private:
    std::vector<std::int32_t> m_tree;
};

enum class SlotKind : std::uint8_t { Deleted, Origin, Kept, Inserted, Destination };

struct Slot
{
    SlotKind kind;
    std::uint32_t oldIndex; // into the middle of the old array
    std::uint32_t newIndex; // into the middle of the new array
};

// Per array-nesting level, so that recursion into elements does not clobber the alignment
// its caller is still walking, and buffers are reused across sibling arrays.
struct ArrayScratch
{
    ArrayAlignment alignment;
    std::vector<Slot> layout;
    std::vector<std::uint32_t> originSlot;
    PresenceCounter presence;
    std::vector<std::uint32_t> differing;
};

// Containers are immutable, so two that point at the same memory are equal without a look
// inside: a document made by applyPatch() shares every untouched subtree with its source, and
// comparing the two then costs only what the patch touched.
bool sameStorage(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    if (a.isArray())
        return a.elements().data() == b.elements().data();
    if (a.isObject())
        return a.members().data() == b.members().data();
    return false;
}

bool identical(const JsonValue &a, const JsonValue &b)
{
    return sameStorage(a, b) || deepEquals(a, b);
}

bool sameScalar(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case JsonType::Null: return true;
    case JsonType::Bool: return a.toBool() == b.toBool();
    case JsonType::Number: return a.toNumber() == b.toNumber();
    case JsonType::String: return a.toString() == b.toString();
    case JsonType::Array:
    case JsonType::Object: return false;
    }
    return false;
}

class Differ
{
public:
    Differ(const DiffOptions &options, const DiffRules &rules, JsonDiff &out)
        : m_options(options)
        , m_rules(rules)
        , m_hasRules(!rules.isEmpty())
        , m_out(out)
    {
        if (m_hasRules) {
            m_ruleStates.push_back(DiffRules::kRoot);
            m_ruleFrames.push_back(0);
        }
    }

    void run(const JsonValue &oldValue, const JsonValue &newValue)
    {
        if (m_options.buildPatch)
            m_out.patch.append('[');
        if (m_hasRules && m_rules.isIgnored(currentRuleStates()))
            noteHidden(!deepEquals(oldValue, newValue));
        else
            compare(oldValue, newValue);
        if (m_options.buildPatch)
            m_out.patch.append(']');
    }

private:
    void compare(const JsonValue &a, const JsonValue &b);
    void compareObjects(const JsonValue &a, const JsonValue &b);
    void compareArrays(const JsonValue &a, const JsonValue &b);
    bool compareInPlace(std::span<const JsonValue> oldMiddle, std::span<const JsonValue> newMiddle,
                        std::uint32_t offset, std::vector<std::uint32_t> &differing);
    void compareKept(const JsonValue &a, const JsonValue &b, ElementLink link);
    void walkWithoutMoves(std::span<const JsonValue> oldMiddle,
                          std::span<const JsonValue> newMiddle, std::uint32_t offset,
                          const ArrayAlignment &alignment);
    void walkWithMoves(std::span<const JsonValue> oldMiddle, std::span<const JsonValue> newMiddle,
                       std::uint32_t offset, ArrayScratch &scratch);
    ArrayScratch &scratchForDepth();

    // Path frames. Each push returns false when the new path is ignored.
    bool pushMember(std::string_view name);
    bool pushIndex(std::uint32_t oldIndex, std::uint32_t newIndex, std::uint32_t patchIndex,
                   std::uint32_t ruleIndex);
    void pop();
    std::span<const DiffRules::State> currentRuleStates() const;
    void noteHidden(bool differs)
    {
        if (differs)
            m_out.patchIsExact = false;
    }

    // Reporting.
    void added(const JsonValue &value);
    void deleted(const JsonValue &value);
    void modified(const JsonValue &oldValue, const JsonValue &newValue);
    void moved(const JsonValue &oldValue, const JsonValue &newValue, std::uint32_t from,
               std::uint32_t to);
    void record(ChangeKind kind, const JsonValue &oldValue, const JsonValue &newValue);
    void buildPath(PathSide side, std::string &out) const;
    QString pathString(PathSide side);
    void writeOp(std::string_view op, const std::string *from, const JsonValue *value);

    const DiffOptions &m_options;
    const DiffRules &m_rules;
    const bool m_hasRules;
    JsonDiff &m_out;
    std::vector<PathFrame> m_path;
    std::vector<DiffRules::State> m_ruleStates;
    std::vector<std::size_t> m_ruleFrames;
    std::vector<DiffRules::State> m_ruleStep;
    std::string m_pathText;
    std::string m_fromText;
    bool m_firstOp = true;
    Internal::ArrayMatcher m_matcher;
    std::vector<std::unique_ptr<ArrayScratch>> m_arrayScratch;
    std::size_t m_arrayDepth = 0;
};

void Differ::compare(const JsonValue &a, const JsonValue &b)
{
    if (sameStorage(a, b))
        return;
    if (a.type() != b.type()) {
        modified(a, b);
        return;
    }
    switch (a.type()) {
    case JsonType::Null:
        return;
    case JsonType::Bool:
        if (a.toBool() != b.toBool())
            modified(a, b);
        return;
    case JsonType::Number:
        if (a.toNumber() != b.toNumber()) {
            if (std::abs(a.toNumber() - b.toNumber()) <= m_options.numericTolerance)
                noteHidden(true);
            else
                modified(a, b);
        }
        return;
    case JsonType::String:
        if (a.toString() != b.toString())
            modified(a, b);
        return;
    case JsonType::Array:
        compareArrays(a, b);
        return;
    case JsonType::Object:
        compareObjects(a, b);
        return;
    }
}

void Differ::compareObjects(const JsonValue &a, const JsonValue &b)
{
    // Members are sorted the same way on both sides: one merge pass.
    const auto x = a.members();
    const auto y = b.members();
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < x.size() || j < y.size()) {
        int order;
        if (i == x.size())
            order = 1;
        else if (j == y.size())
            order = -1;
        else if (x[i].name == y[j].name) // the usual case, and cheaper than ordering
            order = 0;
        else
            order = compareMemberNames(x[i].name, y[j].name);

        if (order == 0) {
            if (!sameScalar(x[i].value, y[j].value)) {
                if (pushMember(x[i].name))
                    compare(x[i].value, y[j].value);
                else
                    noteHidden(!deepEquals(x[i].value, y[j].value));
                pop();
            }
            ++i;
            ++j;
        } else if (order < 0) {
            if (pushMember(x[i].name))
                deleted(x[i].value);
            else
                noteHidden(true);
            pop();
            ++i;
        } else {
            if (pushMember(y[j].name))
                added(y[j].value);
            else
                noteHidden(true);
            pop();
            ++j;
        }
    }
}

ArrayScratch &Differ::scratchForDepth()
{
    if (m_arrayScratch.size() <= m_arrayDepth)
        m_arrayScratch.push_back(std::make_unique<ArrayScratch>());
    return *m_arrayScratch[m_arrayDepth];
}

void Differ::compareArrays(const JsonValue &a, const JsonValue &b)
{
    const auto x = a.elements();
    const auto y = b.elements();
    std::size_t prefix = 0;
    while (prefix < x.size() && prefix < y.size() && identical(x[prefix], y[prefix]))
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < x.size() - prefix && suffix < y.size() - prefix
           && identical(x[x.size() - 1 - suffix], y[y.size() - 1 - suffix])) {
        ++suffix;
    }
    const auto oldMiddle = x.subspan(prefix, x.size() - prefix - suffix);
    const auto newMiddle = y.subspan(prefix, y.size() - prefix - suffix);
    if (oldMiddle.empty() && newMiddle.empty())
        return;
    const auto offset = std::uint32_t(prefix);

    const std::string *identityKey = m_hasRules ? m_rules.identityKey(currentRuleStates())
                                                : nullptr;
    ArrayScratch &scratch = scratchForDepth();
    ++m_arrayDepth;
    // Records are matched by identity when a rule says so, even where they line up.
    if (identityKey || !compareInPlace(oldMiddle, newMiddle, offset, scratch.differing)) {
        ArrayAlignment &alignment = scratch.alignment;
        if (oldMiddle.empty() || newMiddle.empty())
            alignment.reset(oldMiddle.size(), newMiddle.size()); // only insertions or deletions
        else
            m_matcher.align(oldMiddle, newMiddle, {identityKey, m_options.detectMoves}, alignment);
        if (alignment.hasMoves)
            walkWithMoves(oldMiddle, newMiddle, offset, scratch);
        else
            walkWithoutMoves(oldMiddle, newMiddle, offset, alignment);
    }
    --m_arrayDepth;
}

bool Differ::compareInPlace(std::span<const JsonValue> oldMiddle,
                            std::span<const JsonValue> newMiddle, std::uint32_t offset,
                            std::vector<std::uint32_t> &differing)
{
    // The common case of edited data: same length, a few elements changed where they are.
    // Taken only while every differing element has equal neighbours: a run of differences
    // may be a shift (an insertion and a deletion), which the matcher aligns properly.
    if (oldMiddle.size() != newMiddle.size() || oldMiddle.empty())
        return false;
    differing.clear();
    for (std::uint32_t k = 0; k < oldMiddle.size(); ++k) {
        if (identical(oldMiddle[k], newMiddle[k]))
            continue;
        if (!differing.empty() && differing.back() + 1 == k)
            return false;
        differing.push_back(k);
    }
    for (const std::uint32_t k : differing) {
        const std::uint32_t index = offset + k;
        const bool sameShape = Internal::shareShape(oldMiddle[k], newMiddle[k]);
        if (pushIndex(index, index, index, index))
            compareKept(oldMiddle[k], newMiddle[k], sameShape ? ElementLink::Kept : ElementLink::Replaced);
        else
            noteHidden(true);
        pop();
    }
    return true;
}

void Differ::compareKept(const JsonValue &a, const JsonValue &b, ElementLink link)
{
    // A replacement pair has too little in common for a member-by-member report to help.
    if (link == ElementLink::Replaced)
        modified(a, b);
    else
        compare(a, b);
}

void Differ::walkWithoutMoves(std::span<const JsonValue> oldMiddle,
                              std::span<const JsonValue> newMiddle, std::uint32_t offset,
                              const ArrayAlignment &alignment)
{
    // Left to right: everything before `position` already has its final value, so that is
    // where the next operation applies.
    std::uint32_t position = offset;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < oldMiddle.size() || j < newMiddle.size()) {
        if (i < oldMiddle.size() && alignment.oldToNew[i] < 0) {
            if (pushIndex(offset + i, position, position, offset + i)) {
                deleted(oldMiddle[i]);
            } else {
                noteHidden(true);
                ++position; // it stays where it is
            }
            pop();
            ++i;
        } else if (j < newMiddle.size() && alignment.newToOld[j] < 0) {
            if (pushIndex(offset + i, offset + j, position, offset + j)) {
                added(newMiddle[j]);
                ++position;
            } else {
                noteHidden(true);
            }
            pop();
            ++j;
        } else {
            if (pushIndex(offset + i, offset + j, position, offset + j))
                compareKept(oldMiddle[i], newMiddle[j], alignment.oldLink[i]);
            else
                noteHidden(!deepEquals(oldMiddle[i], newMiddle[j]));
            pop();
            ++position;
            ++i;
            ++j;
        }
    }
}

void Differ::walkWithMoves(std::span<const JsonValue> oldMiddle,
                           std::span<const JsonValue> newMiddle, std::uint32_t offset,
                           ArrayScratch &scratch)
{
    // Lay out one slot per kept element, per deleted or inserted one, and two per moved one
    // (where it was, where it goes), in an order consistent with both the old array (the
    // slots present at the start) and the new one (present at the end). Operations then run
    // slot by slot; an operation's index is the number of elements present before its slot.
    const ArrayAlignment &alignment = scratch.alignment;
    std::vector<Slot> &layout = scratch.layout;
    layout.clear();
    scratch.originSlot.assign(oldMiddle.size(), 0);
    const auto keptOld = [&](std::size_t i) {
        return alignment.oldToNew[i] >= 0 && !Internal::isMove(alignment.oldLink[i]);
    };
    const auto keptNew = [&](std::size_t j) {
        const std::int32_t i = alignment.newToOld[j];
        return i >= 0 && !Internal::isMove(alignment.oldLink[std::size_t(i)]);
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (true) {
        for (; i < oldMiddle.size() && !keptOld(i); ++i) {
            if (alignment.oldToNew[i] < 0) {
                layout.push_back({SlotKind::Deleted, std::uint32_t(i), 0});
            } else {
                scratch.originSlot[i] = std::uint32_t(layout.size());
                layout.push_back({SlotKind::Origin, std::uint32_t(i), 0});
            }
        }
        for (; j < newMiddle.size() && !keptNew(j); ++j) {
            const bool isInsertion = alignment.newToOld[j] < 0;
            layout.push_back({isInsertion ? SlotKind::Inserted : SlotKind::Destination,
                             isInsertion ? 0 : std::uint32_t(alignment.newToOld[j]),
                             std::uint32_t(j)});
        }
        if (i >= oldMiddle.size())
            break;
        layout.push_back({SlotKind::Kept, std::uint32_t(i), std::uint32_t(j)});
        ++i;
        ++j;
    }

    PresenceCounter &presence = scratch.presence;
    presence.reset(layout.size());
    for (std::size_t s = 0; s < layout.size(); ++s) {
        const SlotKind kind = layout[s].kind;
        if (kind == SlotKind::Deleted || kind == SlotKind::Origin || kind == SlotKind::Kept)
            presence.add(s, 1);
    }

    for (std::size_t s = 0; s < layout.size(); ++s) {
        const Slot slot = layout[s];
        const std::uint32_t position = offset + presence.before(s);
        const std::uint32_t oldIndex = offset + slot.oldIndex;
        const std::uint32_t newIndex = offset + slot.newIndex;
        switch (slot.kind) {
        case SlotKind::Origin:
            break;
        case SlotKind::Deleted:
            if (pushIndex(oldIndex, position, position, oldIndex)) {
                deleted(oldMiddle[slot.oldIndex]);
                presence.add(s, -1);
            } else {
                noteHidden(true);
            }
            pop();
            break;
        case SlotKind::Inserted:
            if (pushIndex(position, newIndex, position, newIndex)) {
                added(newMiddle[slot.newIndex]);
                presence.add(s, 1);
            } else {
                noteHidden(true);
            }
            pop();
            break;
        case SlotKind::Kept:
            if (pushIndex(oldIndex, newIndex, position, newIndex))
                compareKept(oldMiddle[slot.oldIndex], newMiddle[slot.newIndex],
                            alignment.oldLink[slot.oldIndex]);
            else
                noteHidden(!deepEquals(oldMiddle[slot.oldIndex], newMiddle[slot.newIndex]));
            pop();
            break;
        case SlotKind::Destination: {
            const std::size_t origin = scratch.originSlot[slot.oldIndex];
            const JsonValue &oldElement = oldMiddle[slot.oldIndex];
            const JsonValue &newElement = newMiddle[slot.newIndex];
            if (pushIndex(oldIndex, newIndex, position, newIndex)) {
                const std::uint32_t from = offset + presence.before(origin);
                presence.add(origin, -1);
                const std::uint32_t to = offset + presence.before(s);
                presence.add(s, 1);
                moved(oldElement, newElement, from, to);
                m_path.back().patchIndex = to;
                compare(oldElement, newElement);
            } else {
                noteHidden(true);
            }
            pop();
            break;
        }
        }
    }
}

bool Differ::pushMember(std::string_view name)
{
    m_path.push_back({name, 0, 0, 0, false});
    if (!m_hasRules)
        return true;
    m_ruleStep.clear();
    m_rules.stepMember(currentRuleStates(), name, m_ruleStep);
    m_ruleFrames.push_back(m_ruleStates.size());
    m_ruleStates.insert(m_ruleStates.end(), m_ruleStep.begin(), m_ruleStep.end());
    return !m_rules.isIgnored(currentRuleStates());
}

bool Differ::pushIndex(std::uint32_t oldIndex, std::uint32_t newIndex, std::uint32_t patchIndex,
                       std::uint32_t ruleIndex)
{
    m_path.push_back({{}, oldIndex, newIndex, patchIndex, true});
    if (!m_hasRules)
        return true;
    m_ruleStep.clear();
    m_rules.stepIndex(currentRuleStates(), ruleIndex, m_ruleStep);
    m_ruleFrames.push_back(m_ruleStates.size());
    m_ruleStates.insert(m_ruleStates.end(), m_ruleStep.begin(), m_ruleStep.end());
    return !m_rules.isIgnored(currentRuleStates());
}

void Differ::pop()
{
    m_path.pop_back();
    if (!m_hasRules)
        return;
    m_ruleStates.resize(m_ruleFrames.back());
    m_ruleFrames.pop_back();
}

std::span<const DiffRules::State> Differ::currentRuleStates() const
{
    const std::size_t begin = m_ruleFrames.back();
    return {m_ruleStates.data() + begin, m_ruleStates.size() - begin};
}

void Differ::added(const JsonValue &value)
{
    ++m_out.summary.added;
    record(ChangeKind::Added, {}, value);
    writeOp("add", nullptr, &value);
}

void Differ::deleted(const JsonValue &value)
{
    ++m_out.summary.deleted;
    record(ChangeKind::Deleted, value, {});
    writeOp("remove", nullptr, nullptr);
}

void Differ::modified(const JsonValue &oldValue, const JsonValue &newValue)
{
    ++m_out.summary.modified;
    record(ChangeKind::Modified, oldValue, newValue);
    writeOp("replace", nullptr, &newValue);
}

void Differ::moved(const JsonValue &oldValue, const JsonValue &newValue, std::uint32_t from,
                   std::uint32_t to)
{
    ++m_out.summary.moved;
    record(ChangeKind::Moved, oldValue, newValue);
    if (!m_options.buildPatch)
        return;
    PathFrame &frame = m_path.back();
    frame.patchIndex = from;
    buildPath(PathSide::Patch, m_fromText);
    frame.patchIndex = to;
    writeOp("move", &m_fromText, nullptr);
}

void Differ::record(ChangeKind kind, const JsonValue &oldValue, const JsonValue &newValue)
{
    if (!m_options.collectChanges)
        return;
    JsonChange change{kind, {}, {}, oldValue, newValue};
    if (kind != ChangeKind::Added)
        change.oldPath = pathString(PathSide::Old);
    if (kind != ChangeKind::Deleted) {
        bool sameIndices = kind != ChangeKind::Added;
        for (const PathFrame &frame : m_path)
            sameIndices = sameIndices && frame.oldIndex == frame.newIndex;
        // Implicit sharing: most changes sit at the same path on both sides.
        change.newPath = sameIndices ? change.oldPath : pathString(PathSide::New);
    }
    m_out.changes.push_back(std::move(change));
}

void Differ::buildPath(PathSide side, std::string &out) const
{
    out.clear();
    for (const PathFrame &frame : m_path) {
        out.push_back('/');
        if (!frame.isIndex) {
            JsonPointer::appendEscapedToken(out, frame.name);
            continue;
        }
        const std::uint32_t index = side == PathSide::Old   ? frame.oldIndex
                                    : side == PathSide::New ? frame.newIndex
                                                            : frame.patchIndex;
        char digits[16];
        const auto written = std::to_chars(digits, digits + sizeof digits, index);
        out.append(digits, written.ptr);
    }
}

QString Differ::pathString(PathSide side)
{
    buildPath(side, m_pathText);
    return QString::fromUtf8(m_pathText.data(), qsizetype(m_pathText.size()));
}

void Differ::writeOp(std::string_view op, const std::string *from, const JsonValue *value)
{
    if (!m_options.buildPatch)
        return;
    QByteArray &patch = m_out.patch;
    if (!m_firstOp)
        patch.append(',');
    m_firstOp = false;
    patch.append("{\"op\":\"");
    patch.append(op.data(), qsizetype(op.size()));
    patch.append('"');
    if (from) {
        patch.append(",\"from\":");
        appendJsonString(patch, *from);
    }
    buildPath(PathSide::Patch, m_pathText);
    patch.append(",\"path\":");
    appendJsonString(patch, m_pathText);
    if (value) {
        patch.append(",\"value\":");
        appendCanonicalJson(patch, *value);
    }
    patch.append('}');
}

} // namespace

Result<JsonDiff> diffJson(const JsonValue &oldValue, const JsonValue &newValue,
                          const DiffOptions &options)
{
    auto rules = DiffRules::compile(options);
    if (!rules)
        return rules.error();
    if (!(options.numericTolerance >= 0.0) || !std::isfinite(options.numericTolerance)) {
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("numeric tolerance must be a finite number >= 0")};
    }
    JsonDiff diff;
    Differ(options, *rules, diff).run(oldValue, newValue);
    return diff;
}

Result<JsonDiff> diffJson(const JsonDocumentPtr &oldDocument, const JsonDocumentPtr &newDocument,
                          const DiffOptions &options)
{
    Q_ASSERT(oldDocument && newDocument);
    auto diff = diffJson(oldDocument->root(), newDocument->root(), options);
    if (diff) {
        diff->documents.push_back(oldDocument);
        diff->documents.push_back(newDocument);
    }
    return diff;
}

} // namespace sa::core
