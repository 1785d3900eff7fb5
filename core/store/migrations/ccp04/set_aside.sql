-- Upgrading a CCP-04 database (PostgreSQL), step 1 of 2, before migration 0001: the CCP-04
-- tables are set aside under ccp04_ names exactly as they are, every row, value, constraint
-- and index, as the evidence of what the service wrote. Their indexes and sequences are
-- renamed with them: this product's tables, created next, use the same names.

DO $$
DECLARE
    legacy text;
    object record;
BEGIN
    FOREACH legacy IN ARRAY ARRAY['report_snapshots', 'activity_logs', 'users', 'reports'] LOOP
        FOR object IN
            SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = to_regclass(legacy)
        LOOP
            EXECUTE format('ALTER INDEX %I RENAME TO %I', object.relname, 'ccp04_' || object.relname);
        END LOOP;
        FOR object IN
            SELECT s.relname FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
            WHERE d.refobjid = to_regclass(legacy) AND d.refobjsubid > 0 AND s.relkind = 'S'
        LOOP
            EXECUTE format('ALTER SEQUENCE %I RENAME TO %I', object.relname, 'ccp04_' || object.relname);
        END LOOP;
        EXECUTE format('ALTER TABLE %I RENAME TO %I', legacy, 'ccp04_' || legacy);
    END LOOP;
END
$$;
