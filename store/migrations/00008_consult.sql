-- The quick consult: what happens to a case once it is in the queue. The
-- patient may leave it or add to it while waiting; a clinician claims it,
-- talks to the patient by video and by message, and closes it with a
-- disposition; the patient rates it.

-- +goose Up
ALTER TABLE cases
    -- The video room of the consult (video.NewRoom: 26 characters of base32,
    -- 130 random bits), named when the case is claimed.
    ADD COLUMN video_room   text NULL CHECK (video_room ~ '^[a-z2-7]{26}$'),
    -- How the clinician closed the case, and their notes (for the record:
    -- never sent to the patient, never logged).
    ADD COLUMN disposition  text NULL
        CHECK (disposition IN ('advice', 'follow_up', 'referred', 'emergency')),
    ADD COLUMN close_notes  text NOT NULL DEFAULT '' CHECK (length(close_notes) <= 8000),
    ADD COLUMN follow_up_id bigint NULL REFERENCES appointments (id) ON DELETE SET NULL,
    -- The patient's one-tap rating of the consult, once it is closed.
    ADD COLUMN rating       smallint NULL CHECK (rating BETWEEN 1 AND 5),
    ADD COLUMN rated_at     timestamptz NULL,
    -- When the patient left the queue.
    ADD COLUMN left_at      timestamptz NULL,
    -- The figures the patient's waiting time was last estimated from, as
    -- they were told them: a new estimate goes out only when it differs
    -- enough, and not too often.
    ADD COLUMN wait_told_at timestamptz NULL,
    ADD COLUMN wait_told    jsonb NULL,
    ADD CONSTRAINT cases_disposition_closed CHECK (disposition IS NULL OR status = 'closed'),
    ADD CONSTRAINT cases_rating_closed CHECK (rating IS NULL OR status = 'closed'),
    ADD CONSTRAINT cases_left_status CHECK (left_at IS NULL OR status = 'left');
CREATE UNIQUE INDEX cases_video_room_idx ON cases (video_room) WHERE video_room IS NOT NULL;
-- Recent consult durations, for waiting-time estimates.
CREATE INDEX cases_closed_idx ON cases (closed_at) WHERE status = 'closed';
-- Consults in progress, to count busy clinicians.
CREATE INDEX cases_claimed_idx ON cases (claimed_by) WHERE status = 'claimed';

-- When a clinician's dashboard was last seen open (its event stream beats
-- every few seconds): clinicians seen lately are the ones who can take a
-- waiting case now, for waiting-time estimates.
ALTER TABLE clinicians ADD COLUMN seen_at timestamptz NULL;

-- The thread of a case: what the patient added while waiting or wrote
-- during the consult, what the clinician wrote to the patient, and what the
-- patient was told of the claim and the closing. Ordered by id. Message
-- text is the patient's or the clinician's words, verbatim: shown to the
-- case's clinicians, never logged.
CREATE TABLE case_messages (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author       text NOT NULL CHECK (author IN ('patient', 'clinician', 'system')),
    clinician_id bigint NULL REFERENCES clinicians (id),
    -- text: words; photo, voice, media (a file of a kind the channel did
    -- not name), location: what the patient sent, kept as a note (file_id
    -- is the channel's id for the file); claimed, closed: what the system
    -- told the patient.
    kind         text NOT NULL
        CHECK (kind IN ('text', 'photo', 'voice', 'media', 'location', 'claimed', 'closed')),
    body         text NOT NULL DEFAULT '' CHECK (length(body) <= 8000),
    file_id      text NOT NULL DEFAULT '' CHECK (length(file_id) <= 300),
    latitude     double precision NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    double precision NULL CHECK (longitude BETWEEN -180 AND 180),
    -- Makes a write idempotent: the patient's conversation and input, or the
    -- clinician's form token. A message written twice is one row.
    source       text NULL UNIQUE CHECK (length(source) <= 300),
    -- Messages to the patient go out in id order per case; delivered_at is
    -- set once the channel took one, failed once it never can be.
    outbound     boolean NOT NULL,
    delivered_at timestamptz NULL,
    attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    failed       boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((author = 'clinician') = (clinician_id IS NOT NULL)),
    CHECK ((kind = 'location') = (latitude IS NOT NULL AND longitude IS NOT NULL)),
    CHECK (outbound = (author <> 'patient')),
    CHECK (outbound OR (delivered_at IS NULL AND NOT failed))
);
CREATE INDEX case_messages_case_idx ON case_messages (case_id, id);
CREATE INDEX case_messages_undelivered_idx ON case_messages (case_id, id)
    WHERE outbound AND delivered_at IS NULL AND NOT failed;

-- +goose Down
DROP TABLE case_messages;
ALTER TABLE clinicians DROP COLUMN seen_at;
DROP INDEX cases_claimed_idx;
DROP INDEX cases_closed_idx;
DROP INDEX cases_video_room_idx;
ALTER TABLE cases
    DROP CONSTRAINT cases_left_status,
    DROP CONSTRAINT cases_rating_closed,
    DROP CONSTRAINT cases_disposition_closed,
    DROP COLUMN wait_told,
    DROP COLUMN wait_told_at,
    DROP COLUMN left_at,
    DROP COLUMN rated_at,
    DROP COLUMN rating,
    DROP COLUMN follow_up_id,
    DROP COLUMN close_notes,
    DROP COLUMN disposition,
    DROP COLUMN video_room;
