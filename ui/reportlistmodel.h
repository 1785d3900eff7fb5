#pragma once

#include "pagedtablemodel.h"

#include "core/store/historyqueries.h"

#include <QHash>

#include <vector>

namespace sa::ui {

// The reports of the database (filtered by id), a page at a time, with a badge for reports
// in which an integrity audit found problems.
class ReportListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { ReportColumn, VersionsColumn, ActiveColumn, ChangedColumn, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1 };

    explicit ReportListModel(QObject *parent = nullptr);

    void reset();
    void appendPage(const core::ReportPage &page);
    qint64 total() const { return m_total; }
    // The reports in which the last integrity audit found problems, with how many; they get
    // a red badge (decoration) and a tooltip. Empty: no badges.
    void setProblemReports(QHash<QString, int> problemsPerReport);
    int problemCount(const QString &reportId) const { return m_problemReports.value(reportId); }
    int rowOfReport(const QString &reportId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ReportSummary> m_rows;
    QHash<QString, int> m_problemReports;
    qint64 m_total = 0;
};

} // namespace sa::ui
