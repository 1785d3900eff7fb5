-- Snapshot Auditor schema 3 for PostgreSQL: the tamper-evident hash chain. Each snapshot's
-- chain_hash is the SHA-256 of its identity (report, version, checksum, author's login,
-- creation time, metadata) and its parent's chain_hash (docs/store-operations.md gives the
-- exact bytes). PostgreSQL has sha256() but no RFC 8785, so Migrator fills in the existing
-- rows right after these statements, in the same transaction, and records each report it
-- chained in chain_backfills. SnapshotStore::create writes it with every new version.
ALTER TABLE report_snapshots ADD COLUMN chain_hash varchar(64)
    CONSTRAINT chain_hash_format CHECK (chain_hash ~ '^[0-9a-f]{64}$');

-- NOT NULL for new rows: NOT VALID skips the rows the backfill has yet to fill in; every
-- insert and update from now on is checked.
ALTER TABLE report_snapshots ADD CONSTRAINT chain_hash_required CHECK (chain_hash IS NOT NULL) NOT VALID;

-- Part of the immutable record: set once (by the insert, or from NULL by this migration's
-- backfill) and never changed or cleared.
CREATE TRIGGER report_snapshots_chain_once
BEFORE UPDATE OF chain_hash ON report_snapshots
FOR EACH ROW
WHEN (OLD.chain_hash IS NOT NULL)
EXECUTE FUNCTION sa_refuse_change(
    'report_snapshots is immutable: a snapshot''s chain_hash is set once and can never be changed or cleared');

-- Which reports the upgrade chained, when, and how many versions.
CREATE TABLE chain_backfills (
    report_id   varchar(64) PRIMARY KEY REFERENCES reports (id),
    computed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    snapshots   integer NOT NULL CHECK (snapshots >= 1)
);

CREATE TRIGGER chain_backfills_no_update
BEFORE UPDATE ON chain_backfills
FOR EACH ROW EXECUTE FUNCTION sa_refuse_change(
    'chain_backfills is append-only: entries can never be updated');

CREATE TRIGGER chain_backfills_no_delete
BEFORE DELETE ON chain_backfills
FOR EACH ROW EXECUTE FUNCTION sa_refuse_change(
    'chain_backfills is append-only: entries can never be deleted');

CREATE TRIGGER chain_backfills_no_truncate
BEFORE TRUNCATE ON chain_backfills
FOR EACH STATEMENT EXECUTE FUNCTION sa_refuse_change(
    'chain_backfills is append-only: entries can never be deleted (TRUNCATE refused)');
