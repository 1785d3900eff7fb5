-- Snapshot Auditor schema 4 for PostgreSQL: live updates. Every create, rollback and
-- deprecation writes one activity_logs row in its own transaction; this trigger turns that
-- row into a NOTIFY on the channel snapshot_changes, which PostgreSQL delivers to listening
-- clients (the GUI's ChangeListener) when the transaction commits, and never when it rolls
-- back. The payload is small JSON, far below NOTIFY's 8000-byte limit (report ids are at
-- most 64 characters, schema names and logins at most 63 bytes):
--   {"schema": "public", "id": 12, "report_id": "R-1", "version": 3, "action": "rollback",
--    "user": "bob"}
-- Notifications go to every listener of the database: "schema" lets a listener drop those
-- of the stores in other schemas. The function runs as the writing role; pg_notify needs no privilege, and reading users
-- is part of every writer's rights already.
CREATE FUNCTION sa_notify_snapshot_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('snapshot_changes', json_build_object(
        'schema', TG_TABLE_SCHEMA,
        'id', NEW.id,
        'report_id', NEW.report_id,
        'version', NEW.version,
        'action', NEW.action,
        'user', (SELECT login FROM users WHERE id = NEW.user_id))::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER activity_logs_notify
AFTER INSERT ON activity_logs
FOR EACH ROW EXECUTE FUNCTION sa_notify_snapshot_change();
