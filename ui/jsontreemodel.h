#pragma once

#include "core/json/jsondocument.h"

#include <QAbstractItemModel>

#include <memory>

namespace sa::core {
class JsonPointer;
}

namespace sa::ui {

// A JSON document as a tree: key, value and type columns, the JSON Pointer of each node as
// its tooltip. Rows are created lazily when a node is expanded, and large arrays arrive in
// chunks through canFetchMore()/fetchMore(), so a 10 MB document opens at once.
// The document is shared and immutable; the model lives on the GUI thread.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PointerRole = Qt::UserRole + 1, // QString, RFC 6901
        JsonTextRole, // QString, the value as compact JSON (for copying)
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(core::JsonDocumentPtr document);
    const core::JsonDocumentPtr &document() const { return m_document; }

    // The index of the node at `pointer`, loading the rows on the way; invalid when the
    // pointer names nothing in the document.
    QModelIndex indexForPointer(const core::JsonPointer &pointer);
    QString pointerOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows added per fetchMore() on large containers.
    static constexpr int kFetchChunk = 500;

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    void appendChildren(Node *node, int count);

    core::JsonDocumentPtr m_document;
    std::unique_ptr<Node> m_root; // invisible: its children are the root's members
};

} // namespace sa::ui
