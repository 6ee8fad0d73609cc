-- Live-record counts per table for the dashboard, kept by statement-level triggers. Each write statement
-- appends its delta (insert-only, so concurrent writers never wait on a counter row); readers sum the
-- deltas and compact them now and then.
CREATE TABLE record_count_deltas (
  table_name text NOT NULL,
  delta bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX record_count_deltas_table_idx ON record_count_deltas (table_name);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION relatio_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO record_count_deltas SELECT TG_TABLE_NAME, count(*) FROM new_rows WHERE deleted_at IS NULL HAVING count(*) > 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION relatio_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d bigint;
BEGIN
  SELECT (SELECT count(*) FROM new_rows WHERE deleted_at IS NULL) - (SELECT count(*) FROM old_rows WHERE deleted_at IS NULL) INTO d;
  IF d <> 0 THEN
    INSERT INTO record_count_deltas VALUES (TG_TABLE_NAME, d);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION relatio_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO record_count_deltas SELECT TG_TABLE_NAME, -count(*) FROM old_rows WHERE deleted_at IS NULL HAVING count(*) > 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_count_insert AFTER INSERT ON organisations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_insert();
--> statement-breakpoint
CREATE TRIGGER organisations_count_update AFTER UPDATE ON organisations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_update();
--> statement-breakpoint
CREATE TRIGGER organisations_count_delete AFTER DELETE ON organisations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_delete();
--> statement-breakpoint
CREATE TRIGGER persons_count_insert AFTER INSERT ON persons REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_insert();
--> statement-breakpoint
CREATE TRIGGER persons_count_update AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_update();
--> statement-breakpoint
CREATE TRIGGER persons_count_delete AFTER DELETE ON persons REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_delete();
--> statement-breakpoint
CREATE TRIGGER persons_in_organisation_count_insert AFTER INSERT ON persons_in_organisation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_insert();
--> statement-breakpoint
CREATE TRIGGER persons_in_organisation_count_update AFTER UPDATE ON persons_in_organisation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_update();
--> statement-breakpoint
CREATE TRIGGER persons_in_organisation_count_delete AFTER DELETE ON persons_in_organisation REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION relatio_count_delete();
--> statement-breakpoint
-- Existing data (an older database being migrated) is counted once.
INSERT INTO record_count_deltas
  SELECT 'organisations', count(*) FROM organisations WHERE deleted_at IS NULL
  UNION ALL SELECT 'persons', count(*) FROM persons WHERE deleted_at IS NULL
  UNION ALL SELECT 'persons_in_organisation', count(*) FROM persons_in_organisation WHERE deleted_at IS NULL;
