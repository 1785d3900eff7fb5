-- Snapshot Auditor schema 3 for SQLite: the tamper-evident hash chain. Each snapshot's
-- chain_hash is the SHA-256 of its identity (report, version, checksum, author's login,
-- creation time, metadata) and its parent's chain_hash (docs/store-operations.md gives the
-- exact bytes). SQL cannot compute it (RFC 8785), so Migrator fills in the existing rows
-- right after these statements, in the same transaction, and records each report it
-- chained in chain_backfills. SnapshotStore::create writes it with every new version.
ALTER TABLE report_snapshots ADD COLUMN chain_hash TEXT
    CHECK (chain_hash IS NULL OR (length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*'));

-- NOT NULL for new rows (ALTER TABLE cannot add a NOT NULL column without a default).
CREATE TRIGGER report_snapshots_chain_required
BEFORE INSERT ON report_snapshots
FOR EACH ROW
WHEN NEW.chain_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots: a new snapshot needs its chain_hash');
END;

-- Part of the immutable record: set once (by the insert, or from NULL by this migration's
-- backfill) and never changed or cleared.
CREATE TRIGGER report_snapshots_chain_once
BEFORE UPDATE OF chain_hash ON report_snapshots
WHEN OLD.chain_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is immutable: a snapshot''s chain_hash is set once and can never be changed or cleared');
END;

-- Which reports the upgrade chained, when, and how many versions (activity_logs' CHECK on
-- action would need a table rebuild on SQLite to take a new action).
CREATE TABLE chain_backfills (
    report_id   TEXT PRIMARY KEY REFERENCES reports (id),
    computed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    snapshots   INTEGER NOT NULL CHECK (snapshots >= 1)
);

CREATE TRIGGER chain_backfills_no_update
BEFORE UPDATE ON chain_backfills
BEGIN
    SELECT RAISE(ABORT, 'chain_backfills is append-only: entries can never be updated');
END;

CREATE TRIGGER chain_backfills_no_delete
BEFORE DELETE ON chain_backfills
BEGIN
    SELECT RAISE(ABORT, 'chain_backfills is append-only: entries can never be deleted');
END;
