#include "pagedtablemodel.h"

namespace sa::ui {

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_waiting;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    Q_EMIT nextPageWanted(rowCount());
}

void PagedTableModel::pageArrived(bool hasMore)
{
    m_waiting = false;
    m_hasMore = hasMore;
}

void PagedTableModel::resetPaging()
{
    m_waiting = false;
    m_hasMore = false;
}

} // namespace sa::ui
