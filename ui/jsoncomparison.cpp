#include "jsoncomparison.h"

#include "jsontext.h"

#include "core/json/jsonpointer.h"

#include <QPromise>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

struct SplitPath
{
    QString parent;
    std::optional<std::uint32_t> index; // when the last token can name an array element
};

SplitPath splitPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash < 0)
        return {};
    const QByteArray token = QStringView(path).mid(slash + 1).toUtf8();
    return {path.left(slash), core::JsonPointer::arrayIndex(token.toStdString())};
}

// Records that something at or below `path` changed: every ancestor gets into `below`, and
// each step down into `children` (parent path -> escaped tokens of its changed children) and,
// when the token can be an array index, into `indices` (parent path -> indices).
void markChanged(QSet<QString> &below, QHash<QString, QSet<QString>> &children,
                 QHash<QString, std::vector<std::uint32_t>> &indices, const QString &path)
{
    qsizetype end = path.size();
    for (qsizetype slash = path.lastIndexOf(u'/'); slash >= 0;
         slash = slash == 0 ? -1 : path.lastIndexOf(u'/', slash - 1)) {
        const QString parent = path.left(slash);
        QSet<QString> &tokens = children[parent];
        const QString token = path.mid(slash + 1, end - slash - 1);
        if (tokens.contains(token))
            return; // the ancestors are in already
        tokens.insert(token);
        if (const auto index = core::JsonPointer::arrayIndex(token.toStdString()))
            indices[parent].push_back(*index);
        below.insert(parent);
        end = slash;
    }
}

QString memberPath(const QString &parent, std::string_view name)
{
    return parent + u'/' + QString::fromStdString(core::JsonPointer::escapeToken(name));
}

QString elementPath(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

// What the rows below a one-sided or replaced row are.
DiffStatus inheritedStatus(DiffStatus status, bool oldSide)
{
    switch (status) {
    case DiffStatus::Added:
    case DiffStatus::Deleted:
    case DiffStatus::Moved:
        return status;
    default:
        return oldSide ? DiffStatus::Deleted : DiffStatus::Added;
    }
}

} // namespace

bool isChange(DiffStatus status)
{
    return status != DiffStatus::Unchanged && status != DiffStatus::ContainsChanges;
}

JsonComparison::JsonComparison(core::JsonDiff diff, core::JsonDocumentPtr oldDocument,
                               core::JsonDocumentPtr newDocument,
                               const std::function<bool()> &isCanceled)
    : m_diff(std::move(diff))
    , m_oldDocument(std::move(oldDocument))
    , m_newDocument(std::move(newDocument))
{
    indexChanges();
    std::vector<std::uint32_t> route;
    collectStops(rootRow(), route, isCanceled);
}

void JsonComparison::indexChanges()
{
    for (const core::JsonChange &change : m_diff.changes) {
        switch (change.kind) {
        case core::ChangeKind::Added:
            markChanged(m_changedBelowNew, m_changedChildrenNew, m_changedIndicesNew,
                        change.newPath);
            if (const SplitPath split = splitPath(change.newPath); split.index)
                m_insertedInto[split.parent].push_back({*split.index, -1, false});
            break;
        case core::ChangeKind::Deleted:
            markChanged(m_changedBelowOld, m_changedChildrenOld, m_changedIndicesOld,
                        change.oldPath);
            if (const SplitPath split = splitPath(change.oldPath); split.index)
                m_removedFrom[split.parent].push_back({*split.index, -1, false});
            break;
        case core::ChangeKind::Modified: {
            const bool typeChanged = change.oldValue.type() != change.newValue.type();
            m_modified.insert(change.newPath, typeChanged);
            m_typeChangeCount += typeChanged ? 1 : 0;
            markChanged(m_changedBelowOld, m_changedChildrenOld, m_changedIndicesOld,
                        change.oldPath);
            markChanged(m_changedBelowNew, m_changedChildrenNew, m_changedIndicesNew,
                        change.newPath);
            break;
        }
        case core::ChangeKind::Moved: {
            markChanged(m_changedBelowOld, m_changedChildrenOld, m_changedIndicesOld,
                        change.oldPath);
            markChanged(m_changedBelowNew, m_changedChildrenNew, m_changedIndicesNew,
                        change.newPath);
            const SplitPath from = splitPath(change.oldPath);
            const SplitPath to = splitPath(change.newPath);
            if (!from.index || !to.index)
                break;
            m_removedFrom[from.parent].push_back({*from.index, std::int32_t(*to.index), true});
            m_insertedInto[to.parent].push_back({*to.index, std::int32_t(*from.index), true});
            // Remember where the other end lives, so a move across arrays is never paired.
            m_moveTargets.insert(change.oldPath, to.parent);
            m_moveSources.insert(change.newPath, from.parent);
            break;
        }
        }
    }
    const auto byIndex = [](const Edit &a, const Edit &b) {
        return a.index < b.index;
    };
    for (auto &edits : m_removedFrom)
        std::sort(edits.begin(), edits.end(), byIndex);
    for (auto &edits : m_insertedInto)
        std::sort(edits.begin(), edits.end(), byIndex);
    for (auto *indices : {&m_changedIndicesOld, &m_changedIndicesNew}) {
        for (auto &list : *indices)
            std::sort(list.begin(), list.end());
    }
}

