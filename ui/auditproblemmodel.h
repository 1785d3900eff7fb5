#pragma once

#include "core/store/integrityaudit.h"

#include <QAbstractTableModel>

#include <set>
#include <utility>
#include <vector>

namespace sa::ui {

// The problems an integrity audit found, one row each, appended as they stream in. Fed
// values; holds no database handle.
class AuditProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, CodeColumn, ReportColumn, VersionColumn, ExpectedColumn, FoundColumn, ColumnCount };
    enum Role {
        KindNameRole = Qt::UserRole + 1, // the stable name, "CHECKSUM_MISMATCH"
        ReportIdRole,
        VersionRole,
        RepairedRole, // bool: a repair of the version was recorded after the audit (markRepaired)
    };

    explicit AuditProblemModel(QObject *parent = nullptr);

    void clear();
    void append(const core::IntegrityProblem &problem);
    // Replaces the rows with the final, sorted list (same problems as streamed, in order).
    void setProblems(std::vector<core::IntegrityProblem> problems);
    const std::vector<core::IntegrityProblem> &problems() const { return m_problems; }
    // Marks the rows of `version` of `reportId` as repaired since the audit ran (until the next
    // clear() or setProblems()).
    void markRepaired(const QString &reportId, int version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isRepaired(const core::IntegrityProblem &problem) const;

    std::vector<core::IntegrityProblem> m_problems;
    std::set<std::pair<QString, int>> m_repaired; // report id, version
};

} // namespace sa::ui
