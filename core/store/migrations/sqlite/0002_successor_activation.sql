-- Snapshot Auditor schema 2 for SQLite: a new active version whose parent is the report's
-- active version takes the active flag over from it, inside the INSERT. The PostgreSQL
-- migration of the same name explains why (a role that creates versions needs no UPDATE
-- of is_active there); SQLite has no roles, and gets the same rule so that both engines
-- behave the same and SnapshotStore::create is one code path.
CREATE TRIGGER report_snapshots_successor_takes_over
BEFORE INSERT ON report_snapshots
FOR EACH ROW
WHEN NEW.is_active = 1 AND NEW.parent_snapshot_id IS NOT NULL
BEGIN
    UPDATE report_snapshots SET is_active = 0
     WHERE id = NEW.parent_snapshot_id AND report_id = NEW.report_id AND is_active = 1;
END;
