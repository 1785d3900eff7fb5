#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

#include <vector>

class QTreeView;

namespace sa::ui {

// A narrow strip beside a comparison's tree: the whole shown tree from top to bottom, each
// change a mark in its colour (a folded row that hides changes a grey mark), the visible part
// boxed. Clicking a mark jumps to its row; clicking elsewhere scrolls there. It reads the rows
// of a DiffTreeModel through the tree, so it never builds rows of its own.
class ChangeOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeOverview(QTreeView *tree, QWidget *parent = nullptr);

    QSize sizeHint() const override;

Q_SIGNALS:
    void markClicked(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Mark
    {
        int row = 0; // among the tree's shown rows
        QColor color;
        QPersistentModelIndex index;
    };

    void scheduleUpdate();
    void collectMarks();
    QRectF stripArea() const;
    double rowToY(double row) const;

    QTreeView *m_tree; // not owned: the strip's sibling
    std::vector<Mark> m_marks;
    int m_shownRows = 0;
    int m_rowHeight = 0;
    bool m_updateScheduled = false;
};

} // namespace sa::ui
