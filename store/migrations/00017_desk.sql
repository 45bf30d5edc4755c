-- The coordinator's desk: appointments marked as missed (the patient did
-- not come), who made an appointment on a patient's behalf, and the
-- patients booked at the desk (present or on the phone) who have no
-- conversation with the bot.
--
-- A no-show is a fact about a booked appointment that has started, so the
-- database refuses one marked before the start or on a cancelled
-- appointment; marking it does not change the version (the patient is not
-- told, and no reminder depends on it).
--
-- A desk patient is a patient on the 'desk' channel: no channel reaches
-- them, so the coordinator hands them a printed page with the join link.
-- Their name and phone are kept for the clinic to call them; nothing else
-- stores names, and neither is ever logged.

-- +goose Up
ALTER TABLE appointments
    ADD COLUMN no_show_at timestamptz NULL,
    ADD COLUMN no_show_by bigint NULL REFERENCES clinicians (id),
    ADD COLUMN booked_by  bigint NULL REFERENCES clinicians (id),
    ADD CONSTRAINT appointments_no_show_after_start
        CHECK (no_show_at IS NULL OR (status = 'booked' AND no_show_at >= lower(during) AND no_show_by IS NOT NULL));
CREATE INDEX appointments_facility_day_idx ON appointments (facility_id, lower(during)) WHERE status <> 'held';

ALTER TABLE patients DROP CONSTRAINT patients_channel_check;
ALTER TABLE patients
    ADD CONSTRAINT patients_channel_check CHECK (channel IN ('telegram', 'web', 'desk')),
    ADD COLUMN desk_name  text NULL CHECK (length(desk_name) BETWEEN 1 AND 200),
    ADD COLUMN desk_phone text NULL CHECK (desk_phone ~ '^\+?[0-9]{3,15}$'),
    ADD CONSTRAINT patients_desk_details CHECK ((channel = 'desk') = (desk_name IS NOT NULL));

-- +goose Down
ALTER TABLE patients
    DROP CONSTRAINT patients_desk_details,
    DROP COLUMN desk_phone,
    DROP COLUMN desk_name,
    DROP CONSTRAINT patients_channel_check;
DELETE FROM appointments WHERE patient_id IN (SELECT id FROM patients WHERE channel = 'desk');
DELETE FROM patients WHERE channel = 'desk';
ALTER TABLE patients ADD CONSTRAINT patients_channel_check CHECK (channel IN ('telegram', 'web'));
DROP INDEX appointments_facility_day_idx;
ALTER TABLE appointments
    DROP CONSTRAINT appointments_no_show_after_start,
    DROP COLUMN booked_by,
    DROP COLUMN no_show_by,
    DROP COLUMN no_show_at;
