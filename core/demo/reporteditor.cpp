#include "reporteditor_p.h"

#include "parcelreportstate_p.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace sa::core::Internal {

namespace {

// Members an edit may add to a record (and later remove again).
constexpr std::string_view kOptionalMembers[] = {"remarks", "verifiedBy", "externalRef",
                                                 "lastInspection", "priority", "legacyCode"};

} // namespace

ParcelEditCounts ReportEditor::apply()
{
    collect(m_state.root, 0);
    ParcelEditCounts counts;
    // About 1% of the leaves, and per 25,000 leaves one of each structural edit.
    const std::size_t leafEdits = std::max<std::size_t>(1, m_leaves.size() / 100);
    const std::size_t structuralEdits = std::max<std::size_t>(1, m_leaves.size() / 25000);
    for (std::size_t i = 0; i < leafEdits; ++i)
        editLeaf(*m_leaves[m_random.below(std::uint32_t(m_leaves.size()))]);
    counts.leavesChanged = int(leafEdits);

    std::vector<Edit> edits;
    for (std::size_t i = 0; i < structuralEdits; ++i) {
        for (const EditType type : {EditType::AddMember, EditType::RemoveMember,
                                    EditType::InsertElement, EditType::RemoveElement}) {
            const auto &candidates = candidatesFor(type);
            if (!candidates.empty())
                edits.push_back({candidates[m_random.below(std::uint32_t(candidates.size()))],
                                 type});
        }
    }
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.target.depth > b.target.depth;
    });
    for (const Edit &edit : edits)
        applyEdit(edit, counts);

    setRetrievedAt();
    return counts;
}

void ReportEditor::collect(Node &node, int depth)
{
    switch (node.kind) {
    case NodeKind::Array:
        if (node.holds != ElementKind::Fixed) {
            if (node.items.size() >= shrinkableFrom(node.holds))
                m_shrinkable.push_back({&node, depth});
            if (node.items.size() >= 2 && isInsertable(node.holds))
                m_growable.push_back({&node, depth});
        }
        for (Node &item : node.items)
            collect(item, depth + 1);
        break;
    case NodeKind::Object:
        if (node.reshapeable)
            m_records.push_back({&node, depth});
        for (Member &member : node.members)
            collect(member.value, depth + 1);
        break;
    default:
        if (!node.pinned)
            m_leaves.push_back(&node);
    }
}

// A ring keeps its closing vertex and at least five points; a record list keeps its ends.
std::size_t ReportEditor::shrinkableFrom(ElementKind kind)
{
    return kind == ElementKind::Vertex ? 7 : 3;
}

bool ReportEditor::isInsertable(ElementKind kind)
{
    return kind != ElementKind::Fixed && kind != ElementKind::Assessment
           && kind != ElementKind::TaxRecord;
}

const std::vector<ReportEditor::Container> &ReportEditor::candidatesFor(EditType type) const
{
    switch (type) {
    case EditType::AddMember:
    case EditType::RemoveMember:
        return m_records;
    case EditType::InsertElement:
        return m_growable;
    case EditType::RemoveElement:
        break;
    }
    return m_shrinkable;
}

void ReportEditor::applyEdit(const Edit &edit, ParcelEditCounts &counts)
{
    Node &node = *edit.target.node;
    switch (edit.type) {
    case EditType::AddMember:
        counts.membersAdded += addOptionalMember(node) ? 1 : 0;
        return;
    case EditType::RemoveMember:
        counts.membersRemoved += removeScalarMember(node) ? 1 : 0;
        return;
    case EditType::InsertElement:
        insertElement(node);
        ++counts.elementsInserted;
        return;
    case EditType::RemoveElement:
        counts.elementsRemoved += removeElement(node) ? 1 : 0;
        return;
    }
}

bool ReportEditor::addOptionalMember(Node &record)
{
    const std::string_view name = m_random.pick(kOptionalMembers);
    const bool present = std::any_of(record.members.begin(), record.members.end(),
                                     [name](const Member &m) { return m.name == name; });
    if (present)
        return false;
    addMember(record, name, m_builder.optionalMember(name));
    return true;
}

