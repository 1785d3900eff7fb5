#include "reportlistmodel.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

// A red disc with a white "!": the same in light and dark palettes. Painted once, on the
// GUI thread (where views ask for data).
QIcon problemBadge()
{
    static const QIcon badge = [] {
        QIcon icon;
        for (const int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xC6, 0x28, 0x28));
            painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(size * 3 / 4);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"!"_s);
            painter.end();
            icon.addPixmap(pixmap);
        }
        return icon;
    }();
    return badge;
}

} // namespace

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

void ReportListModel::setProblemReports(QHash<QString, int> problemsPerReport)
{
    m_problemReports = std::move(problemsPerReport);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole});
    }
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
    const int problems = m_problemReports.value(report.reportId);
    switch (role) {
    case ReportIdRole:
        return report.reportId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReportColumn: return report.reportId;
        case VersionsColumn: return QLocale().toString(report.versionCount);
        case ActiveColumn: return report.activeVersion ? u"v%1"_s.arg(report.activeVersion) : QString();
        case ChangedColumn:
            return report.lastChangedAt.isValid()
                ? tr("%1 by %2").arg(QLocale().toString(report.lastChangedAt.toLocalTime(), QLocale::ShortFormat),
                                     report.lastChangedBy)
                : QString();
        }
        return {};
    case Qt::DecorationRole:
        return problems > 0 && index.column() == ReportColumn ? QVariant(problemBadge()) : QVariant();
    case Qt::ToolTipRole:
        if (problems == 0)
            return {};
        return problems == 1 ? tr("The last integrity audit found 1 problem in this report")
                             : tr("The last integrity audit found %1 problems in this report")
                                   .arg(QLocale().toString(problems));
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
