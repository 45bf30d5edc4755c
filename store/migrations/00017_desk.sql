-- The coordinator's desk: appointments marked as missed (the patient did
-- not come), and who made an appointment on a patient's behalf.
--
-- A no-show is a fact about a booked appointment that has started, so the
-- database refuses one marked before the start or on a cancelled
-- appointment; marking it does not change the version (the patient is not
-- told, and no reminder depends on it).

-- +goose Up
ALTER TABLE appointments
    ADD COLUMN no_show_at timestamptz NULL,
    ADD COLUMN no_show_by bigint NULL REFERENCES clinicians (id),
    ADD COLUMN booked_by  bigint NULL REFERENCES clinicians (id),
    ADD CONSTRAINT appointments_no_show_after_start
        CHECK (no_show_at IS NULL OR (status = 'booked' AND no_show_at >= lower(during) AND no_show_by IS NOT NULL));
CREATE INDEX appointments_facility_day_idx ON appointments (facility_id, lower(during)) WHERE status <> 'held';

-- +goose Down
DROP INDEX appointments_facility_day_idx;
ALTER TABLE appointments
    DROP CONSTRAINT appointments_no_show_after_start,
    DROP COLUMN booked_by,
    DROP COLUMN no_show_by,
    DROP COLUMN no_show_at;
