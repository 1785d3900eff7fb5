#include "storequery_p.h"

#include "connectionprovider.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core::Internal {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreQuery)
};

} // namespace

bool isSqlite(const QSqlDatabase &db)
{
    return engineOf(db) == DatabaseConfig::Engine::Sqlite;
}

QString activeCondition(DatabaseConfig::Engine engine, const QString &alias)
{
    return engine == DatabaseConfig::Engine::Sqlite ? alias + u".is_active = 1"_s : alias + u".is_active"_s;
}

Status<> execPrepared(ConnectionProvider &provider, QSqlQuery &query, const QString &sql,
                      const QVariantList &values, const QString &what)
{
    // Forward-only: no client-side copy of the result set, and on PostgreSQL rows stream
    // one at a time instead of arriving all at once.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return provider.failure(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return provider.failure(query.lastError(), what);
    return Done{};
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QDateTime utcDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant timestampValue(DatabaseConfig::Engine engine, const QDateTime &time)
{
    // SQLite compares the schema's fixed-width ISO text ("2026-11-25T17:02:13.275Z")
    // as text; QPSQL sends a QDateTime as a UTC timestamp with milliseconds.
    if (engine == DatabaseConfig::Engine::Sqlite)
        return time.toUTC().toString(Qt::ISODateWithMs);
    return time.toUTC();
}

QString timestampColumn(DatabaseConfig::Engine engine, const QString &column)
{
    return engine == DatabaseConfig::Engine::Sqlite ? column : u"date_trunc('milliseconds', "_s + column + u')';
}

QString nowExpression(DatabaseConfig::Engine engine)
{
    return engine == DatabaseConfig::Engine::Sqlite ? u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s
                                                    : u"clock_timestamp()"_s;
}

// One count of changes_summary ({"added":N,...}); NULL for a first version and for the
// differently shaped summaries of CCP-04 deployments.
static QString changeCountColumn(DatabaseConfig::Engine engine, const QString &member)
{
    if (engine == DatabaseConfig::Engine::Sqlite)
        return u"json_extract(s.changes_summary, '$.%1')"_s.arg(member);
    return u"CASE WHEN jsonb_typeof(s.changes_summary -> '%1') = 'number' THEN (s.changes_summary ->> '%1')::int END"_s
        .arg(member);
}

QString summaryColumns(DatabaseConfig::Engine engine)
{
    QString columns = u"s.id, s.report_id, s.version, s.checksum, s.data_size, s.parent_snapshot_id, u.login, "_s
        + timestampColumn(engine, u"s.created_at"_s) + u", s.is_active, "_s
        + timestampColumn(engine, u"s.deprecated_at"_s) + u", s.deprecated_reason"_s;
    for (const QString &member : {u"added"_s, u"modified"_s, u"deleted"_s, u"moved"_s})
        columns += u", "_s + changeCountColumn(engine, member);
    return columns;
}

QString summaryColumns()
{
    return summaryColumns(DatabaseConfig::Engine::Sqlite);
}

QString summaryFrom()
{
    return u" FROM report_snapshots s JOIN users u ON u.id = s.created_by "_s;
}

QString evidenceColumns(DatabaseConfig::Engine engine)
{
    return u"rp.parcel_snapshot, "_s + timestampColumn(engine, u"rp.repaired_at"_s) + u", rpu.login, rc.checksum, "_s
           + timestampColumn(engine, u"rc.recorded_at"_s) + u", rcu.login"_s;
}

QString evidenceJoin()
{
    return u" LEFT JOIN snapshot_repairs rp ON rp.snapshot_id = s.id LEFT JOIN users rpu ON rpu.id = rp.repaired_by "
           "LEFT JOIN recorded_checksums rc ON rc.snapshot_id = s.id LEFT JOIN users rcu ON rcu.id = rc.recorded_by "_s;
}

PayloadEvidence readEvidence(const QSqlQuery &row, int first)
{
    PayloadEvidence evidence;
    if (!row.isNull(first))
        evidence.repair = StoredRepair{row.value(first), utcDateTime(row.value(first + 1)), row.value(first + 2).toString()};
    if (!row.isNull(first + 3)) {
        evidence.recorded = RecordedChecksum{row.value(first + 3).toString(), utcDateTime(row.value(first + 4)),
                                             row.value(first + 5).toString()};
    }
    return evidence;
}

SnapshotSummary readSummary(const QSqlQuery &row, int first)
{
    SnapshotSummary summary;
    summary.id = row.value(first).toString();
    summary.reportId = row.value(first + 1).toString();
    summary.version = row.value(first + 2).toInt();
    summary.checksum = row.value(first + 3).toString();
    summary.dataSize = row.value(first + 4).toLongLong();
    summary.parentId = row.value(first + 5).toString();
    summary.createdBy = row.value(first + 6).toString();
    summary.createdAt = utcDateTime(row.value(first + 7));
    summary.isActive = row.value(first + 8).toBool();
    summary.deprecatedAt = utcDateTime(row.value(first + 9));
    summary.deprecatedReason = row.value(first + 10).toString();
    summary.hasChangeCounts = !row.value(first + 11).isNull();
    summary.changes = {row.value(first + 11).toLongLong(), row.value(first + 12).toLongLong(),
                       row.value(first + 13).toLongLong(), row.value(first + 14).toLongLong()};
    return summary;
}

QString versionLabel(const QString &reportId, int version)
{
    //: Part of a message such as "Reading ... failed: verified version 3 of report "r1" does not parse"
    return Tr::tr("version %1 of report \"%2\"").arg(version).arg(reportId);
}

} // namespace sa::core::Internal
