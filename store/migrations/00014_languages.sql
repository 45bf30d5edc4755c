-- The languages a patient or a case may be in, as rows rather than a CHECK
-- that names them: the list lives in locales (one row per language), and
-- store.Migrate adds each listed language here after migrating. A language
-- dropped from the list stays, so older patients and cases keep theirs.

-- +goose Up
CREATE TABLE languages (
    code text PRIMARY KEY CHECK (code ~ '^[a-z]{2,3}$')
);
INSERT INTO languages (code) VALUES ('ar'), ('en');

ALTER TABLE patients DROP CONSTRAINT patients_lang_check;
ALTER TABLE patients ADD CONSTRAINT patients_lang_fkey FOREIGN KEY (lang) REFERENCES languages (code);
ALTER TABLE cases DROP CONSTRAINT cases_lang_check;
ALTER TABLE cases ADD CONSTRAINT cases_lang_fkey FOREIGN KEY (lang) REFERENCES languages (code);

-- +goose Down
ALTER TABLE cases DROP CONSTRAINT cases_lang_fkey;
ALTER TABLE cases ADD CONSTRAINT cases_lang_check CHECK (lang IN ('ar', 'en'));
ALTER TABLE patients DROP CONSTRAINT patients_lang_fkey;
ALTER TABLE patients ADD CONSTRAINT patients_lang_check CHECK (lang IN ('ar', 'en'));
DROP TABLE languages;
