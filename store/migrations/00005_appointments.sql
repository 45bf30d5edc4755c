-- Appointments: booking rules, dated exceptions to the weekly availability,
-- appointments (and the short holds taken while a patient confirms), and the
-- reminders planned for each appointment.
--
-- The invariants live here, not in Go: no clinician and no patient ever has
-- two overlapping active rows (holds count), and a reminder exists once per
-- appointment version and offset.

-- +goose Up
-- Booking rules per facility: how far ahead patients may book, and the least
-- notice a booking needs.
ALTER TABLE facilities
    ADD COLUMN booking_horizon interval NOT NULL DEFAULT '14 days'
        CHECK (booking_horizon > interval '0' AND booking_horizon <= interval '366 days'),
    ADD COLUMN booking_notice interval NOT NULL DEFAULT '30 minutes'
        CHECK (booking_notice >= interval '0' AND booking_notice < interval '30 days');

-- Rest between two appointments of the same window.
ALTER TABLE availability
    ADD COLUMN buffer_minutes smallint NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120);

-- Dated exceptions to the weekly windows: a day off (every facility of the
-- clinician), or an extra window at one facility on one date. Times are
-- wall-clock times in the facility's zone, as for the weekly windows.
CREATE TABLE availability_exceptions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinician_id   bigint NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE,
    day            date NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('off', 'extra')),
    facility_id    bigint NULL REFERENCES facilities (id),
    start_time     time NULL,
    end_time       time NULL,
    slot_minutes   smallint NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    buffer_minutes smallint NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (
        (kind = 'off' AND facility_id IS NULL AND start_time IS NULL AND end_time IS NULL AND slot_minutes IS NULL)
        OR (kind = 'extra' AND facility_id IS NOT NULL AND start_time IS NOT NULL AND end_time IS NOT NULL
            AND slot_minutes IS NOT NULL AND end_time > start_time
            AND end_time - start_time >= make_interval(mins => slot_minutes))
    )
);
CREATE UNIQUE INDEX availability_exceptions_one_day_off ON availability_exceptions (clinician_id, day) WHERE kind = 'off';
CREATE INDEX availability_exceptions_clinician_idx ON availability_exceptions (clinician_id, day);

-- An appointment, or a hold: a slot kept for a patient for a few minutes
-- while they confirm. Both are "active" and take part in the exclusion
-- constraints, so a held slot cannot be booked by anyone else; an expired
-- hold is deleted by the next booking that needs its time (and by a
-- periodic purge). A cancelled appointment stays, inactive, for history.
--
-- during is half-open [start, end), like schedule.Interval: back-to-back
-- appointments touch without overlapping.
--
-- version grows with every change the patient must know about (booked,
-- moved, cancelled). Reminders carry the version they were planned for and
-- are dropped at send time when it no longer matches.
CREATE TABLE appointments (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id     bigint NOT NULL REFERENCES patients (id),
    clinician_id   bigint NOT NULL REFERENCES clinicians (id),
    facility_id    bigint NOT NULL REFERENCES facilities (id),
    specialty_code text NOT NULL REFERENCES specialties (code),
    during         tstzrange NOT NULL CHECK (
        NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)
        AND lower_inc(during) AND NOT upper_inc(during)
        AND upper(during) - lower(during) <= interval '8 hours'),
    status         text NOT NULL CHECK (status IN ('held', 'booked', 'cancelled')),
    active         boolean GENERATED ALWAYS AS (status IN ('held', 'booked')) STORED,
    hold_until     timestamptz NULL,
    version        integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- The video room (video.NewRoom: 26 characters of base32, 130 random
    -- bits); every booked appointment has one.
    room           text NULL CHECK (room ~ '^[a-z2-7]{26}$'),
    confirmed_at   timestamptz NULL,
    cancelled_at   timestamptz NULL,
    cancelled_by   text NULL CHECK (cancelled_by IN ('patient', 'clinician', 'system')),
    moves          integer NOT NULL DEFAULT 0 CHECK (moves >= 0),
    booked_at      timestamptz NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'held') = (hold_until IS NOT NULL)),
    CHECK (status = 'held' OR (room IS NOT NULL AND booked_at IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    CONSTRAINT appointments_clinician_no_overlap
        EXCLUDE USING gist (clinician_id WITH =, during WITH &&) WHERE (active),
    CONSTRAINT appointments_patient_no_overlap
        EXCLUDE USING gist (patient_id WITH =, during WITH &&) WHERE (active)
);
CREATE INDEX appointments_patient_idx ON appointments (patient_id, lower(during)) WHERE status = 'booked';
CREATE INDEX appointments_clinician_idx ON appointments (clinician_id, lower(during)) WHERE status = 'booked';
CREATE INDEX appointments_holds_idx ON appointments (hold_until) WHERE status = 'held';
CREATE UNIQUE INDEX appointments_room_idx ON appointments (room) WHERE room IS NOT NULL;

-- The reminders planned for an appointment: one row per (appointment,
-- version, offset), written in the booking's transaction together with its
-- job in the queue. A reminder is sent only while its row is pending (or
-- its sender died mid-send) and its version is the appointment's, so a
-- reminder for a cancelled or moved appointment never goes out and none
-- goes out twice.
CREATE TABLE appointment_reminders (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id bigint NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    version        integer NOT NULL,
    offset_seconds integer NOT NULL CHECK (offset_seconds >= 0),
    due_at         timestamptz NOT NULL,
    state          text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'sent', 'cancelled', 'skipped', 'failed')),
    -- Why a reminder was not sent ('moved', 'cancelled', 'superseded',
    -- 'started', 'undeliverable', …); empty while pending or once sent.
    outcome        text NOT NULL DEFAULT '',
    job_id         bigint NULL,
    -- While sending: which process (its advisory-lock key) holds the send,
    -- and until when; a send whose holder died is taken over.
    claimed_by     integer NULL,
    claimed_until  timestamptz NULL,
    attempts       integer NOT NULL DEFAULT 0,
    sent_at        timestamptz NULL,
    late           boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (appointment_id, version, offset_seconds),
    CHECK ((state = 'sending') = (claimed_until IS NOT NULL)),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX appointment_reminders_open_idx ON appointment_reminders (due_at)
    WHERE state IN ('pending', 'sending');

-- +goose Down
DROP TABLE appointment_reminders;
DROP TABLE appointments;
DROP TABLE availability_exceptions;
ALTER TABLE availability DROP COLUMN buffer_minutes;
ALTER TABLE facilities DROP COLUMN booking_notice, DROP COLUMN booking_horizon;
