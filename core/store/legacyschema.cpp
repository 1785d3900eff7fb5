#include "legacyschema_p.h"

#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace sa::core::Internal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LegacySchema)
};

// %1 is the schema holding the CCP-04 tables, quoted. Column lists name every column this
// product reads; rows the CCP-04 log cannot place (metadata without the versions) are left out.
// Derived creations get ids below every real one, increasing with time as real ids do.
constexpr auto kViews = std::to_array<const char16_t *>({
    uR"(CREATE TEMP VIEW report_snapshots AS
        SELECT id, report_id, version, parcel_snapshot, snapshot_metadata, checksum, data_size,
               parent_snapshot_id, changes_summary, created_by,
               created_at AT TIME ZONE 'UTC' AS created_at, is_active,
               deprecated_at AT TIME ZONE 'UTC' AS deprecated_at, deprecated_reason,
               NULL::varchar(64) AS chain_hash
        FROM %1.report_snapshots)",
    uR"(CREATE TEMP VIEW users AS
        SELECT id, coalesce(name, '#' || id) AS login, name FROM %1.users)",
    uR"(CREATE TEMP VIEW reports AS SELECT id FROM %1.reports)",
    uR"(CREATE TEMP VIEW activity_logs AS
        SELECT l.id::bigint AS id, l.user_id, 'rollback'::text AS action,
               (l.metadata->>'reportId')::varchar(64) AS report_id,
               (l.metadata->>'toVersion')::numeric::integer AS version,
               (l.metadata->>'fromVersion')::numeric::integer AS from_version,
               NULL::text AS reason, l.created_at AT TIME ZONE 'UTC' AS created_at
        FROM %1.activity_logs l
        WHERE l.action = 'snapshot_rollback' AND jsonb_typeof(l.metadata->'reportId') = 'string'
          AND jsonb_typeof(l.metadata->'toVersion') = 'number'
          AND jsonb_typeof(l.metadata->'fromVersion') = 'number'
        UNION ALL
        SELECT row_number() OVER (ORDER BY s.created_at, s.id) - 1000000000000, s.created_by, 'create', s.report_id,
               s.version, p.version, 'derived from snapshot ' || s.id || ': CCP-04 did not log creations',
               s.created_at AT TIME ZONE 'UTC'
        FROM %1.report_snapshots s LEFT JOIN %1.report_snapshots p ON p.id = s.parent_snapshot_id)",
    uR"(CREATE TEMP VIEW chain_backfills AS
        SELECT NULL::varchar(64) AS report_id, NULL::timestamptz AS computed_at, NULL::integer AS snapshots
        WHERE false)",
    // CCP-04 has no repairs or recorded checksums (migrations 0005 and 0006); reads look for
    // them beside every row.
    uR"(CREATE TEMP VIEW recorded_checksums AS
        SELECT NULL::varchar(64) AS snapshot_id, NULL::varchar(64) AS checksum, NULL::integer AS recorded_by,
               NULL::timestamptz AS recorded_at
        WHERE false)",
    uR"(CREATE TEMP VIEW snapshot_repairs AS
        SELECT NULL::varchar(64) AS snapshot_id, NULL::jsonb AS parcel_snapshot, NULL::integer AS data_size,
               NULL::integer AS repaired_by, NULL::timestamptz AS repaired_at, NULL::text AS reason,
               NULL::jsonb AS altered_paths
        WHERE false)",
    u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
});

} // namespace

Status<> prepareLegacyReadSession(QSqlDatabase &db)
{
    const QString what = Tr::tr("Preparing to read the CCP-04 database without changing it");
    QSqlQuery schema(db);
    if (!schema.exec(u"SELECT quote_ident(current_schema())"_s) || !schema.next())
        return errorFromSql(schema.lastError(), DatabaseConfig::Engine::PostgreSql, what);
    const QString legacySchema = schema.value(0).toString();
    for (const char16_t *statement : kViews) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromUtf16(statement).replace(u"%1"_s, legacySchema)))
            return errorFromSql(query.lastError(), DatabaseConfig::Engine::PostgreSql, what);
    }
    return Done {};
}

} // namespace sa::core::Internal
