#include "jsontreemodel.h"

#include "jsontext.h"

#include "core/json/jsonpointer.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace sa::ui {

struct JsonTreeModel::Node
{
    core::JsonValue value;
    std::string_view name; // member name, or empty for array elements and the root
    Node *parent = nullptr; // not owning
    int row = 0;
    bool isElement = false;
    std::vector<std::unique_ptr<Node>> children; // the first rows, loaded on demand
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(core::JsonDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_root.reset();
    if (m_document) {
        // The document's root is shown as a single top-level row so scalars and the root's
        // own type are visible too.
        m_root = std::make_unique<Node>();
        auto top = std::make_unique<Node>();
        top->value = m_document->root();
        top->parent = m_root.get();
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node || row < 0 || column < 0 || column >= ColumnCount || std::size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!child.isValid() || !node || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node)
        return false;
    if (node == m_root.get())
        return !node->children.empty();
    return node->value.isContainer() && node->value.size() > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node && node != m_root.get() && node->children.size() < node->value.size();
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!canFetchMore(parent))
        return;
    const int loaded = int(node->children.size());
    const int remaining = int(node->value.size()) - loaded;
    // Small containers arrive whole; large ones a chunk at a time as the view scrolls.
    const int count = remaining <= 2 * kFetchChunk ? remaining : kFetchChunk;
    beginInsertRows(parent, loaded, loaded + count - 1);
    appendChildren(node, count);
    endInsertRows();
}

void JsonTreeModel::appendChildren(Node *node, int count)
{
    const std::size_t first = node->children.size();
    node->children.reserve(first + std::size_t(count));
    for (std::size_t i = first; i < first + std::size_t(count); ++i) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(i);
        if (node->value.isArray()) {
            child->value = node->value.elements()[i];
            child->isElement = true;
        } else {
            const core::JsonMember &member = node->value.members()[i];
            child->value = member.value;
            child->name = member.name;
        }
        node->children.push_back(std::move(child));
    }
}

QString JsonTreeModel::pointerOf(const QModelIndex &index) const
{
    std::vector<const Node *> chain;
    for (const Node *node = nodeOf(index); node && node->parent && node->parent != m_root.get(); node = node->parent)
        chain.push_back(node);
    std::string pointer;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        pointer.push_back('/');
        if ((*it)->isElement)
            pointer += std::to_string((*it)->row);
        else
            core::JsonPointer::appendEscapedToken(pointer, (*it)->name);
    }
    return QString::fromStdString(pointer);
}

QModelIndex JsonTreeModel::indexForPointer(const core::JsonPointer &pointer)
{
    if (!m_root)
        return {};
    QModelIndex current = index(0, 0);
    for (const std::string &token : pointer.tokens()) {
        Node *node = nodeOf(current);
        int row = -1;
        if (node->value.isArray()) {
            const auto element = core::JsonPointer::arrayIndex(token);
            if (element && *element < node->value.size())
                row = int(*element);
        } else if (node->value.isObject()) {
            const auto members = node->value.members();
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (members[i].name == token) {
                    row = int(i);
                    break;
                }
            }
        }
        if (row < 0)
            return {};
        while (rowCount(current) <= row)
            fetchMore(current);
        current = index(row, 0, current);
    }
    return current;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!index.isValid() || !node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            if (node->parent == m_root.get())
                return tr("(document)");
            return node->isElement ? elementLabel(node->row) : memberLabel(node->name);
        case ValueColumn:
            return displayText(node->value);
        case TypeColumn:
            return typeText(node->value);
        }
        return {};
    case Qt::ToolTipRole:
    case PointerRole: {
        const QString pointer = pointerOf(index);
        if (role == PointerRole)
            return pointer;
        return pointer.isEmpty() ? tr("The whole document") : pointer;
    }
    case JsonTextRole:
        return jsonText(node->value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}

} // namespace sa::ui
