#include "jsonpatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonPatch)
};

QString quoted(std::string_view text)
{
    return u'"' + QString::fromUtf8(text.data(), qsizetype(text.size())) + u'"';
}

const char *operationName(PatchOperationType type)
{
    switch (type) {
    case PatchOperationType::Add: return "add";
    case PatchOperationType::Remove: return "remove";
    case PatchOperationType::Replace: return "replace";
    case PatchOperationType::Move: return "move";
    case PatchOperationType::Copy: return "copy";
    case PatchOperationType::Test: return "test";
    }
    return "?";
}

// ---- Reading the patch document ----

Error patchError(std::size_t index, const QString &reason)
{
    //: %1: the index of the operation in the JSON Patch array, %2: what is wrong with it
    return Error{ErrorCode::InvalidArgument, Tr::tr("patch[%1]: %2").arg(index).arg(reason)};
}

Result<JsonPointer> pointerMember(const JsonValue &operation, std::string_view name,
                                  std::size_t index)
{
    const JsonValue *member = operation.find(name);
    if (!member) {
        //: %1: the name of a member of a JSON Patch operation ("path", "from")
        return patchError(index, Tr::tr("missing \"%1\"").arg(QLatin1String(name)));
    }
    if (!member->isString()) {
        //: %1: the name of a member of a JSON Patch operation, %2: a JSON type name (number, object...)
        return patchError(index, Tr::tr("\"%1\" must be a string, not %2")
                                     .arg(QLatin1String(name),
                                          QLatin1String(jsonTypeName(member->type()))));
    }
    auto pointer = JsonPointer::parse(member->toString());
    if (!pointer)
        return patchError(index, QStringLiteral("\"%1\": %2").arg(QLatin1String(name),
                                                                  pointer.error().message));
    return pointer;
}

// ---- The copy-on-write working tree ----

// A value of the document being patched: either still the shared, immutable JsonValue of the
// input (or of the patch), or, once an operation changes something inside it, an owned
// container whose unchanged children are again shared values.
struct Container;

struct Node
{
    JsonValue value;
    std::unique_ptr<Container> container;

    bool isOwned() const { return container != nullptr; }
    JsonType type() const;
};

struct Child
{
    std::string_view name; // objects only
    Node node;
};

// The children of an owned container, in a gap buffer. Patches, a diff's above all, edit an
// array at nearby or increasing positions, so moving the gap to each edit costs the distance
// from the previous one: a run of 50,000 removals from a long array stays linear.
class Children
{
public:
    std::size_t size() const { return m_slots.size() - gapSize(); }
    Child &operator[](std::size_t index) { return m_slots[physical(index)]; }
    const Child &operator[](std::size_t index) const { return m_slots[physical(index)]; }

    void append(Child child)
    {
        insert(size(), std::move(child));
    }

    void insert(std::size_t index, Child child)
    {
        if (gapSize() == 0)
            regrow(index);
        else
            moveGapTo(index);
        m_slots[m_gapBegin++] = std::move(child);
    }

    Child take(std::size_t index)
    {
        moveGapTo(index);
        return std::move(m_slots[m_gapEnd++]);
    }

    void reserve(std::size_t count)
    {
        if (count > size())
            regrow(size(), count - size());
    }

private:
    std::size_t gapSize() const { return m_gapEnd - m_gapBegin; }
    std::size_t physical(std::size_t index) const
    {
        return index < m_gapBegin ? index : index + gapSize();
    }

    void moveGapTo(std::size_t index)
    {
        if (index < m_gapBegin) {
            std::move_backward(m_slots.begin() + std::ptrdiff_t(index),
                               m_slots.begin() + std::ptrdiff_t(m_gapBegin),
                               m_slots.begin() + std::ptrdiff_t(m_gapEnd));
        } else if (index > m_gapBegin) {
            std::move(m_slots.begin() + std::ptrdiff_t(m_gapEnd),
                      m_slots.begin() + std::ptrdiff_t(m_gapEnd + index - m_gapBegin),
                      m_slots.begin() + std::ptrdiff_t(m_gapBegin));
        }
        const std::size_t gap = gapSize();
        m_gapBegin = index;
        m_gapEnd = index + gap;
    }

