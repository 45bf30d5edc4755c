-- Issue 14's leftovers: patients abroad, an explicit on-duty switch, and
-- appointment length and rest per specialty. (00020 is left to the
-- referrals' migration, made on another branch at the same time.)

-- +goose Up

-- The zone a patient reads times in, when it is not the clinic's: an IANA
-- zone ("Europe/London"), or 'clinic' when they said they read the
-- clinic's time (asked once: NULL until asked or set at the desk).
-- Confirmations, reminders and calendar files then show both times.
ALTER TABLE patients
    ADD COLUMN time_zone text NULL CHECK (time_zone ~ '^(clinic|[A-Za-z][A-Za-z0-9_+/-]{0,63})$');

-- Whether a clinician takes quick consults now. Being on duty used to be
-- having the dashboard open; now it is this switch AND an open dashboard
-- (clinicians.seen_at). Accounts that exist keep counting as they did
-- (on duty while present); new ones start off duty until switched on.
ALTER TABLE clinicians ADD COLUMN on_duty boolean NOT NULL DEFAULT true;
ALTER TABLE clinicians ALTER COLUMN on_duty SET DEFAULT false;

-- A specialty's usual appointment length and rest after each, used by a
-- weekly-hours row that sets none of its own (NULL there). A row keeps its
-- own when it sets one, as every row did before.
ALTER TABLE specialties
    ADD COLUMN slot_minutes smallint NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    ADD COLUMN buffer_minutes smallint NULL CHECK (buffer_minutes BETWEEN 0 AND 120);
ALTER TABLE availability
    ALTER COLUMN slot_minutes DROP NOT NULL,
    ALTER COLUMN buffer_minutes DROP NOT NULL,
    ALTER COLUMN buffer_minutes DROP DEFAULT;

-- +goose Down
DELETE FROM availability WHERE slot_minutes IS NULL;
UPDATE availability SET buffer_minutes = 0 WHERE buffer_minutes IS NULL;
ALTER TABLE availability
    ALTER COLUMN buffer_minutes SET DEFAULT 0,
    ALTER COLUMN buffer_minutes SET NOT NULL,
    ALTER COLUMN slot_minutes SET NOT NULL;
ALTER TABLE specialties DROP COLUMN buffer_minutes, DROP COLUMN slot_minutes;
ALTER TABLE clinicians DROP COLUMN on_duty;
ALTER TABLE patients DROP COLUMN time_zone;
