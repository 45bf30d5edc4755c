-- The audit log: who did what to which record, and when. Append-only: a
-- trigger rejects UPDATE, DELETE and TRUNCATE, so even a bug or a careless
-- operator with the application's role cannot rewrite history. detail holds
-- ids, kinds and counts, never patient text, names or phone numbers.

-- +goose Up
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor_kind   text NOT NULL CHECK (actor_kind IN ('patient', 'clinician', 'system')),
    actor_id     text NOT NULL DEFAULT '',
    action       text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_.]{1,63}$'),
    subject_kind text NOT NULL DEFAULT '',
    subject_id   text NOT NULL DEFAULT '',
    detail       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object')
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_kind, subject_id, at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_kind, actor_id, at);

-- +goose StatementBegin
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % rejected', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- +goose Down
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
