-- Names by language: one jsonb object per thing ({"ar": "…", "en": "…",
-- "fr": "…"}) instead of a column per language, so that a language added
-- to the list in locales needs no migration. Arabic and English stay
-- required (the default language and the fallback every reader gets when
-- their own is missing); the application checks that, the schema only
-- that a thing has at least one name and each is text that is not empty.

-- +goose Up
ALTER TABLE facilities ADD COLUMN names jsonb;
UPDATE facilities SET names = jsonb_build_object('ar', name_ar, 'en', name_en);
ALTER TABLE facilities ALTER COLUMN names SET NOT NULL,
    ADD CONSTRAINT facilities_names_check CHECK (jsonb_typeof(names) = 'object' AND names <> '{}'::jsonb),
    DROP COLUMN name_ar, DROP COLUMN name_en;

ALTER TABLE specialties ADD COLUMN names jsonb;
UPDATE specialties SET names = jsonb_build_object('ar', name_ar, 'en', name_en);
ALTER TABLE specialties ALTER COLUMN names SET NOT NULL,
    ADD CONSTRAINT specialties_names_check CHECK (jsonb_typeof(names) = 'object' AND names <> '{}'::jsonb),
    DROP COLUMN name_ar, DROP COLUMN name_en;

ALTER TABLE clinicians ADD COLUMN display_names jsonb;
UPDATE clinicians SET display_names = jsonb_build_object('ar', display_name_ar, 'en', display_name_en);
ALTER TABLE clinicians ALTER COLUMN display_names SET NOT NULL,
    ADD CONSTRAINT clinicians_display_names_check CHECK (jsonb_typeof(display_names) = 'object' AND display_names <> '{}'::jsonb),
    DROP COLUMN display_name_ar, DROP COLUMN display_name_en;

-- +goose Down
ALTER TABLE clinicians ADD COLUMN display_name_ar text, ADD COLUMN display_name_en text;
UPDATE clinicians SET display_name_ar = coalesce(nullif(display_names->>'ar', ''), display_names->>'en'),
                      display_name_en = coalesce(nullif(display_names->>'en', ''), display_names->>'ar');
ALTER TABLE clinicians ALTER COLUMN display_name_ar SET NOT NULL, ALTER COLUMN display_name_en SET NOT NULL,
    ADD CONSTRAINT clinicians_display_name_ar_check CHECK (display_name_ar <> ''),
    ADD CONSTRAINT clinicians_display_name_en_check CHECK (display_name_en <> ''),
    DROP COLUMN display_names;

ALTER TABLE specialties ADD COLUMN name_ar text, ADD COLUMN name_en text;
UPDATE specialties SET name_ar = coalesce(nullif(names->>'ar', ''), names->>'en'),
                       name_en = coalesce(nullif(names->>'en', ''), names->>'ar');
ALTER TABLE specialties ALTER COLUMN name_ar SET NOT NULL, ALTER COLUMN name_en SET NOT NULL,
    ADD CONSTRAINT specialties_name_ar_check CHECK (name_ar <> ''),
    ADD CONSTRAINT specialties_name_en_check CHECK (name_en <> ''),
    DROP COLUMN names;

ALTER TABLE facilities ADD COLUMN name_ar text, ADD COLUMN name_en text;
UPDATE facilities SET name_ar = coalesce(nullif(names->>'ar', ''), names->>'en'),
                      name_en = coalesce(nullif(names->>'en', ''), names->>'ar');
ALTER TABLE facilities ALTER COLUMN name_ar SET NOT NULL, ALTER COLUMN name_en SET NOT NULL,
    ADD CONSTRAINT facilities_name_ar_check CHECK (name_ar <> ''),
    ADD CONSTRAINT facilities_name_en_check CHECK (name_en <> ''),
    DROP COLUMN names;
