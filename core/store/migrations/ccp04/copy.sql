-- Upgrading a CCP-04 database (PostgreSQL), step 2 of 2, right after migration 0001: every
-- row of the ccp04_ tables copied into this product's tables, before the later migrations
-- compute the hash chain over them. Payloads, metadata, checksums, sizes, versions, parents,
-- authors and flags are copied as they are; CCP-04's times, stored without a time zone, are
-- taken as UTC. Anything the rules of the new tables refuse (two active versions of a report,
-- a deprecation without a reason) fails the whole upgrade, which then changes nothing.

-- CCP-04 users have a name only: the name stands in for the login when it is unique.
INSERT INTO users (id, login, name)
SELECT id,
       CASE WHEN name IS NOT NULL AND count(*) OVER (PARTITION BY name) = 1 THEN name
            ELSE coalesce(name, 'user') || ' #' || id END,
       name
FROM ccp04_users;

SELECT setval(pg_get_serial_sequence('users', 'id'), coalesce(max(id), 0) + 1, false) FROM users;

INSERT INTO reports (id, created_at)
SELECT r.id,
       coalesce((SELECT min(s.created_at) FROM ccp04_report_snapshots s WHERE s.report_id = r.id) AT TIME ZONE 'UTC',
                now())
FROM ccp04_reports r;

INSERT INTO report_snapshots (id, report_id, version, parcel_snapshot, snapshot_metadata, checksum, data_size,
                              parent_snapshot_id, changes_summary, created_by, created_at, is_active, deprecated_at,
                              deprecated_reason)
SELECT id, report_id, version, parcel_snapshot, snapshot_metadata, checksum, data_size, parent_snapshot_id,
       changes_summary, created_by, created_at AT TIME ZONE 'UTC', is_active, deprecated_at AT TIME ZONE 'UTC',
       deprecated_reason
FROM ccp04_report_snapshots;

-- The activity log in the order things happened: CCP-04 logged rollbacks only, so each
-- version's creation (which activated it) is derived from its row and says so. Rollback rows
-- that name no existing version cannot be placed; they stay in ccp04_activity_logs.
INSERT INTO activity_logs (user_id, action, report_id, version, from_version, reason, created_at)
SELECT user_id, action, report_id, version, from_version, reason, created_at
FROM (
    SELECT s.created_by AS user_id, 'create' AS action, s.report_id, s.version, p.version AS from_version,
           'derived from snapshot ' || s.id || ': CCP-04 did not log creations' AS reason,
           s.created_at AT TIME ZONE 'UTC' AS created_at, 0 AS source, 0::bigint AS legacy_id
    FROM ccp04_report_snapshots s LEFT JOIN ccp04_report_snapshots p ON p.id = s.parent_snapshot_id
    UNION ALL
    SELECT l.user_id, 'rollback', l.report_id, l.version, l.from_version,
           'logged by CCP-04 (ccp04_activity_logs row ' || l.id || ')', l.created_at, 1, l.id
    FROM (
        SELECT id, user_id, created_at AT TIME ZONE 'UTC' AS created_at, metadata->>'reportId' AS report_id,
               CASE WHEN jsonb_typeof(metadata->'toVersion') = 'number'
                    THEN (metadata->>'toVersion')::numeric::integer END AS version,
               CASE WHEN jsonb_typeof(metadata->'fromVersion') = 'number'
                    THEN (metadata->>'fromVersion')::numeric::integer END AS from_version
        FROM ccp04_activity_logs
        WHERE action = 'snapshot_rollback' AND user_id IS NOT NULL
    ) l
    WHERE EXISTS (SELECT 1 FROM ccp04_report_snapshots s WHERE s.report_id = l.report_id AND s.version = l.version)
) entries
ORDER BY created_at, source, legacy_id, report_id, version;

-- When the upgrade happened, beside the migrations it applied (version 0: before all of them).
INSERT INTO schema_migrations (version, name) VALUES (0, 'ccp04_upgrade');