void JsonComparison::collectStops(const DiffRow &row, std::vector<std::uint32_t> &route,
                                  const std::function<bool()> &isCanceled)
{
    const std::vector<DiffSlot> slots = children(row);
    for (std::size_t position = 0; position < slots.size(); ++position) {
        if (isCanceled && position % 1024 == 0 && isCanceled())
            return;
        const DiffSlot &slot = slots[position];
        if (slot.status == DiffStatus::Unchanged || slot.inherited)
            continue;
        DiffRow childRow = child(row, slot);
        route.push_back(std::uint32_t(position));
        const bool descend = childRow.status == DiffStatus::ContainsChanges
                             || (childRow.status == DiffStatus::Moved && comparesBelow(childRow));
        if (childRow.isChangeStop())
            m_stops.push_back({route, childRow});
        if (descend)
            collectStops(childRow, route, isCanceled);
        route.pop_back();
    }
}

DiffRow JsonComparison::rootRow() const
{
    DiffRow row;
    row.oldValue = m_oldDocument ? m_oldDocument->root() : core::JsonValue();
    row.newValue = m_newDocument ? m_newDocument->root() : core::JsonValue();
    row.hasOld = true;
    row.hasNew = true;
    if (const auto it = m_modified.constFind(QString()); it != m_modified.cend())
        row.status = it.value() ? DiffStatus::TypeChanged : DiffStatus::Modified;
    else
        row.status = m_diff.isEmpty() ? DiffStatus::Unchanged : DiffStatus::ContainsChanges;
    return row;
}

DiffStatus JsonComparison::statusOf(const QString &oldPath, const QString &newPath) const
{
    if (const auto it = m_modified.constFind(newPath); it != m_modified.cend())
        return it.value() ? DiffStatus::TypeChanged : DiffStatus::Modified;
    if (m_changedBelowNew.contains(newPath) || m_changedBelowOld.contains(oldPath))
        return DiffStatus::ContainsChanges;
    return DiffStatus::Unchanged;
}

bool JsonComparison::comparesBelow(const DiffRow &row) const
{
    if (row.hasOld && row.hasNew)
        return row.status == DiffStatus::Unchanged || row.status == DiffStatus::ContainsChanges;
    // An element moved here with changes inside: show those changes against its old value.
    return row.status == DiffStatus::Moved && !row.inherited && row.hasNew && !row.oldPath.isEmpty()
           && m_changedBelowNew.contains(row.newPath);
}

std::vector<DiffSlot> JsonComparison::children(const DiffRow &row) const
{
    std::vector<DiffSlot> slots;
    if (comparesBelow(row)) {
        if (row.oldValue.isObject() && row.newValue.isObject()) {
            mergeMembers(row, slots);
            return slots;
        }
        if (row.oldValue.isArray() && row.newValue.isArray()) {
            alignElements(row, slots);
            return slots;
        }
    }
    const auto listSide = [&slots](const core::JsonValue &value, bool oldSide, DiffStatus status) {
        if (!value.isContainer())
            return;
        for (std::uint32_t index = 0; index < value.size(); ++index) {
            DiffSlot slot;
            (oldSide ? slot.oldIndex : slot.newIndex) = std::int32_t(index);
            (oldSide ? slot.oldShown : slot.newShown) = true;
            slot.status = status;
            slot.inherited = true;
            slots.push_back(slot);
        }
    };
    if (row.hasOld)
        listSide(row.oldValue, true, inheritedStatus(row.status, true));
    if (row.hasNew)
        listSide(row.newValue, false, inheritedStatus(row.status, false));
    return slots;
}

