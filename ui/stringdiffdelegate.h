#pragma once

#include <QStyledItemDelegate>

#include <vector>

namespace sa::ui {

// Paints the rows of a DiffTreeModel for one side of a comparison: the row tinted by its kind
// of change, the key as that side names it, the change symbol as a coloured chip, and inside a
// modified string the characters that changed, on a stronger tint (removed ones on the old
// side, inserted ones on the new side).
class StringDiffDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Side { Old, New };

    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Span &) const = default;
    };
    struct TextChange
    {
        std::vector<Span> removed;  // in the old text
        std::vector<Span> inserted; // in the new text
    };
    // Which characters differ: the part between the common prefix and suffix, refined by a
    // character LCS when that part is short. Spans never split a surrogate pair.
    static TextChange changedSpans(QStringView oldText, QStringView newText);

    explicit StringDiffDelegate(Side side, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
    bool paintStringChange(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const;

    Side m_side;
};

} // namespace sa::ui