bool ReportEditor::removeScalarMember(Node &record)
{
    std::vector<std::size_t> removable;
    for (std::size_t i = 0; i < record.members.size(); ++i) {
        const Node &value = record.members[i].value;
        if (value.kind != NodeKind::Array && value.kind != NodeKind::Object && !value.pinned)
            removable.push_back(i);
    }
    if (removable.empty())
        return false;
    const std::size_t index = removable[m_random.below(std::uint32_t(removable.size()))];
    record.members.erase(record.members.begin() + std::ptrdiff_t(index));
    return true;
}

// Inserts strictly inside the array (never at either end), where positional diffs fail.
void ReportEditor::insertElement(Node &array)
{
    const auto position = std::ptrdiff_t(
        m_random.between(1, int(array.items.size()) - 1));
    Node element = array.holds == ElementKind::Vertex
                       ? midpoint(array.items[std::size_t(position) - 1],
                                  array.items[std::size_t(position)])
                       : m_builder.element(array.holds);
    array.items.insert(array.items.begin() + position, std::move(element));
}

bool ReportEditor::removeElement(Node &array)
{
    if (array.items.size() < shrinkableFrom(array.holds))
        return false;
    const auto position = std::ptrdiff_t(
        m_random.between(1, int(array.items.size()) - 2));
    array.items.erase(array.items.begin() + position);
    return true;
}

// A surveyed point between two vertices, slightly off the straight line.
Node ReportEditor::midpoint(const Node &a, const Node &b)
{
    const auto coordinate = [&](std::size_t axis) {
        return (scaledCoordinate(a.items[axis]) + scaledCoordinate(b.items[axis])) / 2
               + m_random.between(-25, 25);
    };
    return m_builder.vertex(coordinate(0), coordinate(1));
}

// The coordinate literal in 1e-7 degrees; the generator writes exactly seven decimals, so
// dropping the point gives the scaled integer without any floating-point rounding.
std::int64_t ReportEditor::scaledCoordinate(const Node &number)
{
    std::string digits;
    for (const char c : number.text) {
        if (c != '.')
            digits += c;
    }
    std::int64_t value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

void ReportEditor::editLeaf(Node &leaf)
{
    switch (leaf.kind) {
    case NodeKind::Null:
        leaf = stringNode(m_builder.phrase());
        return;
    case NodeKind::Bool:
        leaf.text = leaf.text == "true" ? "false" : "true";
        return;
    case NodeKind::Number:
        editNumber(leaf.text);
        return;
    case NodeKind::String:
        editString(leaf.text);
        return;
    case NodeKind::Array:
    case NodeKind::Object:
        return;
    }
}

// Changes the last digit of the significand, so "12.3456789" becomes "12.3456782" and the
// literal keeps its form ("1e-7" becomes "4e-7").
void ReportEditor::editNumber(std::string &literal)
{
    const std::size_t exponent = literal.find_first_of("eE");
    const std::size_t last = (exponent == std::string::npos ? literal.size() : exponent) - 1;
    const bool soleDigit = last == 0 || (last == 1 && literal[0] == '-');
    const char old = literal[last];
    char digit = old;
    while (digit == old)
        digit = char('0' + m_random.between(soleDigit ? 1 : 0, 9));
    literal[last] = digit;
}

// Dates move to another day of their month; other text gets a new last word.
void ReportEditor::editString(std::string &text)
{
    const bool isDate = text.size() >= 10 && text[4] == '-' && text[7] == '-';
    if (isDate) {
        std::string day;
        appendPadded(day, unsigned(m_random.between(1, 28)), 2);
        text.replace(8, 2, day);
        return;
    }
    const std::size_t space = text.rfind(' ');
    text.erase(space == std::string::npos ? 0 : space + 1);
    text += m_random.pick(kWords);
}

void ReportEditor::setRetrievedAt()
{
    for (Member &member : m_state.root.members) {
        if (member.name == "retrievedAt")
            member.value.text = dateTimeText(m_state.retrievedAt);
    }
}

} // namespace sa::core::Internal
