-- Segment consistency on records: the subsegment belongs to the main segment on the record, and both
-- apply to that kind of record ('organisation' or 'person_in_organisation').
CREATE OR REPLACE FUNCTION relatio_assert_segment_pair(main_id integer, sub_id integer, kind text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  m segments%ROWTYPE;
  s segments%ROWTYPE;
BEGIN
  IF main_id IS NULL AND sub_id IS NULL THEN
    RETURN;
  END IF;
  IF main_id IS NULL THEN
    RAISE EXCEPTION 'subsegment % needs its main segment', sub_id USING ERRCODE = '23514', CONSTRAINT = 'segment_consistency';
  END IF;
  SELECT * INTO m FROM segments WHERE id = main_id;
  IF m.parent_id IS NOT NULL THEN
    RAISE EXCEPTION 'segment % is not a main segment', main_id USING ERRCODE = '23514', CONSTRAINT = 'segment_consistency';
  END IF;
  IF (kind = 'organisation' AND NOT m.applies_to_organisation)
     OR (kind = 'person_in_organisation' AND NOT m.applies_to_person_in_organisation) THEN
    RAISE EXCEPTION 'segment % does not apply to %', main_id, kind USING ERRCODE = '23514', CONSTRAINT = 'segment_consistency';
  END IF;
  IF sub_id IS NULL THEN
    RETURN;
  END IF;
  SELECT * INTO s FROM segments WHERE id = sub_id;
  IF s.parent_id IS DISTINCT FROM main_id THEN
    RAISE EXCEPTION 'subsegment % is not under segment %', sub_id, main_id USING ERRCODE = '23514', CONSTRAINT = 'segment_consistency';
  END IF;
  IF (kind = 'organisation' AND NOT s.applies_to_organisation)
     OR (kind = 'person_in_organisation' AND NOT s.applies_to_person_in_organisation) THEN
    RAISE EXCEPTION 'subsegment % does not apply to %', sub_id, kind USING ERRCODE = '23514', CONSTRAINT = 'segment_consistency';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION relatio_organisation_segments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.segment_id IS DISTINCT FROM OLD.segment_id
     OR NEW.subsegment_id IS DISTINCT FROM OLD.subsegment_id
     OR (OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL) THEN
    PERFORM relatio_assert_segment_pair(NEW.segment_id, NEW.subsegment_id, 'organisation');
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_segments BEFORE INSERT OR UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION relatio_organisation_segments();
--> statement-breakpoint
-- Persons in organisation: category/subcategory consistency, and the sort keys copied from the
-- person and the organisation so that lists sort without a join.
CREATE OR REPLACE FUNCTION relatio_pio_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.category_id IS DISTINCT FROM OLD.category_id
     OR NEW.subcategory_id IS DISTINCT FROM OLD.subcategory_id
     OR (OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL) THEN
    PERFORM relatio_assert_segment_pair(NEW.category_id, NEW.subcategory_id, 'person_in_organisation');
  END IF;
  IF TG_OP = 'INSERT' OR NEW.person_id IS DISTINCT FROM OLD.person_id THEN
    SELECT sort_name INTO NEW.person_sort_name FROM persons WHERE id = NEW.person_id;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id THEN
    SELECT name_sort INTO NEW.organisation_name_sort FROM organisations WHERE id = NEW.organisation_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER persons_in_organisation_before_write BEFORE INSERT OR UPDATE ON persons_in_organisation
  FOR EACH ROW EXECUTE FUNCTION relatio_pio_before_write();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION relatio_person_sort_name_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sort_name IS DISTINCT FROM OLD.sort_name THEN
    UPDATE persons_in_organisation SET person_sort_name = NEW.sort_name WHERE person_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER persons_sort_name_sync AFTER UPDATE ON persons
  FOR EACH ROW EXECUTE FUNCTION relatio_person_sort_name_sync();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION relatio_organisation_name_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name_sort IS DISTINCT FROM OLD.name_sort THEN
    UPDATE persons_in_organisation SET organisation_name_sort = NEW.name_sort WHERE organisation_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_name_sync AFTER UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION relatio_organisation_name_sync();
--> statement-breakpoint
-- The segment tree itself: a parent is a main segment, a subsegment applies only where its main
-- applies, and a segment in use by live records cannot be moved or narrowed away from them.
CREATE OR REPLACE FUNCTION relatio_segments_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p segments%ROWTYPE;
  used integer;
BEGIN
  IF NEW.parent_id IS NOT NULL THEN
    SELECT * INTO p FROM segments WHERE id = NEW.parent_id;
    IF p.parent_id IS NOT NULL THEN
      RAISE EXCEPTION 'segment % is a subsegment and cannot have subsegments', NEW.parent_id USING ERRCODE = '23514', CONSTRAINT = 'segment_tree';
    END IF;
    IF (NEW.applies_to_organisation AND NOT p.applies_to_organisation)
       OR (NEW.applies_to_person_in_organisation AND NOT p.applies_to_person_in_organisation) THEN
      RAISE EXCEPTION 'subsegment applies where its main segment does not' USING ERRCODE = '23514', CONSTRAINT = 'segment_tree';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.parent_id IS NULL AND EXISTS (SELECT 1 FROM segments WHERE parent_id = NEW.id) THEN
      RAISE EXCEPTION 'segment % has subsegments and cannot become one', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'segment_tree';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
      SELECT count(*) INTO used FROM organisations WHERE deleted_at IS NULL AND (segment_id = NEW.id OR subsegment_id = NEW.id);
      SELECT used + count(*) INTO used FROM persons_in_organisation WHERE deleted_at IS NULL AND (category_id = NEW.id OR subcategory_id = NEW.id);
      IF used > 0 THEN
        RAISE EXCEPTION 'segment % is used by % records and cannot move', NEW.id, used USING ERRCODE = '23514', CONSTRAINT = 'segment_tree';
      END IF;
    END IF;
    IF OLD.applies_to_organisation AND NOT NEW.applies_to_organisation THEN
      IF EXISTS (SELECT 1 FROM organisations WHERE deleted_at IS NULL AND (segment_id = NEW.id OR subsegment_id = NEW.id)) THEN
        RAISE EXCEPTION 'segment % is used by organisations', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'segment_applies_to';
      END IF;
      IF EXISTS (SELECT 1 FROM segments WHERE parent_id = NEW.id AND applies_to_organisation) THEN
        RAISE EXCEPTION 'a subsegment of % applies to organisations', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'segment_applies_to';
      END IF;
    END IF;
    IF OLD.applies_to_person_in_organisation AND NOT NEW.applies_to_person_in_organisation THEN
      IF EXISTS (SELECT 1 FROM persons_in_organisation WHERE deleted_at IS NULL AND (category_id = NEW.id OR subcategory_id = NEW.id)) THEN
        RAISE EXCEPTION 'segment % is used by persons in organisation', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'segment_applies_to';
      END IF;
      IF EXISTS (SELECT 1 FROM segments WHERE parent_id = NEW.id AND applies_to_person_in_organisation) THEN
        RAISE EXCEPTION 'a subsegment of % applies to persons in organisation', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'segment_applies_to';
      END IF;
    END IF;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER segments_rules BEFORE INSERT OR UPDATE ON segments
  FOR EACH ROW EXECUTE FUNCTION relatio_segments_rules();
