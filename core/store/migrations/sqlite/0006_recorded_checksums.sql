-- Snapshot Auditor schema 6 for SQLite: recorded checksums. A version written by the CCP-04
-- service carries CCP-04's legacy checksum, which covers only part of the document. Once an
-- admin has accepted the document as it is (the legacy checksum matches), its RFC 8785
-- checksum can be recorded here, alongside: the row keeps its legacy checksum untouched, and
-- from then on the recorded checksum decides, covering every value.

CREATE TABLE recorded_checksums (
    snapshot_id TEXT PRIMARY KEY REFERENCES report_snapshots (id),
    checksum    TEXT NOT NULL CHECK (length(checksum) = 64 AND checksum NOT GLOB '*[^0-9a-f]*'),
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER recorded_checksums_no_update
BEFORE UPDATE ON recorded_checksums
BEGIN
    SELECT RAISE(ABORT, 'recorded_checksums is append-only: a recorded checksum can never be updated');
END;

CREATE TRIGGER recorded_checksums_no_delete
BEFORE DELETE ON recorded_checksums
BEGIN
    SELECT RAISE(ABORT, 'recorded_checksums is append-only: a recorded checksum can never be deleted');
END;
