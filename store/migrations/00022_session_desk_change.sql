-- A joint session of a referral that the coordinator's desk moved or
-- cancelled: both clinicians are told (issue 14), on the referral's page
-- and by their dashboards' referral notices, until each opens it. The
-- referring clinician's "seen" is referrer_seen_at (00020); the
-- specialist's is new.

-- +goose Up
ALTER TABLE referrals
    ADD COLUMN session_change     text NULL CHECK (session_change IN ('moved', 'cancelled')),
    ADD COLUMN session_changed_at timestamptz NULL,
    ADD COLUMN specialist_seen_at timestamptz NULL,
    ADD CHECK ((session_change IS NULL) = (session_changed_at IS NULL));

-- The specialist's notices read this on every page.
CREATE INDEX referrals_session_changed_idx ON referrals (specialist_id) WHERE session_changed_at IS NOT NULL;

-- +goose Down
DROP INDEX referrals_session_changed_idx;
ALTER TABLE referrals
    DROP COLUMN session_change,
    DROP COLUMN session_changed_at,
    DROP COLUMN specialist_seen_at;
