-- Snapshot Auditor schema 4 for SQLite: nothing to change. PostgreSQL's schema 4 notifies
-- listening clients of every activity-log entry; SQLite has no notifications, so the GUI
-- polls PRAGMA data_version and reads the new activity-log entries instead. This migration
-- keeps the schema versions of both engines the same.
SELECT 1;
