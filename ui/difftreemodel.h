#pragma once

#include "jsoncomparison.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace sa::ui {

// The merged tree of two documents for side-by-side views: one row per member or element
// present in either document, with its key, old value, new value and change status. It is fed
// a prepared JsonComparison and never diffs anything itself. Rows are built lazily: a node's
// children exist once a view expands it, arrays arrive in chunks of kFetchChunk rows, so two
// 10 MB documents open at once. GUI thread only.
class DiffTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, OldValueColumn, NewValueColumn, StatusColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // DiffStatus as int
        ChangeStopRole,                // bool: the row is a change of its own (a navigation stop)
        OldKeyRole,                    // the key in the old document ("" when absent there)
        NewKeyRole,
        OldPathRole, // the JSON Pointer in the old document
        NewPathRole,
        OldJsonRole, // the value as JSON text, for copying ("" when absent)
        NewJsonRole,
        HasOldRole, // bool: the row exists in the old document
        HasNewRole,
    };
    static constexpr int kFetchChunk = 256;

    explicit DiffTreeModel(QObject *parent = nullptr);
    ~DiffTreeModel() override;

    void setComparison(ComparisonPtr comparison);
    const ComparisonPtr &comparison() const { return m_comparison; }

    // Shows only rows that changed or contain changes.
    void setOnlyChanges(bool onlyChanges);
    bool onlyChanges() const { return m_onlyChanges; }

    // The merged row behind `index`, or nullptr for the invisible root.
    const DiffRow *diffRow(const QModelIndex &index) const;

    // Change navigation over comparison()->stops(), in display order. indexOfStop() builds
    // the rows leading to the stop as needed. nextStop()/previousStop() give the stop after or
    // before `index` (an invalid index is before everything), or -1 when there is none.
    QModelIndex indexOfStop(qsizetype stop);
    // How many rows indexOfStop(stop) would build first: a change deep in a long array needs
    // every row before it.
    std::size_t rowsToReach(qsizetype stop);
    qsizetype stopAt(const QModelIndex &index) const;
    qsizetype nextStop(const QModelIndex &index) const;
    qsizetype previousStop(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node;

    static QString valueText(const DiffRow &row, const core::JsonValue &value);
    Node *nodeFor(const QModelIndex &index) const;
    const DiffRow &rowOf(Node *node) const;
    bool mightHaveChildren(Node *node) const;
    void prepareSlots(Node *node) const;
    void buildRows(Node *node, std::size_t count);
    void appendRows(Node *node, const QModelIndex &parent, std::size_t count);
    std::vector<std::uint32_t> routeOf(const QModelIndex &index) const;
    void rebuild();

    ComparisonPtr m_comparison;
    std::unique_ptr<Node> m_root;
    bool m_onlyChanges = false;
    bool m_announcing = false; // between begin...() and end...() of a change
};

} // namespace sa::ui
