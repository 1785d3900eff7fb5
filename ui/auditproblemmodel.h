#pragma once

#include "core/store/integrityaudit.h"

#include <QAbstractTableModel>

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
    };

    explicit AuditProblemModel(QObject *parent = nullptr);

    void clear();
    void append(const core::IntegrityProblem &problem);
    // Replaces the rows with the final, sorted list (same problems as streamed, in order).
    void setProblems(std::vector<core::IntegrityProblem> problems);
    const std::vector<core::IntegrityProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::IntegrityProblem> m_problems;
};

} // namespace sa::ui
