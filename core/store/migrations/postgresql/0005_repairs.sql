-- Snapshot Auditor schema 5 for PostgreSQL: repairs. A version whose payload fails its
-- checksum can be proven from its parent and its stored diff (changes_summary): when the
-- parent verifies and the parent with the stored patch applied hashes to the version's
-- checksum, that reconstruction is the original. An admin records it here; the damaged row
-- stays in report_snapshots untouched, as evidence, and reads of the version return the
-- repair.

CREATE TABLE snapshot_repairs (
    snapshot_id     varchar(64) PRIMARY KEY REFERENCES report_snapshots (id),
    -- Stored as report_snapshots stores payloads.
    parcel_snapshot jsonb COMPRESSION lz4 NOT NULL,
    data_size       integer NOT NULL CHECK (data_size >= 0),
    repaired_by     integer NOT NULL REFERENCES users (id),
    repaired_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    reason          text NOT NULL CHECK (length(btrim(reason)) > 0),
    -- The JSON Pointers where the damaged row differs from the proven original.
    altered_paths   jsonb NOT NULL CHECK (jsonb_typeof(altered_paths) = 'array')
);

-- sa_refuse_change() named the row by OLD.id, which snapshot_repairs (and chain_backfills)
-- do not have: the row is now named by its first key column that exists.
CREATE OR REPLACE FUNCTION sa_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        RAISE EXCEPTION '% (% row %)', TG_ARGV[0], TG_TABLE_NAME,
            coalesce(to_jsonb(OLD) ->> 'id', to_jsonb(OLD) ->> 'snapshot_id', to_jsonb(OLD) ->> 'report_id')
            USING ERRCODE = 'P0001';
    END IF;
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'P0001';
END
$$;

CREATE TRIGGER snapshot_repairs_no_update
BEFORE UPDATE ON snapshot_repairs
FOR EACH ROW EXECUTE FUNCTION sa_refuse_change(
    'snapshot_repairs is append-only: repairs can never be updated');

CREATE TRIGGER snapshot_repairs_no_delete
BEFORE DELETE ON snapshot_repairs
FOR EACH ROW EXECUTE FUNCTION sa_refuse_change(
    'snapshot_repairs is append-only: repairs can never be deleted');

CREATE TRIGGER snapshot_repairs_no_truncate
BEFORE TRUNCATE ON snapshot_repairs
FOR EACH STATEMENT EXECUTE FUNCTION sa_refuse_change(
    'snapshot_repairs is append-only: repairs can never be deleted (TRUNCATE refused)');

-- activity_logs.action also takes 'repair' and 'record_checksum'.
ALTER TABLE activity_logs DROP CONSTRAINT activity_logs_action_check;
ALTER TABLE activity_logs ADD CONSTRAINT activity_logs_action_check
    CHECK (action IN ('create', 'rollback', 'deprecate', 'repair', 'record_checksum'));
