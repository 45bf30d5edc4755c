-- A facility's urgent-care fallback words ("where to go and when it is
-- open") by language, as one jsonb object like the names (00015), instead
-- of a column per language: a language added to the list needs no
-- migration. Each text stays at most 500 characters (checked by the
-- application, store.SetUrgentFallback).

-- +goose Up
ALTER TABLE facilities ADD COLUMN urgent_fallback_where jsonb NOT NULL DEFAULT '{}'::jsonb
    CONSTRAINT facilities_urgent_fallback_where_check CHECK (jsonb_typeof(urgent_fallback_where) = 'object');
UPDATE facilities SET urgent_fallback_where = jsonb_strip_nulls(jsonb_build_object(
    'ar', nullif(urgent_fallback_ar, ''), 'en', nullif(urgent_fallback_en, '')));
ALTER TABLE facilities DROP COLUMN urgent_fallback_ar, DROP COLUMN urgent_fallback_en;

-- +goose Down
ALTER TABLE facilities
    ADD COLUMN urgent_fallback_ar text NOT NULL DEFAULT ''
        CONSTRAINT facilities_urgent_fallback_ar_check
        CHECK (char_length(urgent_fallback_ar) <= 500 AND urgent_fallback_ar = btrim(urgent_fallback_ar)),
    ADD COLUMN urgent_fallback_en text NOT NULL DEFAULT ''
        CONSTRAINT facilities_urgent_fallback_en_check
        CHECK (char_length(urgent_fallback_en) <= 500 AND urgent_fallback_en = btrim(urgent_fallback_en));
UPDATE facilities SET urgent_fallback_ar = coalesce(urgent_fallback_where->>'ar', ''),
                      urgent_fallback_en = coalesce(urgent_fallback_where->>'en', '');
ALTER TABLE facilities DROP COLUMN urgent_fallback_where;
