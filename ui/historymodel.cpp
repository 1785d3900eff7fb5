#include "historymodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sa::ui {

HistoryModel::HistoryModel(QObject *parent)
    : PagedTableModel(parent)
{
}

void HistoryModel::reset(const QString &reportId)
{
    beginResetModel();
    m_reportId = reportId;
    m_rows.clear();
    m_total = 0;
    resetPaging();
    endResetModel();
}

void HistoryModel::appendPage(const core::HistoryPage &page)
{
    m_total = page.total;
    if (!page.snapshots.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.snapshots.size()) - 1);
        m_rows.insert(m_rows.end(), page.snapshots.begin(), page.snapshots.end());
        endInsertRows();
    }
    pageArrived(!page.snapshots.empty() && qint64(m_rows.size()) < m_total);
}

const core::SnapshotSummary *HistoryModel::summaryAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int HistoryModel::rowOfVersion(int version) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].version == version)
            return int(row);
    }
    return -1;
}

int HistoryModel::activeVersion() const
{
    for (const core::SnapshotSummary &summary : m_rows) {
        if (summary.isActive)
            return summary.version;
    }
    return 0;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const core::SnapshotSummary *summary = summaryAt(index.row());
    if (!summary)
        return {};
    if (role == VersionRole)
        return summary->version;
    if (role == Qt::FontRole && summary->isActive) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && summary->deprecatedAt.isValid())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole && (index.column() == VersionColumn || index.column() == SizeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ChecksumColumn: return tr("SHA-256 of the canonical JSON: %1").arg(summary->checksum);
        case StatusColumn:
            return summary->deprecatedAt.isValid() ? tr("Deprecated %1: %2")
                                                         .arg(QLocale().toString(summary->deprecatedAt.toLocalTime(), QLocale::ShortFormat),
                                                              summary->deprecatedReason)
                                                   : QVariant();
        case CreatedColumn: return QLocale().toString(summary->createdAt.toLocalTime(), QLocale::LongFormat);
        case ChangesColumn:
            return tr("Since the version it was made from: %1 added, %2 modified, %3 deleted, %4 moved")
                .arg(summary->changes.added)
                .arg(summary->changes.modified)
                .arg(summary->changes.deleted)
                .arg(summary->changes.moved);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return u"v%1"_s.arg(summary->version);
    case CreatedColumn:
        return QLocale().toString(summary->createdAt.toLocalTime(), QLocale::ShortFormat);
    case AuthorColumn:
        return summary->createdBy;
    case ChangesColumn: {
        if (!summary->hasChangeCounts)
            return summary->parentId.isEmpty() ? tr("first version") : QString();
        const core::DiffSummary &c = summary->changes;
        QString text = u"+%1 ~%2 −%3"_s.arg(c.added).arg(c.modified).arg(c.deleted);
        if (c.moved)
            text += u" ↔%1"_s.arg(c.moved);
        return text;
    }
    case SizeColumn:
        return QLocale().formattedDataSize(summary->dataSize);
    case StatusColumn: {
        QStringList badges;
        if (summary->isActive)
            badges << tr("● active");
        if (summary->deprecatedAt.isValid())
            badges << tr("⊘ deprecated");
        return badges.join(u"  "_s);
    }
    case ChecksumColumn:
        return summary->checksum.left(12);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case CreatedColumn: return tr("Created");
    case AuthorColumn: return tr("Author");
    case ChangesColumn: return tr("Changes");
    case SizeColumn: return tr("Size");
    case StatusColumn: return tr("Status");
    case ChecksumColumn: return tr("Checksum");
    }
    return {};
}

} // namespace sa::ui
