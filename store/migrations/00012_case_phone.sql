-- A phone number the patient shared for a case (Telegram's contact button,
-- the web chat's phone field), so a clinician can call them back. It lives
-- with the case: read on the case page, whose every view is audited; gone
-- with the case when the patient's data is erased; never logged.

-- +goose Up
ALTER TABLE cases ADD COLUMN phone text NULL CHECK (phone ~ '^\+?[0-9]{6,15}$');

-- +goose Down
ALTER TABLE cases DROP COLUMN phone;
