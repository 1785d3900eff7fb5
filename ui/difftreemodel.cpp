#include "difftreemodel.h"

#include "diffstyle.h"
#include "jsontext.h"

#include <QScopedValueRollback>

#include <optional>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

// Long enough to read a value in a tooltip, short enough that a 10 MB string cannot stall it.
constexpr int kToolTipCharacters = 1000;

QString pathsText(const DiffRow &row)
{
    if (row.oldPath == row.newPath || row.oldPath.isEmpty() || row.newPath.isEmpty()) {
        return row.newPath.isEmpty() ? row.oldPath : row.newPath;
    }
    return row.oldPath + u" → "_s + row.newPath;
}

} // namespace

struct DiffTreeModel::Node
{
    Node *parent = nullptr; // not owned
    int row = 0;            // among the parent's built children
    std::uint32_t slot = 0; // position in the parent's full child list
    // Made when first asked for: a view builds thousands of rows it never paints.
    std::optional<DiffRow> diffRow;
    bool slotsReady = false;
    std::vector<DiffSlot> slots;        // every child, as JsonComparison::children() lists them
    std::vector<std::uint32_t> visible; // positions in `slots` of the children shown
    std::vector<std::unique_ptr<Node>> children; // built rows: a prefix of `visible`
};

DiffTreeModel::DiffTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

DiffTreeModel::~DiffTreeModel() = default;

void DiffTreeModel::setComparison(ComparisonPtr comparison)
{
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_comparison = std::move(comparison);
    rebuild();
    endResetModel();
}

void DiffTreeModel::setOnlyChanges(bool onlyChanges)
{
    if (m_onlyChanges == onlyChanges)
        return;
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_onlyChanges = onlyChanges;
    rebuild();
    endResetModel();
}

void DiffTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    if (!m_comparison)
        return;
    m_root->diffRow = m_comparison->rootRow();
    // The top level is there at once: views do not ask the root to fetch more.
    prepareSlots(m_root.get());
    buildRows(m_root.get(), std::min<std::size_t>(m_root->visible.size(), kFetchChunk));
}

DiffTreeModel::Node *DiffTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

const DiffRow *DiffTreeModel::diffRow(const QModelIndex &index) const
{
    return index.isValid() ? &rowOf(nodeFor(index)) : nullptr;
}

const DiffRow &DiffTreeModel::rowOf(Node *node) const
{
    if (!node->diffRow)
        node->diffRow = m_comparison->child(rowOf(node->parent), node->parent->slots[node->slot]);
    return *node->diffRow;
}

bool DiffTreeModel::mightHaveChildren(Node *node) const
{
    if (node->slotsReady)
        return !node->visible.empty();
    if (!m_comparison)
        return false;
    const DiffRow &row = rowOf(node);
    return (row.hasOld && row.oldValue.isContainer() && row.oldValue.size() > 0)
           || (row.hasNew && row.newValue.isContainer() && row.newValue.size() > 0);
}

void DiffTreeModel::prepareSlots(Node *node) const
{
    if (node->slotsReady || !m_comparison)
        return;
    node->slots = m_comparison->children(rowOf(node));
    node->visible.reserve(node->slots.size());
    for (std::size_t position = 0; position < node->slots.size(); ++position) {
        if (!m_onlyChanges || node->slots[position].status != DiffStatus::Unchanged)
            node->visible.push_back(std::uint32_t(position));
    }
    node->slotsReady = true;
}

void DiffTreeModel::buildRows(Node *node, std::size_t count)
{
    node->children.reserve(node->children.size() + count);
    for (std::size_t i = 0; i < count; ++i) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->slot = node->visible[node->children.size()];
        node->children.push_back(std::move(child));
    }
}

void DiffTreeModel::appendRows(Node *node, const QModelIndex &parent, std::size_t count)
{
    if (count == 0)
        return;
    const QScopedValueRollback announcing(m_announcing, true);
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + int(count) - 1);
    buildRows(node, count);
    endInsertRows();
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *node = nodeFor(parent);
    if (std::size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DiffTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    Node *node = nodeFor(parent);
    return !node->children.empty() || mightHaveChildren(node);
}

bool DiffTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // Whoever listens to a change must not start another one by fetching.
    if (parent.column() > 0 || !m_comparison || m_announcing)
        return false;
    Node *node = nodeFor(parent);
    return node->slotsReady ? node->children.size() < node->visible.size()
                            : mightHaveChildren(node);
}

void DiffTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    prepareSlots(node);
    appendRows(node, parent,
               std::min<std::size_t>(kFetchChunk, node->visible.size() - node->children.size()));
}

