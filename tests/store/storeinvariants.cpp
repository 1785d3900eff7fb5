#include "storeinvariants.h"

#include "core/store/connectionprovider.h"
#include "core/store/integrityaudit.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using sa::core::Error;
using sa::core::ErrorCode;
using sa::core::Result;

namespace sa::tests {

namespace {

Result<QSqlQuery> select(core::ConnectionProvider &connections, const QString &sql, const QVariantList &values = {})
{
    auto db = connections.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return connections.failure(query.lastError(), sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return connections.failure(query.lastError(), sql);
    return query;
}

} // namespace

Result<RowCounts> rowCounts(core::ConnectionProvider &connections)
{
    auto query = select(connections, u"SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM report_snapshots), "
                                     "(SELECT count(*) FROM activity_logs)"_s);
    if (!query)
        return query.error();
    query->next();
    return RowCounts{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toLongLong()};
}

Result<int> checkReportInvariants(core::ConnectionProvider &connections, const QString &reportId, int expectedVersions)
{
    QStringList problems;
    auto versions = select(connections, u"SELECT version, is_active FROM report_snapshots WHERE report_id = ? ORDER BY version"_s,
                           {reportId});
    if (!versions)
        return versions.error();
    int count = 0;
    int active = 0;
    while (versions->next()) {
        ++count;
        const int version = versions->value(0).toInt();
        if (version != count)
            problems.append(u"version %1 stored where %2 was due (gap or duplicate)"_s.arg(version).arg(count));
        count = version;
        active += versions->value(1).toBool() ? 1 : 0;
    }
    if (expectedVersions >= 0 && count != expectedVersions)
        problems.append(u"%1 versions stored, %2 expected"_s.arg(count).arg(expectedVersions));
    if (count > 0 && active != 1)
        problems.append(u"%1 active versions"_s.arg(active));

    auto creates = select(connections, u"SELECT count(*) FROM activity_logs WHERE report_id = ? AND action = 'create'"_s,
                          {reportId});
    if (!creates)
        return creates.error();
    creates->next();
    if (creates->value(0).toInt() != count)
        problems.append(u"%1 create entries in the activity log for %2 versions"_s.arg(creates->value(0).toInt()).arg(count));

    const auto audit = core::IntegrityAudit(connections).verifyAll();
    if (!audit)
        return audit.error();
    for (const core::IntegrityProblem &problem : audit->problems)
        problems.append(problem.description());
    if (!problems.isEmpty())
        return Error{ErrorCode::IntegrityCheckFailed, u"report \"%1\": %2"_s.arg(reportId, problems.join(u"; "_s))};
    return count;
}

} // namespace sa::tests
