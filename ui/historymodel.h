#pragma once

#include "core/store/snapshot.h"

#include "pagedtablemodel.h"

#include <vector>

namespace sa::ui {

// The versions of one report, newest first, a page at a time.
class HistoryModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, CreatedColumn, AuthorColumn, ChangesColumn, SizeColumn, StatusColumn, ChecksumColumn, ColumnCount };
    enum Role { VersionRole = Qt::UserRole + 1 };

    explicit HistoryModel(QObject *parent = nullptr);

    void reset(const QString &reportId);
    void appendPage(const core::HistoryPage &page);
    const QString &reportId() const { return m_reportId; }
    qint64 total() const { return m_total; }
    const core::SnapshotSummary *summaryAt(int row) const;
    int rowOfVersion(int version) const;
    // The active version among the loaded rows, or 0.
    int activeVersion() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
private:
    QString m_reportId;
    std::vector<core::SnapshotSummary> m_rows;
    qint64 m_total = 0;
};

} // namespace sa::ui
