-- The clinicians' dashboard: extra facilities a clinician serves, and a
-- session epoch that ends every dashboard session of a clinician at once.

-- +goose Up
-- A clinician belongs to one home facility (clinicians.facility_id) and may
-- also serve others; the dashboard shows the cases of all of them.
CREATE TABLE clinician_facilities (
    clinician_id bigint NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE,
    facility_id  bigint NOT NULL REFERENCES facilities (id),
    PRIMARY KEY (clinician_id, facility_id)
);
CREATE INDEX clinician_facilities_facility_idx ON clinician_facilities (facility_id);

-- Every dashboard session records the epoch it was opened under; raising
-- the epoch ("log out everywhere", a new password, disabling the account)
-- invalidates all of them on their next request. Kept here rather than in
-- Redis so that it survives a Redis restart and is read with the
-- clinician's row, which every request loads anyway.
ALTER TABLE clinicians ADD COLUMN session_epoch bigint NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE clinicians DROP COLUMN session_epoch;
DROP TABLE clinician_facilities;
