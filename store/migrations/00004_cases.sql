-- Cases: every triage, whatever its outcome, and the on-demand queue of
-- cases waiting for a clinician ("Talk to a doctor now", and every
-- emergency, so an on-call clinician can call back).

-- +goose Up
CREATE TABLE cases (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id  bigint NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    -- The conversation and input that opened the case: a redelivered input
    -- opens no second case.
    source      text NOT NULL UNIQUE,
    lang        text NOT NULL CHECK (lang IN ('ar', 'en')),
    -- The patient's own words, verbatim, for the clinician. Never logged.
    complaint   text NOT NULL,
    urgency     text NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'routine', 'self_care')),
    -- A specialty code (see specialties); not a foreign key so that a
    -- database without the reference rows still records every case.
    specialty   text NOT NULL CHECK (specialty ~ '^[a-z_]{2,40}$'),
    red_flags   text[] NOT NULL DEFAULT '{}',
    pathway     text NOT NULL DEFAULT '',
    -- Follow-up answers by question id, and what the patient told us of
    -- themselves (age band, sex, pregnancy, chronic conditions, pilgrim).
    answers     jsonb NOT NULL DEFAULT '{}',
    facts       jsonb NOT NULL DEFAULT '{}',
    -- NULL: the network-wide pool rather than one facility.
    facility_id bigint REFERENCES facilities (id),
    status      text NOT NULL DEFAULT 'triaged'
                CHECK (status IN ('triaged', 'waiting', 'claimed', 'closed', 'left')),
    queued_at   timestamptz,
    claimed_by  bigint REFERENCES clinicians (id),
    claimed_at  timestamptz,
    closed_at   timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'triaged') = (queued_at IS NULL)),
    CHECK ((status IN ('claimed', 'closed')) <= (claimed_by IS NOT NULL))
);

-- The live queue: waiting cases by urgency, then by waiting time.
CREATE INDEX cases_waiting_idx ON cases (queued_at) WHERE status = 'waiting';
CREATE INDEX cases_patient_idx ON cases (patient_id, created_at DESC);

-- +goose Down
DROP TABLE cases;