void JsonComparison::mergeMembers(const DiffRow &row, std::vector<DiffSlot> &out) const
{
    const auto oldMembers = row.oldValue.members();
    const auto newMembers = row.newValue.members();
    const bool unchanged = row.status == DiffStatus::Unchanged;
    const QSet<QString> changedOld = m_changedChildrenOld.value(row.oldPath);
    const QSet<QString> changedNew = m_changedChildrenNew.value(row.newPath);
    out.reserve(std::max(oldMembers.size(), newMembers.size()));
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < oldMembers.size() || j < newMembers.size()) {
        const int order = i == oldMembers.size() ? 1
                          : j == newMembers.size()
                              ? -1
                              : core::compareMemberNames(oldMembers[i].name, newMembers[j].name);
        DiffSlot slot;
        if (order <= 0) {
            slot.oldIndex = std::int32_t(i++);
            slot.oldShown = true;
        }
        if (order >= 0) {
            slot.newIndex = std::int32_t(j++);
            slot.newShown = true;
        }
        if (unchanged) {
            slot.status = DiffStatus::Unchanged;
        } else if (order < 0) {
            slot.status = DiffStatus::Deleted;
        } else if (order > 0) {
            slot.status = DiffStatus::Added;
        } else {
            const std::string_view name = newMembers[std::size_t(slot.newIndex)].name;
            const QString token = QString::fromStdString(core::JsonPointer::escapeToken(name));
            slot.status = changedOld.contains(token) || changedNew.contains(token)
                              ? statusOf(row.oldPath + u'/' + token, row.newPath + u'/' + token)
                              : DiffStatus::Unchanged;
        }
        out.push_back(slot);
    }
}

void JsonComparison::alignElements(const DiffRow &row, std::vector<DiffSlot> &out) const
{
    static const std::vector<Edit> kNoEdits;
    const bool unchanged = row.status == DiffStatus::Unchanged;
    const auto removedIt = unchanged ? m_removedFrom.cend() : m_removedFrom.constFind(row.oldPath);
    const auto insertedIt
        = unchanged ? m_insertedInto.cend() : m_insertedInto.constFind(row.newPath);
    const std::vector<Edit> &removed = removedIt == m_removedFrom.cend() ? kNoEdits : *removedIt;
    const std::vector<Edit> &inserted
        = insertedIt == m_insertedInto.cend() ? kNoEdits : *insertedIt;
    static const std::vector<std::uint32_t> kNone;
    const auto changedOldIt = m_changedIndicesOld.constFind(row.oldPath);
    const auto changedNewIt = m_changedIndicesNew.constFind(row.newPath);
    const std::vector<std::uint32_t> &changedOld
        = changedOldIt == m_changedIndicesOld.cend() ? kNone : *changedOldIt;
    const std::vector<std::uint32_t> &changedNew
        = changedNewIt == m_changedIndicesNew.cend() ? kNone : *changedNewIt;
    const std::uint32_t oldSize = row.oldValue.size();
    const std::uint32_t newSize = row.newValue.size();
    out.reserve(std::max(oldSize, newSize));
    std::size_t r = 0;
    std::size_t s = 0;
    std::uint32_t i = 0;
    std::uint32_t j = 0;
    while (i < oldSize || j < newSize) {
        while (r < removed.size() && removed[r].index < i)
            ++r;
        while (s < inserted.size() && inserted[s].index < j)
            ++s;
        DiffSlot slot;
        if (r < removed.size() && removed[r].index == i) {
            const Edit &edit = removed[r];
            slot.oldIndex = std::int32_t(i++);
            slot.oldShown = true;
            const bool movedWithin
                = edit.moved
                  && m_moveTargets.value(elementPath(row.oldPath, slot.oldIndex)) == row.newPath;
            slot.newIndex = movedWithin ? edit.counterpartIndex : -1;
            slot.status = edit.moved ? DiffStatus::Moved : DiffStatus::Deleted;
        } else if (s < inserted.size() && inserted[s].index == j) {
            const Edit &edit = inserted[s];
            slot.newIndex = std::int32_t(j++);
            slot.newShown = true;
            const bool movedWithin
                = edit.moved
                  && m_moveSources.value(elementPath(row.newPath, slot.newIndex)) == row.oldPath;
            slot.oldIndex = movedWithin ? edit.counterpartIndex : -1;
            slot.status = edit.moved ? DiffStatus::Moved : DiffStatus::Added;
        } else if (i < oldSize && j < newSize) {
            slot.oldIndex = std::int32_t(i);
            slot.newIndex = std::int32_t(j);
            slot.oldShown = slot.newShown = true;
            // Most elements of a long array did not change: no path is built for those.
            const bool changed
                = !unchanged
                  && (std::binary_search(changedOld.begin(), changedOld.end(), i)
                      || std::binary_search(changedNew.begin(), changedNew.end(), j));
            slot.status = changed
                              ? statusOf(elementPath(row.oldPath, i), elementPath(row.newPath, j))
                              : DiffStatus::Unchanged;
            ++i;
            ++j;
        } else if (i < oldSize) { // more old elements than the diff accounts for
            slot.oldIndex = std::int32_t(i++);
            slot.oldShown = true;
            slot.status = unchanged ? DiffStatus::Unchanged : DiffStatus::Deleted;
        } else {
            slot.newIndex = std::int32_t(j++);
            slot.newShown = true;
            slot.status = unchanged ? DiffStatus::Unchanged : DiffStatus::Added;
        }
        out.push_back(slot);
    }
}

