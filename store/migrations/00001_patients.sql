-- Patients: one row per conversation on a channel. A Telegram private chat
-- and a web chat session are each one conversation; user_id keeps the
-- channel's id for the person (Telegram's user id; for the web the session
-- id again), so both fit the same text columns.

-- +goose Up
-- btree_gist lets exclusion constraints mix "=" on plain columns with "&&"
-- on ranges (no overlapping availability now, no double booking later).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE patients (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         text NOT NULL CHECK (channel IN ('telegram', 'web')),
    conversation_id text NOT NULL CHECK (conversation_id <> '' AND length(conversation_id) <= 200),
    user_id         text NOT NULL CHECK (length(user_id) <= 200),
    lang            text NULL CHECK (lang IN ('ar', 'en')),
    consent_at      timestamptz NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (channel, conversation_id)
);

-- +goose Down
DROP TABLE patients;