QString DiffTreeModel::valueText(const DiffRow &row, const core::JsonValue &value)
{
    // A folded subtree that did not change says so: nothing inside needs a look.
    if (row.status == DiffStatus::Unchanged && value.isContainer())
        return tr("%1 · unchanged").arg(displayText(value));
    return displayText(value);
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Node *node = nodeFor(index);
    // The overview strip asks every shown row for these: answer without making the row.
    const DiffSlot &slot = node->parent->slots[node->slot];
    if (role == StatusRole)
        return int(slot.status);
    if (role == ChangeStopRole)
        return isChange(slot.status) && !slot.inherited;
    const DiffRow &row = rowOf(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.hasNew ? row.newKey : row.oldKey;
        case OldValueColumn:
            return row.hasOld ? valueText(row, row.oldValue) : QString();
        case NewValueColumn: {
            if (!row.hasNew)
                return QString();
            const QString delta = row.status == DiffStatus::Modified
                                      ? DiffStyle::numberDelta(row.oldValue, row.newValue)
                                      : QString();
            return delta.isEmpty() ? valueText(row, row.newValue)
                                   : displayText(row.newValue) + u"  ("_s + delta + u')';
        }
        case StatusColumn:
            return row.isChangeStop() || row.status == DiffStatus::ContainsChanges
                       ? DiffStyle::symbol(row.status)
                       : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = pathsText(row);
        if (row.status != DiffStatus::Unchanged)
            tip += u"\n"_s + DiffStyle::statusName(row.status);
        if (index.column() == OldValueColumn && row.hasOld)
            tip += u"\n"_s + displayText(row.oldValue, kToolTipCharacters);
        else if (index.column() == NewValueColumn && row.hasNew)
            tip += u"\n"_s + displayText(row.newValue, kToolTipCharacters);
        return tip;
    }
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return DiffStyle::statusName(row.status);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case OldKeyRole:
        return row.hasOld ? row.oldKey : QString();
    case NewKeyRole:
        return row.hasNew ? row.newKey : QString();
    case OldPathRole:
        return row.oldPath;
    case NewPathRole:
        return row.newPath;
    case OldJsonRole:
        return row.hasOld ? jsonText(row.oldValue) : QString();
    case NewJsonRole:
        return row.hasNew ? jsonText(row.newValue) : QString();
    case HasOldRole:
        return row.hasOld;
    case HasNewRole:
        return row.hasNew;
    }
    return {};
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The change column is a narrow gutter of symbols: its name would not fit.
    if (section == StatusColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Change");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    }
    return {};
}

std::vector<std::uint32_t> DiffTreeModel::routeOf(const QModelIndex &index) const
{
    std::vector<std::uint32_t> route;
    for (const Node *node = index.isValid() ? nodeFor(index) : nullptr;
         node && node != m_root.get(); node = node->parent)
        route.push_back(node->slot);
    std::reverse(route.begin(), route.end());
    return route;
}

QModelIndex DiffTreeModel::indexOfStop(qsizetype stop)
{
    if (!m_comparison || stop < 0 || std::size_t(stop) >= m_comparison->stops().size())
        return {};
    Node *node = m_root.get();
    QModelIndex parentIndex;
    for (const std::uint32_t slot : m_comparison->stops()[std::size_t(stop)].route) {
        prepareSlots(node);
        const auto it = std::lower_bound(node->visible.begin(), node->visible.end(), slot);
        if (it == node->visible.end() || *it != slot)
            return {}; // cannot happen: stops are changes, which every mode shows
        const std::size_t row = std::size_t(it - node->visible.begin());
        if (row >= node->children.size()) {
            // Whole chunks, as if the view had scrolled there.
            const std::size_t wanted = (row / kFetchChunk + 1) * kFetchChunk;
            appendRows(node, parentIndex,
                       std::min(wanted, node->visible.size()) - node->children.size());
        }
        node = node->children[row].get();
        parentIndex = createIndex(int(row), 0, node);
    }
    return parentIndex;
}

std::size_t DiffTreeModel::rowsToReach(qsizetype stop)
{
    if (!m_comparison || stop < 0 || std::size_t(stop) >= m_comparison->stops().size())
        return 0;
    std::size_t rows = 0;
    Node *node = m_root.get();
    for (const std::uint32_t slot : m_comparison->stops()[std::size_t(stop)].route) {
        if (!node) { // below rows not built yet: the slot position bounds the rows before it
            rows += slot + 1;
            continue;
        }
        prepareSlots(node);
        const auto it = std::lower_bound(node->visible.begin(), node->visible.end(), slot);
        const std::size_t row = std::size_t(it - node->visible.begin());
        if (row < node->children.size()) {
            node = node->children[row].get();
        } else {
            rows += row + 1 - node->children.size();
            node = nullptr;
        }
    }
    return rows;
}

qsizetype DiffTreeModel::stopAt(const QModelIndex &index) const
{
    if (!m_comparison || !index.isValid())
        return -1;
    const auto &stops = m_comparison->stops();
    const std::vector<std::uint32_t> route = routeOf(index);
    const auto it = std::lower_bound(
        stops.begin(), stops.end(), route,
        [](const ChangeStop &stop, const auto &key) { return stop.route < key; });
    return it != stops.end() && it->route == route ? it - stops.begin() : -1;
}

qsizetype DiffTreeModel::nextStop(const QModelIndex &index) const
{
    if (!m_comparison)
        return -1;
    const auto &stops = m_comparison->stops();
    const std::vector<std::uint32_t> route = routeOf(index);
    // Routes compare like positions in a pre-order walk: a parent before its descendants, and
    // the empty route of the invisible root before everything.
    const auto it = std::upper_bound(
        stops.begin(), stops.end(), route,
        [](const auto &key, const ChangeStop &stop) { return key < stop.route; });
    return it == stops.end() ? -1 : it - stops.begin();
}

qsizetype DiffTreeModel::previousStop(const QModelIndex &index) const
{
    if (!m_comparison || !index.isValid())
        return -1;
    const auto &stops = m_comparison->stops();
    const std::vector<std::uint32_t> route = routeOf(index);
    const auto it = std::lower_bound(
        stops.begin(), stops.end(), route,
        [](const ChangeStop &stop, const auto &key) { return stop.route < key; });
    return it == stops.begin() ? -1 : (it - stops.begin()) - 1;
}

} // namespace sa::ui
