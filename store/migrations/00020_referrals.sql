-- Specialist referrals, or e-consults (issue 14, item 3): a clinician asks
-- a specialty, at one facility of the network or at any, a written
-- question about a patient, from a case or an appointment; a specialist
-- of that specialty accepts it, answers in writing, or books a joint video
-- session with the patient and the referring clinician.
--
-- The question and the answer are clinicians' words about a patient: like
-- a case's complaint they are shown, never logged or audited. A referral
-- goes with its patient (erasure) and with its case (retention).
--
-- A joint session is an appointment of the patient with the specialist
-- (clinician_id), with the referring clinician as its guest. "No clinician
-- is booked twice" must hold for the guest too, so the clinicians' exclusion
-- constraint now compares the set of an appointment's clinicians (one, or
-- two for a joint session) with intarray's overlap operator: PostgreSQL
-- refuses a joint session over any other appointment of either clinician,
-- and any appointment over a joint session its clinician is a guest of.
-- intarray works on int4: clinicians' ids stay below 2^31, as the booking
-- locks already require (lockBooking).

-- +goose Up
CREATE EXTENSION IF NOT EXISTS intarray;

CREATE TABLE referrals (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id       bigint NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    -- Where it was made from: a case, or an appointment, or both.
    case_id          bigint NULL REFERENCES cases (id) ON DELETE CASCADE,
    appointment_id   bigint NULL REFERENCES appointments (id) ON DELETE SET NULL,
    referrer_id      bigint NOT NULL REFERENCES clinicians (id),
    -- The referring clinician's home facility, for reports.
    from_facility_id bigint NULL REFERENCES facilities (id),
    specialty_code   text NOT NULL REFERENCES specialties (code),
    -- NULL: any facility of the network.
    facility_id      bigint NULL REFERENCES facilities (id),
    urgency          text NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'routine')),
    question         text NOT NULL CHECK (length(btrim(question)) BETWEEN 1 AND 4000),
    status           text NOT NULL DEFAULT 'open'
                     CHECK (status IN ('open', 'accepted', 'answered', 'booked', 'declined', 'withdrawn')),
    -- The specialist who accepted, answered, booked or declined it.
    specialist_id    bigint NULL REFERENCES clinicians (id),
    answer           text NULL CHECK (length(btrim(answer)) BETWEEN 1 AND 8000),
    accepted_at      timestamptz NULL,
    answered_at      timestamptz NULL,
    booked_at        timestamptz NULL,
    closed_at        timestamptz NULL, -- declined or withdrawn
    -- The first answer or booking: "answered within 24 h" in the reports.
    responded_at     timestamptz NULL,
    -- The joint session (an appointment whose referral_id is this one).
    session_id       bigint NULL REFERENCES appointments (id) ON DELETE SET NULL,
    -- When the referring clinician last opened it, so their dashboard can
    -- say what changed since (answered, booked, declined).
    referrer_seen_at timestamptz NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'open') = (specialist_id IS NULL) OR status = 'withdrawn'),
    CHECK ((status = 'answered') <= (answer IS NOT NULL)),
    CHECK ((status IN ('declined', 'withdrawn')) = (closed_at IS NOT NULL)),
    CHECK (specialist_id IS DISTINCT FROM referrer_id)
);
-- The queue: open and accepted referrals by specialty.
CREATE INDEX referrals_queue_idx ON referrals (specialty_code, created_at) WHERE status IN ('open', 'accepted');
CREATE INDEX referrals_referrer_idx ON referrals (referrer_id, updated_at DESC);
CREATE INDEX referrals_case_idx ON referrals (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX referrals_patient_idx ON referrals (patient_id);
CREATE INDEX referrals_created_idx ON referrals (created_at);

ALTER TABLE appointments
    ADD COLUMN guest_clinician_id bigint NULL REFERENCES clinicians (id),
    ADD COLUMN referral_id        bigint NULL REFERENCES referrals (id) ON DELETE SET NULL,
    ADD CONSTRAINT appointments_guest_not_clinician CHECK (guest_clinician_id <> clinician_id),
    DROP CONSTRAINT appointments_clinician_no_overlap,
    ADD CONSTRAINT appointments_clinician_no_overlap
        EXCLUDE USING gist ((CASE WHEN guest_clinician_id IS NULL THEN ARRAY[clinician_id::int4]
                                  ELSE ARRAY[clinician_id::int4, guest_clinician_id::int4] END) gist__int_ops WITH &&,
                            during WITH &&) WHERE (active);
CREATE INDEX appointments_guest_idx ON appointments (guest_clinician_id, lower(during)) WHERE guest_clinician_id IS NOT NULL;

-- +goose Down
DROP INDEX appointments_guest_idx;
DELETE FROM appointments WHERE guest_clinician_id IS NOT NULL;
ALTER TABLE appointments
    DROP CONSTRAINT appointments_clinician_no_overlap,
    ADD CONSTRAINT appointments_clinician_no_overlap
        EXCLUDE USING gist (clinician_id WITH =, during WITH &&) WHERE (active),
    DROP CONSTRAINT appointments_guest_not_clinician,
    DROP COLUMN referral_id,
    DROP COLUMN guest_clinician_id;
DROP TABLE referrals;