    // A new buffer with a gap of at least `minimumGap` at `index`.
    void regrow(std::size_t index, std::size_t minimumGap = 1)
    {
        const std::size_t count = size();
        const std::size_t gap = std::max({minimumGap, count, std::size_t(4)});
        std::vector<Child> buffer(count + gap);
        for (std::size_t i = 0; i < count; ++i)
            buffer[i < index ? i : i + gap] = std::move((*this)[i]);
        m_slots = std::move(buffer);
        m_gapBegin = index;
        m_gapEnd = index + gap;
    }

    std::vector<Child> m_slots;
    std::size_t m_gapBegin = 0;
    std::size_t m_gapEnd = 0;
};

struct Container
{
    bool isObject = false;
    Children children; // objects: sorted by compareMemberNames, unique names
};

JsonType Node::type() const
{
    if (container)
        return container->isObject ? JsonType::Object : JsonType::Array;
    return value.type();
}

Node cloneNode(const Node &node)
{
    Node copy{node.value, nullptr};
    if (node.container) {
        const Children &children = node.container->children;
        copy.container = std::make_unique<Container>();
        copy.container->isObject = node.container->isObject;
        copy.container->children.reserve(children.size());
        for (std::size_t k = 0; k < children.size(); ++k)
            copy.container->children.append({children[k].name, cloneNode(children[k].node)});
    }
    return copy;
}

Container &materialize(Node &node)
{
    if (!node.container) {
        auto container = std::make_unique<Container>();
        container->isObject = node.value.isObject();
        container->children.reserve(node.value.size());
        for (const JsonMember &member : node.value.members())
            container->children.append({member.name, {member.value, nullptr}});
        for (const JsonValue &element : node.value.elements())
            container->children.append({{}, {element, nullptr}});
        node.container = std::move(container);
    }
    return *node.container;
}

bool nodeEquals(const Node &node, const JsonValue &value)
{
    if (!node.container)
        return deepEquals(node.value, value);
    const Children &children = node.container->children;
    if (value.type() != node.type() || value.size() != children.size())
        return false;
    if (node.container->isObject) {
        const auto members = value.members();
        for (std::size_t k = 0; k < members.size(); ++k) {
            if (children[k].name != members[k].name || !nodeEquals(children[k].node, members[k].value))
                return false;
        }
        return true;
    }
    const auto elements = value.elements();
    for (std::size_t k = 0; k < elements.size(); ++k) {
        if (!nodeEquals(children[k].node, elements[k]))
            return false;
    }
    return true;
}

