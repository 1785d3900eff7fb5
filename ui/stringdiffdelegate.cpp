#include "stringdiffdelegate.h"

#include "diffstyle.h"
#include "difftreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace sa::ui {
namespace {

// Beyond this many differing characters per side the LCS table (n * m) is not worth it: the
// whole middle part is marked.
constexpr qsizetype kMaxLcsLength = 160;

// Marks the characters of `text` not flagged in `kept` as spans.
std::vector<StringDiffDelegate::Span> spansOf(const std::vector<bool> &kept, qsizetype offset)
{
    std::vector<StringDiffDelegate::Span> spans;
    for (qsizetype i = 0; i < qsizetype(kept.size()); ++i) {
        if (kept[std::size_t(i)])
            continue;
        if (!spans.empty() && spans.back().start + spans.back().length == offset + i)
            ++spans.back().length;
        else
            spans.push_back({offset + i, 1});
    }
    return spans;
}

// A lone character in common between two changes ("-" in "3-02" vs "4-18") splits one change
// into confetti; reading it as part of the change is what people expect.
void dropSingleMatches(std::vector<bool> &oldKept, std::vector<bool> &newKept,
                       const std::vector<std::pair<qsizetype, qsizetype>> &matches)
{
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const auto [i, j] = matches[k];
        const bool joinsPrevious
            = k > 0 && matches[k - 1].first == i - 1 && matches[k - 1].second == j - 1;
        const bool joinsNext = k + 1 < matches.size() && matches[k + 1].first == i + 1
                               && matches[k + 1].second == j + 1;
        if (!joinsPrevious && !joinsNext) {
            oldKept[std::size_t(i)] = false;
            newKept[std::size_t(j)] = false;
        }
    }
}

void keepSurrogatesWhole(std::vector<StringDiffDelegate::Span> &spans, QStringView text)
{
    for (auto &span : spans) {
        if (span.start > 0 && span.start < text.size() && text[span.start].isLowSurrogate()) {
            --span.start;
            ++span.length;
        }
        const qsizetype end = span.start + span.length;
        if (end < text.size() && text[end].isLowSurrogate())
            ++span.length;
    }
}

} // namespace

