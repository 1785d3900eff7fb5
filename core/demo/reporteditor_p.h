// Derives the next version of a parcel report from the current one.
#pragma once

#include "parcelgenerator.h"
#include "reportbuilder_p.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sa::core::Internal {

class ParcelReportState;

// Derives the next version of a report in place. Targets are chosen first; structural edits
// are then applied deepest container first, because inserting into or erasing from a vector
// moves only that vector's direct elements: a container chosen at the same depth or above
// is never one of them, so every pointer collected stays valid until it is used.
class ReportEditor
{
public:
    ReportEditor(ParcelReportState &state, Random &random)
        : m_state(state), m_random(random), m_builder(state, random)
    {}

    ParcelEditCounts apply();

private:
    enum class EditType { AddMember, RemoveMember, InsertElement, RemoveElement };
    struct Container
    {
        Node *node; // not owned: a node of m_state.root
        int depth;
    };
    struct Edit
    {
        Container target;
        EditType type;
    };

    void collect(Node &node, int depth);
    static std::size_t shrinkableFrom(ElementKind kind);
    static bool isInsertable(ElementKind kind);
    const std::vector<Container> &candidatesFor(EditType type) const;
    void applyEdit(const Edit &edit, ParcelEditCounts &counts);
    bool addOptionalMember(Node &record);
    bool removeScalarMember(Node &record);
    void insertElement(Node &array);
    bool removeElement(Node &array);
    Node midpoint(const Node &a, const Node &b);
    static std::int64_t scaledCoordinate(const Node &number);
    void editLeaf(Node &leaf);
    void editNumber(std::string &literal);
    void editString(std::string &text);
    void setRetrievedAt();

    ParcelReportState &m_state;
    Random &m_random;
    ReportBuilder m_builder;
    std::vector<Node *> m_leaves; // not owned: nodes of m_state.root
    std::vector<Container> m_records;
    std::vector<Container> m_growable;
    std::vector<Container> m_shrinkable;
};

} // namespace sa::core::Internal