// Position of `name` among an object's sorted children (the insertion point if absent).
std::size_t memberPosition(const Children &children, std::string_view name)
{
    std::size_t low = 0;
    std::size_t high = children.size();
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (compareMemberNames(children[middle].name, name) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

bool hasMemberAt(const Children &children, std::size_t position, std::string_view name)
{
    return position < children.size() && children[position].name == name;
}

QString describePrefix(const JsonPointer &path, std::size_t tokenCount)
{
    if (tokenCount == 0) {
        //: A place in a JSON document: the document itself (where a JSON Pointer is "")
        return Tr::tr("the root");
    }
    std::vector<std::string> tokens(path.tokens().begin(),
                                    path.tokens().begin() + std::ptrdiff_t(tokenCount));
    return quoted(JsonPointer(std::move(tokens)).toStdString());
}

struct Failure
{
    ErrorCode code;
    QString reason;
};

class PatchApplier
{
public:
    PatchApplier(JsonDocument &result, const JsonValue &root, bool copyValues)
        : m_result(result)
        , m_root{root, nullptr}
        , m_copyValues(copyValues)
    {
    }

    Status<Failure> apply(const PatchOperation &operation)
    {
        switch (operation.type) {
        case PatchOperationType::Add:
            return add(operation.path, valueNode(operation.value));
        case PatchOperationType::Remove: {
            auto removed = remove(operation.path);
            if (!removed)
                return removed.error();
            return Done{};
        }
        case PatchOperationType::Replace:
            return replace(operation.path, valueNode(operation.value));
        case PatchOperationType::Move:
            return move(operation.from, operation.path);
        case PatchOperationType::Copy:
            return copy(operation.from, operation.path);
        case PatchOperationType::Test:
            return test(operation.path, operation.value);
        }
        return Done{};
    }

    JsonValue build() { return build(m_root); }

private:
    // What a pointer names, without materializing anything: an owned node or a shared value.
    struct Found
    {
        const Node *node = nullptr;
        JsonValue value;
    };

    Node valueNode(const JsonValue &value)
    {
        return {m_copyValues ? m_result.copyIntoArena(value) : value, nullptr};
    }

    static Failure notFound(QString reason) { return {ErrorCode::NotFound, std::move(reason)}; }

    // The index `token` names in an array of `size` elements; `forAdd` admits size and "-".
    static Result<std::size_t, Failure> arrayIndex(const JsonPointer &path, std::size_t tokenIndex,
                                                   std::size_t size, bool forAdd)
    {
        const std::string &token = path.tokens()[tokenIndex];
        if (forAdd && JsonPointer::isEndOfArrayToken(token))
            return size;
        const auto index = JsonPointer::arrayIndex(token);
        if (!index) {
            return Failure{ErrorCode::InvalidArgument,
                           Tr::tr("%1 is not an array index (in the array at %2)")
                               .arg(quoted(token), describePrefix(path, tokenIndex))};
        }
        if (*index > size || (*index == size && !forAdd)) {
            return notFound(Tr::tr("index %1 is out of range: the array at %2 has %3 "
                                   "elements")
                                .arg(*index)
                                .arg(describePrefix(path, tokenIndex))
                                .arg(size));
        }
        return std::size_t(*index);
    }

    static Failure noMember(const JsonPointer &path, std::size_t tokenIndex)
    {
        return notFound(Tr::tr("the object at %1 has no member %2")
                            .arg(describePrefix(path, tokenIndex),
                                 quoted(path.tokens()[tokenIndex])));
    }

    static Failure notAContainer(const JsonPointer &path, std::size_t tokenIndex, JsonType type)
    {
        // Only scalars get here: a number, a string, a boolean or null.
        if (type == JsonType::Null) {
            //: %1: where in the document, %2: a member name or an index
            return notFound(Tr::tr("%1 is null, which has no member or element %2")
                                .arg(describePrefix(path, tokenIndex), quoted(path.tokens()[tokenIndex])));
        }
        //: %1: where in the document, %2: a JSON type name (number, string, boolean), %3: a member
        //: name or an index
        return notFound(Tr::tr("%1 is a %2, which has no member or element %3")
                            .arg(describePrefix(path, tokenIndex), QLatin1String(jsonTypeName(type)),
                                 quoted(path.tokens()[tokenIndex])));
    }

    Result<Found, Failure> find(const JsonPointer &path) const
    {
        Found found{&m_root, {}};
        for (std::size_t t = 0; t < path.tokens().size(); ++t) {
            if (found.node && !found.node->isOwned()) {
                found.value = found.node->value;
                found.node = nullptr;
            }
            const JsonType type = found.node ? found.node->type() : found.value.type();
            if (type == JsonType::Object) {
                const std::string &token = path.tokens()[t];
                if (found.node) {
                    const Children &children = found.node->container->children;
                    const std::size_t position = memberPosition(children, token);
                    if (!hasMemberAt(children, position, token))
                        return noMember(path, t);
                    found.node = &children[position].node;
                } else {
                    const JsonValue *member = found.value.find(token);
                    if (!member)
                        return noMember(path, t);
                    found.value = *member;
                }
            } else if (type == JsonType::Array) {
                const std::size_t size = found.node ? found.node->container->children.size()
                                                    : found.value.size();
                auto index = arrayIndex(path, t, size, false);
                if (!index)
                    return index.error();
                if (found.node)
                    found.node = &found.node->container->children[*index].node;
                else
                    found.value = found.value.elements()[*index];
            } else {
                return notAContainer(path, t, type);
            }
        }
        return found;
    }

    // The container holding the last token of `path` (not the root), made owned, as is every
    // container above it: those are the only ones the operation rebuilds.
    Result<Container *, Failure> parentOf(const JsonPointer &path)
    {
        Node *node = &m_root;
        for (std::size_t t = 0;; ++t) {
            const JsonType type = node->type();
            if (type != JsonType::Object && type != JsonType::Array)
                return notAContainer(path, t, type);
            Container &container = materialize(*node);
            if (t + 1 == path.tokens().size())
                return &container;
            const std::string &token = path.tokens()[t];
            if (container.isObject) {
                const std::size_t position = memberPosition(container.children, token);
                if (!hasMemberAt(container.children, position, token))
                    return noMember(path, t);
                node = &container.children[position].node;
            } else {
                auto index = arrayIndex(path, t, container.children.size(), false);
                if (!index)
                    return index.error();
                node = &container.children[*index].node;
            }
        }
    }

    // Where the last token of `path` is among the children of its parent, which must have it.
    static Result<std::size_t, Failure> existingPosition(const JsonPointer &path,
                                                         const Container &container)
    {
        const std::size_t last = path.tokens().size() - 1;
        if (!container.isObject)
            return arrayIndex(path, last, container.children.size(), false);
        const std::size_t position = memberPosition(container.children, path.tokens()[last]);
        if (!hasMemberAt(container.children, position, path.tokens()[last]))
            return noMember(path, last);
        return position;
    }

    Status<Failure> add(const JsonPointer &path, Node value)
    {
        if (path.isRoot()) {
            m_root = std::move(value);
            return Done{};
        }
        auto parent = parentOf(path);
        if (!parent)
            return parent.error();
        Container &container = **parent;
        const std::string &token = path.tokens().back();
        if (container.isObject) {
            const std::size_t position = memberPosition(container.children, token);
            if (hasMemberAt(container.children, position, token))
                container.children[position].node = std::move(value);
            else
                container.children.insert(position, {m_result.arena().copyString(token), std::move(value)});
            return Done{};
        }
        auto index = arrayIndex(path, path.tokens().size() - 1, container.children.size(), true);
        if (!index)
            return index.error();
        container.children.insert(*index, {{}, std::move(value)});
        return Done{};
    }

    Result<Node, Failure> remove(const JsonPointer &path)
    {
        if (path.isRoot())
            return Failure{ErrorCode::InvalidArgument,
                           Tr::tr("the whole document cannot be removed")};
        auto parent = parentOf(path);
        if (!parent)
            return parent.error();
        Container &container = **parent;
        auto position = existingPosition(path, container);
        if (!position)
            return position.error();
        return container.children.take(*position).node;
    }

    Status<Failure> replace(const JsonPointer &path, Node value)
    {
        if (path.isRoot()) {
            m_root = std::move(value);
            return Done{};
        }
        auto parent = parentOf(path);
        if (!parent)
            return parent.error();
        Container &container = **parent;
        auto position = existingPosition(path, container);
        if (!position)
            return position.error();
        container.children[*position].node = std::move(value);
        return Done{};
    }

    Status<Failure> move(const JsonPointer &from, const JsonPointer &path)
    {
        if (from == path) {
            auto found = find(from);
            if (!found)
                return found.error();
            return Done{};
        }
        if (from.isPrefixOf(path)) {
            return Failure{ErrorCode::InvalidArgument,
                           Tr::tr("a value cannot be moved into one of its own children")};
        }
        auto removed = remove(from);
        if (!removed)
            return removed.error();
        return add(path, std::move(*removed));
    }

    Status<Failure> copy(const JsonPointer &from, const JsonPointer &path)
    {
        auto found = find(from);
        if (!found)
            return found.error();
        // An owned subtree may change later in the patch, so the copy must not share it.
        Node value = found->node ? cloneNode(*found->node) : Node{found->value, nullptr};
        return add(path, std::move(value));
    }

    Status<Failure> test(const JsonPointer &path, const JsonValue &expected)
    {
        auto found = find(path);
        if (!found)
            return found.error();
        const bool equal = found->node ? nodeEquals(*found->node, expected)
                                       : deepEquals(found->value, expected);
        if (!equal) {
            return Failure{ErrorCode::ValidationFailed,
                           Tr::tr("test failed: the value at %1 differs")
                               .arg(describePrefix(path, path.tokens().size()))};
        }
        return Done{};
    }

    JsonValue build(const Node &node)
    {
        if (!node.container)
            return node.value;
        const Children &children = node.container->children;
        if (node.container->isObject) {
            auto members = m_result.arena().allocateMembers(children.size());
            for (std::size_t k = 0; k < members.size(); ++k)
                members[k] = {children[k].name, build(children[k].node)};
            return JsonValue::fromObject(members);
        }
        auto elements = m_result.arena().allocateValues(children.size());
        for (std::size_t k = 0; k < elements.size(); ++k)
            elements[k] = build(children[k].node);
        return JsonValue::fromArray(elements);
    }

    JsonDocument &m_result;
    Node m_root;
    const bool m_copyValues;
};

Result<JsonDocumentPtr> applyOperations(const JsonDocumentPtr &document,
                                        const std::vector<PatchOperation> &operations,
                                        const JsonDocumentPtr &patchDocument)
{
    auto result = std::make_shared<JsonDocument>();
    result->keepAlive(document);
    result->keepAlive(patchDocument);
    PatchApplier applier(*result, document->root(), patchDocument == nullptr);
    for (std::size_t index = 0; index < operations.size(); ++index) {
        const PatchOperation &operation = operations[index];
        auto applied = applier.apply(operation);
        if (!applied) {
            //: %1: the index of the operation in the JSON Patch array, %2: its "op" (add, remove...),
            //: %3: its "path", %4: why it failed
            return Error{applied.error().code,
                         Tr::tr("patch[%1] (%2 %3): %4")
                             .arg(index)
                             .arg(QLatin1String(operationName(operation.type)),
                                  quoted(operation.path.toStdString()), applied.error().reason)};
        }
    }
    result->setRoot(applier.build());
    return JsonDocumentPtr(std::move(result));
}

} // namespace

Result<std::vector<PatchOperation>> parsePatch(const JsonValue &patch)
{
    if (!patch.isArray()) {
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("a JSON Patch must be an array of operations, not %1")
                         .arg(QLatin1String(jsonTypeName(patch.type())))};
    }
    static constexpr std::pair<std::string_view, PatchOperationType> kTypes[] = {
        {"add", PatchOperationType::Add},     {"remove", PatchOperationType::Remove},
        {"replace", PatchOperationType::Replace}, {"move", PatchOperationType::Move},
        {"copy", PatchOperationType::Copy},   {"test", PatchOperationType::Test},
    };
    std::vector<PatchOperation> operations;
    operations.reserve(patch.size());
    for (std::size_t index = 0; index < patch.size(); ++index) {
        const JsonValue &object = patch.elements()[index];
        if (!object.isObject()) {
            return patchError(index, Tr::tr("an operation must be an object, not %1")
                                         .arg(QLatin1String(jsonTypeName(object.type()))));
        }
        const JsonValue *op = object.find("op");
        if (!op)
            return patchError(index, Tr::tr("missing \"op\""));
        if (!op->isString()) {
            return patchError(index, Tr::tr("\"op\" must be a string, not %1")
                                         .arg(QLatin1String(jsonTypeName(op->type()))));
        }
        const auto type = std::find_if(std::begin(kTypes), std::end(kTypes),
                                       [&](const auto &entry) { return entry.first == op->toString(); });
        if (type == std::end(kTypes)) {
            return patchError(index, Tr::tr("unknown operation %1 (expected add, remove, "
                                            "replace, move, copy or test)")
                                         .arg(quoted(op->toString())));
        }
        PatchOperation operation;
        operation.type = type->second;
        auto path = pointerMember(object, "path", index);
        if (!path)
            return path.error();
        operation.path = std::move(*path);
        if (operation.type == PatchOperationType::Move || operation.type == PatchOperationType::Copy) {
            auto from = pointerMember(object, "from", index);
            if (!from)
                return from.error();
            operation.from = std::move(*from);
        }
        if (operation.type == PatchOperationType::Add || operation.type == PatchOperationType::Replace
            || operation.type == PatchOperationType::Test) {
            const JsonValue *value = object.find("value");
            if (!value) {
                //: %1: a JSON Patch operation (add, replace or test)
                return patchError(index, Tr::tr("missing \"value\" (required by %1)")
                                             .arg(QLatin1String(operationName(operation.type))));
            }
            operation.value = *value;
        }
        operations.push_back(std::move(operation));
    }
    return operations;
}

Result<JsonDocumentPtr> applyPatch(const JsonDocumentPtr &document, const JsonDocumentPtr &patch)
{
    Q_ASSERT(document && patch);
    auto operations = parsePatch(patch->root());
    if (!operations)
        return operations.error();
    return applyOperations(document, *operations, patch);
}

Result<JsonDocumentPtr> applyPatch(const JsonDocumentPtr &document, const JsonValue &patch)
{
    Q_ASSERT(document);
    auto operations = parsePatch(patch);
    if (!operations)
        return operations.error();
    return applyOperations(document, *operations, nullptr);
}

} // namespace sa::core
