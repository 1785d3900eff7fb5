-- Snapshot Auditor schema 6 for PostgreSQL: recorded checksums. A version written by the
-- CCP-04 service carries CCP-04's legacy checksum, which covers only part of the document.
-- Once an admin has accepted the document as it is (the legacy checksum matches), its
-- RFC 8785 checksum can be recorded here, alongside: the row keeps its legacy checksum
-- untouched, and from then on the recorded checksum decides, covering every value.

CREATE TABLE recorded_checksums (
    snapshot_id varchar(64) PRIMARY KEY REFERENCES report_snapshots (id),
    checksum    varchar(64) NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    recorded_by integer NOT NULL REFERENCES users (id),
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TRIGGER recorded_checksums_no_update
BEFORE UPDATE ON recorded_checksums
FOR EACH ROW EXECUTE FUNCTION sa_refuse_change(
    'recorded_checksums is append-only: a recorded checksum can never be updated');

CREATE TRIGGER recorded_checksums_no_delete
BEFORE DELETE ON recorded_checksums
FOR EACH ROW EXECUTE FUNCTION sa_refuse_change(
    'recorded_checksums is append-only: a recorded checksum can never be deleted');

CREATE TRIGGER recorded_checksums_no_truncate
BEFORE TRUNCATE ON recorded_checksums
FOR EACH STATEMENT EXECUTE FUNCTION sa_refuse_change(
    'recorded_checksums is append-only: recorded checksums can never be deleted (TRUNCATE refused)');
