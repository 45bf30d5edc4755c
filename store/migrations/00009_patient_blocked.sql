-- A patient who blocked the bot: Telegram refuses every message to them
-- (403) until they unblock it, so reminders are skipped meanwhile rather
-- than tried and refused one by one. Set on a 403 or Telegram's
-- my_chat_member "kicked"; cleared when they unblock it or write to us
-- (bot.Config.OnBlocked).

-- +goose Up
ALTER TABLE patients ADD COLUMN blocked_at timestamptz NULL;

-- +goose Down
ALTER TABLE patients DROP COLUMN blocked_at;
