-- Snapshot Auditor schema 2 for PostgreSQL: a new active version whose parent is the
-- report's active version takes the active flag over from it, inside the INSERT.
--
-- Why: SnapshotStore::create deactivated the replaced version with its own
-- `UPDATE report_snapshots SET is_active = false`, so a role that may create versions also
-- needed UPDATE (is_active), which is all a rollback takes. The function runs with the
-- rights of its owner (the schema owner who migrated), so the snapshot_writer group of
-- `snapshotctl admin roles` creates versions with INSERT alone and cannot roll back.
-- Only the parent named by the new row is deactivated, and only while it is the active
-- version of the same report: an INSERT can hand the flag on the way create does, never
-- move it to an older version. Inserts without a parent (first versions, careless
-- clients) still meet idx_snapshots_one_active.
CREATE FUNCTION sa_successor_takes_over() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE report_snapshots SET is_active = false
     WHERE id = NEW.parent_snapshot_id AND report_id = NEW.report_id AND is_active;
    RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION sa_successor_takes_over() FROM PUBLIC;

CREATE TRIGGER report_snapshots_successor_takes_over
BEFORE INSERT ON report_snapshots
FOR EACH ROW
WHEN (NEW.is_active AND NEW.parent_snapshot_id IS NOT NULL)
EXECUTE FUNCTION sa_successor_takes_over();