DiffRow JsonComparison::child(const DiffRow &parent, const DiffSlot &slot) const
{
    DiffRow row;
    row.status = slot.status;
    row.inherited = slot.inherited;
    row.hasOld = slot.oldShown;
    row.hasNew = slot.newShown;
    const auto fill = [](const DiffRow &parentRow, const core::JsonValue &container,
                         std::int32_t index, bool oldSide, DiffRow &target) {
        if (index < 0)
            return;
        const QString &parentPath = oldSide ? parentRow.oldPath : parentRow.newPath;
        QString &key = oldSide ? target.oldKey : target.newKey;
        QString &path = oldSide ? target.oldPath : target.newPath;
        core::JsonValue &value = oldSide ? target.oldValue : target.newValue;
        if (container.isObject()) {
            const core::JsonMember &member = container.members()[std::size_t(index)];
            key = memberLabel(member.name);
            path = memberPath(parentPath, member.name);
            value = member.value;
        } else if (container.isArray()) {
            key = elementLabel(index);
            path = elementPath(parentPath, index);
            value = container.elements()[std::size_t(index)];
        }
    };
    fill(parent, parent.oldValue, slot.oldIndex, true, row);
    fill(parent, parent.newValue, slot.newIndex, false, row);
    return row;
}

core::Result<ComparisonPtr> prepareComparison(core::JsonDocumentPtr oldDocument,
                                              core::JsonDocumentPtr newDocument,
                                              core::DiffOptions options)
{
    auto diff = core::diffJson(oldDocument, newDocument, options);
    if (!diff)
        return diff.error();
    return ComparisonPtr(std::make_shared<const JsonComparison>(
        std::move(*diff), std::move(oldDocument), std::move(newDocument)));
}

void prepareComparisonTask(QPromise<core::Result<ComparisonPtr>> &promise,
                           core::JsonDocumentPtr oldDocument, core::JsonDocumentPtr newDocument,
                           core::DiffOptions options)
{
    auto diff = core::diffJson(oldDocument, newDocument, options);
    if (promise.isCanceled())
        return;
    if (!diff) {
        promise.addResult(core::Result<ComparisonPtr>(diff.error()));
        return;
    }
    auto comparison = std::make_shared<const JsonComparison>(
        std::move(*diff), std::move(oldDocument), std::move(newDocument),
        [&promise] { return promise.isCanceled(); });
    if (!promise.isCanceled())
        promise.addResult(core::Result<ComparisonPtr>(ComparisonPtr(std::move(comparison))));
}

} // namespace sa::ui
