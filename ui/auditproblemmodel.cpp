#include "auditproblemmodel.h"

#include "auditreport.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace sa::ui {

AuditProblemModel::AuditProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditProblemModel::clear()
{
    beginResetModel();
    m_problems.clear();
    m_repaired.clear();
    endResetModel();
}

void AuditProblemModel::append(const core::IntegrityProblem &problem)
{
    const int row = int(m_problems.size());
    beginInsertRows({}, row, row);
    m_problems.push_back(problem);
    endInsertRows();
}

void AuditProblemModel::setProblems(std::vector<core::IntegrityProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_repaired.clear();
    endResetModel();
}

void AuditProblemModel::markRepaired(const QString &reportId, int version)
{
    m_repaired.emplace(reportId, version);
    for (int row = 0; row < int(m_problems.size()); ++row) {
        if (isRepaired(m_problems[std::size_t(row)]))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool AuditProblemModel::isRepaired(const core::IntegrityProblem &problem) const
{
    return m_repaired.contains({ problem.reportId, problem.version });
}

int AuditProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int AuditProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_problems.size())
        return {};
    const core::IntegrityProblem &problem = m_problems[std::size_t(index.row())];
    switch (role) {
    case KindNameRole:
        return core::integrityProblemKindName(problem.kind);
    case ReportIdRole:
        return problem.reportId;
    case VersionRole:
        return problem.version;
    case RepairedRole:
        return isRepaired(problem);
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            //: %1: the kind of problem ("Checksum mismatch") of a version repaired after the audit
            return isRepaired(problem)
                ? tr("%1 (repair recorded)").arg(AuditReport::kindLabel(problem.kind))
                : AuditReport::kindLabel(problem.kind);
        case CodeColumn: return core::integrityProblemKindName(problem.kind);
        case ReportColumn: return problem.reportId;
        case VersionColumn: return problem.version > 0 ? u"v%1"_s.arg(problem.version) : u"—"_s;
        case ExpectedColumn: return problem.expected;
        case FoundColumn: return problem.found;
        }
        return {};
    case Qt::ToolTipRole:
        if (isRepaired(problem))
            return QString(problem.description() + u'\n'
                           + tr("A repair of this version was recorded after the audit."));
        return problem.description();
    case Qt::DecorationRole:
        if (index.column() != KindColumn)
            return {};
        // A notice (a CCP-04 legacy checksum) is not damage, and must not look like it.
        return QApplication::style()->standardIcon(core::isNotice(problem.kind) ? QStyle::SP_MessageBoxInformation
                                                                                  : QStyle::SP_MessageBoxWarning);
    case Qt::FontRole:
        if (index.column() == CodeColumn || index.column() == ExpectedColumn || index.column() == FoundColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == VersionColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant AuditProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Problem");
    case CodeColumn: return tr("Kind");
    case ReportColumn: return tr("Report");
    case VersionColumn: return tr("Version");
    case ExpectedColumn: return tr("Expected");
    case FoundColumn: return tr("Found");
    }
    return {};
}

} // namespace sa::ui
