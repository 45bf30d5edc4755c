-- The facility a patient came through (a facility's link or QR code:
-- "/start fac_<code>"), so that their cases reach that facility's
-- clinicians rather than the network-wide pool. NULL: no facility known,
-- the pool. A facility that is removed leaves its patients to the pool.

-- +goose Up
ALTER TABLE patients ADD COLUMN facility_id bigint NULL REFERENCES facilities (id) ON DELETE SET NULL;

-- +goose Down
ALTER TABLE patients DROP COLUMN facility_id;
