#pragma once

#include <QAbstractTableModel>

namespace sa::ui {

// The paging half of a table fed from the database a page at a time: when a view scrolls to
// the end, nextPageWanted() asks the owner (who runs the query on a worker) for the rows
// from `offset` on; the subclass appends them and calls pageArrived(). Models hold values
// only, never a database handle.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void nextPageWanted(qint64 offset);

protected:
    // After appending a page: whether more rows exist beyond what is loaded now.
    void pageArrived(bool hasMore);
    // When the model is emptied for a new query.
    void resetPaging();

private:
    bool m_hasMore = false;
    bool m_waiting = false;
};

} // namespace sa::ui
