-- Snapshot Auditor schema 1 for SQLite: the CCP-04 tables with the rules of DESIGN.md
-- enforced by the database itself. Applied by Migrator in one transaction, which also
-- records the version in schema_migrations.
--
-- Timestamps are TEXT in ISO 8601 UTC with milliseconds ('2026-11-25T17:02:13.275Z'):
-- SQLite has no timestamp type, and this form sorts chronologically as text.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- CCP-04 keeps integer user ids. `login` is who acts: the OS login on SQLite, the role on
-- PostgreSQL; `name` is what people read.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    login      TEXT NOT NULL UNIQUE,
    name       TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE reports (
    id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE report_snapshots (
    id                 TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    -- RESTRICT, not CCP-04's CASCADE: snapshots are never deleted, so neither is a report
    -- that has any.
    report_id          TEXT NOT NULL REFERENCES reports (id) ON DELETE RESTRICT,
    version            INTEGER NOT NULL CHECK (version >= 1),
    -- The document as a zlib stream (RFC 1950, no length prefix) of its RFC 8785 canonical
    -- UTF-8 bytes: the bytes the checksum covers, so a read verifies by inflating and
    -- hashing, with no re-serialisation. data_size is the inflated length.
    parcel_snapshot    BLOB NOT NULL,
    snapshot_metadata  TEXT NOT NULL CHECK (json_valid(snapshot_metadata)),
    checksum           TEXT NOT NULL
                       CHECK (length(checksum) = 64 AND checksum NOT GLOB '*[^0-9a-f]*'),
    data_size          INTEGER NOT NULL CHECK (data_size >= 0),
    parent_snapshot_id TEXT REFERENCES report_snapshots (id),
    changes_summary    TEXT CHECK (changes_summary IS NULL OR json_valid(changes_summary)),
    created_by         INTEGER NOT NULL REFERENCES users (id),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    is_active          INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    deprecated_at      TEXT,
    deprecated_reason  TEXT,
    -- A deprecation always says why.
    CONSTRAINT deprecation_has_reason
        CHECK ((deprecated_at IS NULL) = (deprecated_reason IS NULL)),
    CONSTRAINT unique_report_version UNIQUE (report_id, version)
);

-- The CCP-04 indexes (idx_snapshots_version duplicates unique_report_version's index; it
-- is kept so the schema matches deployments that look for it).
CREATE INDEX idx_snapshots_report_active ON report_snapshots (report_id, is_active);
CREATE INDEX idx_snapshots_version ON report_snapshots (report_id, version DESC);
CREATE INDEX idx_snapshots_created ON report_snapshots (created_at DESC);

-- At most one active version per report, whatever the client.
CREATE UNIQUE INDEX idx_snapshots_one_active ON report_snapshots (report_id) WHERE is_active = 1;

-- Who did what to which version, and why. `version` is the version the action applies to
-- (for create and rollback: the one that became active); `from_version` the one active
-- before. The composite key makes a log row for a version that does not exist impossible.
CREATE TABLE activity_logs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    action       TEXT NOT NULL CHECK (action IN ('create', 'rollback', 'deprecate')),
    report_id    TEXT NOT NULL REFERENCES reports (id),
    version      INTEGER NOT NULL,
    from_version INTEGER,
    reason       TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    FOREIGN KEY (report_id, version) REFERENCES report_snapshots (report_id, version)
);

-- "As of T": the latest activation (create or rollback) of the report at or before T is
-- one descent of this partial index; queries must repeat its WHERE clause to use it.
CREATE INDEX idx_activity_activation ON activity_logs (report_id, created_at DESC, id DESC)
    WHERE action IN ('create', 'rollback');

-- Immutability. Naming a frozen column in an UPDATE is refused even when the value would
-- not change: the rule is then the same on both engines and costs no payload comparison.
CREATE TRIGGER report_snapshots_content_immutable
BEFORE UPDATE OF id, report_id, version, parcel_snapshot, snapshot_metadata, checksum,
                 data_size, parent_snapshot_id, changes_summary, created_by, created_at
ON report_snapshots
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is immutable: a snapshot''s id, report, version, payload, metadata, checksum, size, parent, changes summary, author and creation time can never be updated; only is_active may change');
END;

CREATE TRIGGER report_snapshots_deprecation_once
BEFORE UPDATE OF deprecated_at, deprecated_reason ON report_snapshots
WHEN OLD.deprecated_at IS NOT NULL OR OLD.deprecated_reason IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots: deprecated_at and deprecated_reason are set once and can never be changed or cleared');
END;

CREATE TRIGGER report_snapshots_no_delete
BEFORE DELETE ON report_snapshots
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is immutable: snapshots can never be deleted');
END;

-- The audit trail is append-only, and as-of answers depend on it.
CREATE TRIGGER activity_logs_no_update
BEFORE UPDATE ON activity_logs
BEGIN
    SELECT RAISE(ABORT, 'activity_logs is append-only: entries can never be updated');
END;

CREATE TRIGGER activity_logs_no_delete
BEFORE DELETE ON activity_logs
BEGIN
    SELECT RAISE(ABORT, 'activity_logs is append-only: entries can never be deleted');
END;
