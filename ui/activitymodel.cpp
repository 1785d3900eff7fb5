#include "activitymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sa::ui {

ActivityModel::ActivityModel(QObject *parent)
    : PagedTableModel(parent)
{
}

void ActivityModel::reset()
{
    beginResetModel();
    m_rows.clear();
    resetPaging();
    endResetModel();
}

void ActivityModel::appendPage(const core::ActivityPage &page)
{
    if (!page.entries.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.entries.size()) - 1);
        m_rows.insert(m_rows.end(), page.entries.begin(), page.entries.end());
        endInsertRows();
    }
    pageArrived(page.hasMore);
}

const core::ActivityEntry *ActivityModel::entryAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    const core::ActivityEntry *entry = entryAt(index.row());
    if (!entry || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry->at.toLocalTime(), role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
    case UserColumn:
        return entry->user;
    case ActionColumn:
        switch (entry->action) {
        case core::ActivityAction::Create: return tr("created");
        case core::ActivityAction::Rollback: return tr("rolled back");
        case core::ActivityAction::Deprecate: return tr("deprecated");
        case core::ActivityAction::Repair: return tr("repaired");
        case core::ActivityAction::RecordChecksum: return tr("checksum recorded");
        }
        return {};
    case ReportColumn:
        return entry->reportId;
    case VersionColumn:
        if (entry->action == core::ActivityAction::Rollback)
            return tr("v%1 → v%2").arg(entry->fromVersion).arg(entry->version);
        return u"v%1"_s.arg(entry->version);
    case ReasonColumn:
        return entry->reason;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case UserColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case ReportColumn: return tr("Report");
    case VersionColumn: return tr("Version");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

} // namespace sa::ui