StringDiffDelegate::TextChange StringDiffDelegate::changedSpans(QStringView oldText,
                                                                QStringView newText)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(oldText.size(), newText.size());
    while (prefix < shorter && oldText[prefix] == newText[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && oldText[oldText.size() - 1 - suffix] == newText[newText.size() - 1 - suffix])
        ++suffix;
    const QStringView oldMiddle = oldText.mid(prefix, oldText.size() - prefix - suffix);
    const QStringView newMiddle = newText.mid(prefix, newText.size() - prefix - suffix);

    TextChange change;
    if (oldMiddle.size() > kMaxLcsLength || newMiddle.size() > kMaxLcsLength || oldMiddle.isEmpty()
        || newMiddle.isEmpty()) {
        if (!oldMiddle.isEmpty())
            change.removed.push_back({prefix, oldMiddle.size()});
        if (!newMiddle.isEmpty())
            change.inserted.push_back({prefix, newMiddle.size()});
    } else {
        const qsizetype n = oldMiddle.size();
        const qsizetype m = newMiddle.size();
        // lengths[i][j]: LCS of oldMiddle[i..] and newMiddle[j..]
        std::vector<std::uint16_t> lengths(std::size_t((n + 1) * (m + 1)), 0);
        const auto at = [m, &lengths](qsizetype i, qsizetype j) -> std::uint16_t & {
            return lengths[std::size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = oldMiddle[i] == newMiddle[j] ? at(i + 1, j + 1) + 1
                                                        : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        std::vector<bool> oldKept(std::size_t(n), false);
        std::vector<bool> newKept(std::size_t(m), false);
        std::vector<std::pair<qsizetype, qsizetype>> matches;
        for (qsizetype i = 0, j = 0; i < n && j < m;) {
            if (oldMiddle[i] == newMiddle[j]) {
                matches.push_back({i, j});
                oldKept[std::size_t(i++)] = true;
                newKept[std::size_t(j++)] = true;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
        dropSingleMatches(oldKept, newKept, matches);
        change.removed = spansOf(oldKept, prefix);
        change.inserted = spansOf(newKept, prefix);
    }
    keepSurrogatesWhole(change.removed, oldText);
    keepSurrogatesWhole(change.inserted, newText);
    return change;
}

StringDiffDelegate::StringDiffDelegate(Side side, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_side(side)
{}

void StringDiffDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = DiffStatus(index.data(DiffTreeModel::StatusRole).toInt());
    const QColor background = DiffStyle::rowBackground(status, option->palette);
    const bool present
        = index.data(m_side == Side::Old ? DiffTreeModel::HasOldRole : DiffTreeModel::HasNewRole)
              .toBool();
    // The side without the row shows a hatched gap, as a diff tool's filler lines do.
    if (background.isValid())
        option->backgroundBrush
            = present
                  ? QBrush(background)
                  : QBrush(DiffStyle::spanBackground(status, option->palette), Qt::BDiagPattern);
    if (index.column() == DiffTreeModel::KeyColumn) {
        option->text
            = index
                  .data(m_side == Side::Old ? DiffTreeModel::OldKeyRole : DiffTreeModel::NewKeyRole)
                  .toString();
    }
}

void StringDiffDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (index.column() == DiffTreeModel::StatusColumn) {
        paintStatus(painter, option, index);
        return;
    }
    if (paintStringChange(painter, option, index))
        return;
    QStyledItemDelegate::paint(painter, option, index);
}

void StringDiffDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString symbol = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (symbol.isEmpty())
        return;
    const auto status = DiffStatus(index.data(DiffTreeModel::StatusRole).toInt());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    if (isChange(status)) {
        const QColor chip = DiffStyle::accent(status);
        const int side = std::min(opt.rect.height(), opt.rect.width()) - 4;
        const QRect chipRect(opt.rect.center().x() - side / 2, opt.rect.center().y() - side / 2,
                             side, side);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chip);
        painter->drawRoundedRect(chipRect, 3, 3);
        painter->setPen(DiffStyle::textOn(chip));
        painter->drawText(chipRect, Qt::AlignCenter, symbol);
    } else {
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(opt.rect, Qt::AlignCenter, symbol);
    }
    painter->restore();
}

bool StringDiffDelegate::paintStringChange(QPainter *painter, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const bool oldCell = index.column() == DiffTreeModel::OldValueColumn;
    if ((!oldCell && index.column() != DiffTreeModel::NewValueColumn)
        || DiffStatus(index.data(DiffTreeModel::StatusRole).toInt()) != DiffStatus::Modified)
        return false;
    const auto *model = qobject_cast<const DiffTreeModel *>(index.model());
    const DiffRow *row = model ? model->diffRow(index) : nullptr;
    if (!row || !row->oldValue.isString() || !row->newValue.isString())
        return false;

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QString otherText = index
                                  .siblingAtColumn(oldCell ? DiffTreeModel::NewValueColumn
                                                           : DiffTreeModel::OldValueColumn)
                                  .data()
                                  .toString();
    const TextChange change
        = oldCell ? changedSpans(text, otherText) : changedSpans(otherText, text);

    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
              .adjusted(style->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1, 0, 0, 0);

    QTextCharFormat changed;
    changed.setBackground(
        DiffStyle::spanBackground(oldCell ? DiffStatus::Deleted : DiffStatus::Added, opt.palette));
    QList<QTextLayout::FormatRange> formats;
    for (const Span &span : oldCell ? change.removed : change.inserted)
        formats.append({int(span.start), int(span.length), changed});
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6); // one line, clipped by the cell: the tooltip shows the whole value
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter,
                QPointF(textRect.left(), textRect.top() + (textRect.height() - line.height()) / 2));
    painter->restore();
    return true;
}

} // namespace sa::ui
