-- Trigram matching for tolerant name search and duplicate checks.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Folds a text for search and sorting: lower case, accents removed, spaces collapsed. Immutable, so
-- generated columns and indexes can use it.
CREATE OR REPLACE FUNCTION relatio_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT btrim(regexp_replace(translate(lower(value),
    'áàâäãåāăąçćčďéèêëēėęěğíìîïīįıłñńňóòôöõøōőŕřśšşťúùûüūůűųýÿžźżæœß',
    'aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorrsssstuuuuuuuuyyzzzæœß'), '\s+', ' ', 'g'))
$$;
