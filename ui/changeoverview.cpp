#include "changeoverview.h"

#include "diffstyle.h"
#include "difftreemodel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace sa::ui {
namespace {

constexpr int kStripWidth = 14;
// A click this close to a mark (in pixels) means the mark.
constexpr int kClickTolerance = 4;

} // namespace

ChangeOverview::ChangeOverview(QTreeView *tree, QWidget *parent)
    : QWidget(parent)
    , m_tree(tree)
{
    setToolTip(tr("Changes in the whole document: click a mark to go there"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    QAbstractItemModel *model = tree->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ChangeOverview::scheduleUpdate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ChangeOverview::scheduleUpdate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChangeOverview::scheduleUpdate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChangeOverview::scheduleUpdate);
    connect(tree, &QTreeView::expanded, this, &ChangeOverview::scheduleUpdate);
    connect(tree, &QTreeView::collapsed, this, &ChangeOverview::scheduleUpdate);
    connect(tree->verticalScrollBar(), &QScrollBar::valueChanged, this,
            qOverload<>(&QWidget::update));
    connect(tree->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            qOverload<>(&QWidget::update));
}

QSize ChangeOverview::sizeHint() const
{
    return {kStripWidth, 100};
}

void ChangeOverview::scheduleUpdate()
{
    // Expanding to a change opens several rows in a row: count them once, afterwards.
    if (m_updateScheduled)
        return;
    m_updateScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_updateScheduled = false;
        collectMarks();
        update();
    });
}

void ChangeOverview::collectMarks()
{
    m_marks.clear();
    m_shownRows = 0;
    const QAbstractItemModel *model = m_tree->model();
    if (!model || model->rowCount() == 0)
        return;
    // Uniform row heights: a row's place in the strip is its number among the shown rows.
    m_rowHeight = m_tree->visualRect(model->index(0, 0)).height();
    for (QModelIndex index = model->index(0, 0); index.isValid();
         index = m_tree->indexBelow(index)) {
        const auto status = DiffStatus(index.data(DiffTreeModel::StatusRole).toInt());
        if (index.data(DiffTreeModel::ChangeStopRole).toBool())
            m_marks.push_back({m_shownRows, DiffStyle::accent(status), index});
        else if (status == DiffStatus::ContainsChanges && !m_tree->isExpanded(index))
            m_marks.push_back({m_shownRows, palette().color(QPalette::Mid), index});
        ++m_shownRows;
    }
}

QRectF ChangeOverview::stripArea() const
{
    // Level with the tree's rows, below its header.
    const QRect viewport = m_tree->viewport()->geometry();
    return QRectF(0, viewport.top(), width(), viewport.height());
}

double ChangeOverview::rowToY(double row) const
{
    const QRectF area = stripArea();
    // A short document fills only the top of the view: so do its marks.
    const double content = std::max<double>(m_shownRows * m_rowHeight, area.height());
    return content <= 0 ? area.top() : area.top() + row * m_rowHeight * area.height() / content;
}

void ChangeOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = stripArea();
    painter.fillRect(area, palette().color(QPalette::AlternateBase));
    const double markHeight = std::max(3.0, rowToY(1) - rowToY(0));
    for (const Mark &mark : m_marks)
        painter.fillRect(QRectF(2, rowToY(mark.row), width() - 4, markHeight), mark.color);

    const QScrollBar *bar = m_tree->verticalScrollBar();
    const double content = bar->maximum() + bar->pageStep();
    if (content <= 0 || m_shownRows == 0)
        return;
    const QRectF visible(0.5, area.top() + bar->value() * area.height() / content, width() - 1,
                         std::max(4.0, bar->pageStep() * area.height() / content) - 1);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(visible);
}

void ChangeOverview::mousePressEvent(QMouseEvent *event)
{
    if (m_shownRows == 0)
        return;
    const double y = event->position().y();
    const double markHeight = std::max(3.0, rowToY(1) - rowToY(0));
    const auto distance = [this, y, markHeight](const Mark &mark) {
        const double top = rowToY(mark.row);
        return y < top ? top - y : std::max(0.0, y - (top + markHeight));
    };
    const auto nearest = std::min_element(
        m_marks.begin(), m_marks.end(),
        [&distance](const Mark &a, const Mark &b) { return distance(a) < distance(b); });
    if (nearest != m_marks.end() && distance(*nearest) <= kClickTolerance
        && nearest->index.isValid()) {
        Q_EMIT markClicked(nearest->index);
        return;
    }
    const QRectF area = stripArea();
    QScrollBar *bar = m_tree->verticalScrollBar();
    const double content = bar->maximum() + bar->pageStep();
    bar->setValue(int((y - area.top()) * content / area.height() - bar->pageStep() / 2.0));
}

} // namespace sa::ui
