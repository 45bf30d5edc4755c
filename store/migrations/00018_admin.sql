-- Administration in the dashboard: one-time links that let an account set
-- its password, and the specialties each facility offers.

-- +goose Up
-- A link an administrator hands over so that an account sets its own
-- password (a new account, a forgotten password). Only the SHA-256 of the
-- token is kept, so a copy of the database opens no account; a link works
-- once, until expires_at, and a newer link replaces an unused older one.
CREATE TABLE password_resets (
    token_hash   bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    clinician_id bigint NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz NULL,
    CHECK (expires_at > created_at)
);
CREATE INDEX password_resets_clinician_idx ON password_resets (clinician_id);

-- The specialties a facility offers. A facility that lists none offers
-- every specialty its clinicians have (as before this table), so existing
-- deployments keep booking as they did.
CREATE TABLE facility_specialties (
    facility_id    bigint NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    specialty_code text NOT NULL REFERENCES specialties (code),
    PRIMARY KEY (facility_id, specialty_code)
);

-- +goose Down
DROP TABLE facility_specialties;
DROP TABLE password_resets;
