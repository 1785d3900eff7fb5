#pragma once

#include "pagedtablemodel.h"

#include "core/store/historyqueries.h"

#include <vector>

namespace sa::ui {

// The activity log (creates, rollbacks, deprecations), newest first, a page at a time.
class ActivityModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, ReportColumn, VersionColumn, ReasonColumn, ColumnCount };

    explicit ActivityModel(QObject *parent = nullptr);

    void reset();
    void appendPage(const core::ActivityPage &page);
    const core::ActivityEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ActivityEntry> m_rows;
};

} // namespace sa::ui
