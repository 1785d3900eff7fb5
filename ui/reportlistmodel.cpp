#include "reportlistmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sa::ui {

ReportListModel::ReportListModel(QObject *parent)
    : PagedTableModel(parent)
{
}

void ReportListModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    resetPaging();
    endResetModel();
}

void ReportListModel::appendPage(const core::ReportPage &page)
{
    m_total = page.total;
    if (!page.reports.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.reports.size()) - 1);
        m_rows.insert(m_rows.end(), page.reports.begin(), page.reports.end());
        endInsertRows();
    }
    pageArrived(!page.reports.empty() && qint64(m_rows.size()) < m_total);
}

void ReportListModel::setProblemReports(QSet<QString> reportIds)
{
    m_problemReports = std::move(reportIds);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ReportColumn), index(int(m_rows.size()) - 1, ReportColumn));
}

int ReportListModel::rowOfReport(const QString &reportId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].reportId == reportId)
            return int(row);
    }
    return -1;
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const core::ReportSummary &report = m_rows[std::size_t(index.row())];
    const bool damaged = m_problemReports.contains(report.reportId);
    switch (role) {
    case ReportIdRole:
        return report.reportId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReportColumn: return damaged ? u"⚠ "_s + report.reportId : report.reportId;
        case VersionsColumn: return QLocale().toString(report.versionCount);
        case ActiveColumn: return report.activeVersion ? u"v%1"_s.arg(report.activeVersion) : QString();
        case ChangedColumn:
            return report.lastChangedAt.isValid()
                ? tr("%1 by %2").arg(QLocale().toString(report.lastChangedAt.toLocalTime(), QLocale::ShortFormat),
                                     report.lastChangedBy)
                : QString();
        }
        return {};
    case Qt::ForegroundRole:
        return damaged && index.column() == ReportColumn ? QVariant(QColor(0xD5, 0x5E, 0x00)) : QVariant();
    case Qt::ToolTipRole:
        return damaged ? tr("The integrity audit found problems in this report") : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == VersionsColumn || index.column() == ActiveColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReportColumn: return tr("Report");
    case VersionsColumn: return tr("Versions");
    case ActiveColumn: return tr("Active");
    case ChangedColumn: return tr("Last change");
    }
    return {};
}

} // namespace sa::ui
