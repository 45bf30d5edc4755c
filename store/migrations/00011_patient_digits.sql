-- The digits an Arabic reader reads: 'latn' for Western digits (as in the
-- Maghreb), chosen in the language menu or followed from what they type;
-- NULL for the language's own (Arabic-Indic for Arabic). Kept beyond the
-- session so that reminders, sent outside any conversation, follow it.

-- +goose Up
ALTER TABLE patients ADD COLUMN digits text NULL CHECK (digits IN ('latn'));

-- +goose Down
ALTER TABLE patients DROP COLUMN digits;
