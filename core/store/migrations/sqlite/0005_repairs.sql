-- Snapshot Auditor schema 5 for SQLite: repairs. A version whose payload fails its checksum
-- can be proven from its parent and its stored diff (changes_summary): when the parent
-- verifies and the parent with the stored patch applied hashes to the version's checksum,
-- that reconstruction is the original. An admin records it here; the damaged row stays in
-- report_snapshots untouched, as evidence, and reads of the version return the repair.

CREATE TABLE snapshot_repairs (
    snapshot_id     TEXT PRIMARY KEY REFERENCES report_snapshots (id),
    -- Stored as report_snapshots stores payloads: a zlib stream of the RFC 8785 bytes.
    parcel_snapshot BLOB NOT NULL,
    data_size       INTEGER NOT NULL CHECK (data_size >= 0),
    repaired_by     INTEGER NOT NULL REFERENCES users (id),
    repaired_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    -- The JSON Pointers where the damaged row differs from the proven original.
    altered_paths   TEXT NOT NULL
                    CHECK (json_valid(altered_paths) AND json_type(altered_paths) = 'array')
);

CREATE TRIGGER snapshot_repairs_no_update
BEFORE UPDATE ON snapshot_repairs
BEGIN
    SELECT RAISE(ABORT, 'snapshot_repairs is append-only: repairs can never be updated');
END;

CREATE TRIGGER snapshot_repairs_no_delete
BEFORE DELETE ON snapshot_repairs
BEGIN
    SELECT RAISE(ABORT, 'snapshot_repairs is append-only: repairs can never be deleted');
END;

-- activity_logs.action also takes 'repair' and 'record_checksum'. SQLite cannot alter a
-- CHECK: the table is rebuilt with the same columns, ids, index and triggers. Nothing
-- refers to activity_logs, so dropping the old table breaks no foreign key.
CREATE TABLE activity_logs_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    action       TEXT NOT NULL
                 CHECK (action IN ('create', 'rollback', 'deprecate', 'repair', 'record_checksum')),
    report_id    TEXT NOT NULL REFERENCES reports (id),
    version      INTEGER NOT NULL,
    from_version INTEGER,
    reason       TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    FOREIGN KEY (report_id, version) REFERENCES report_snapshots (report_id, version)
);

INSERT INTO activity_logs_new (id, user_id, action, report_id, version, from_version, reason, created_at)
SELECT id, user_id, action, report_id, version, from_version, reason, created_at
FROM activity_logs ORDER BY id;

-- Dropping the old table drops its index and triggers with it.
DROP TABLE activity_logs;

ALTER TABLE activity_logs_new RENAME TO activity_logs;

CREATE INDEX idx_activity_activation ON activity_logs (report_id, created_at DESC, id DESC)
    WHERE action IN ('create', 'rollback');

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
