// Package bot is Frontdoor's Telegram channel: it takes updates in (long
// polling or a webhook), queues them durably per chat (package intake),
// turns each into a channel-neutral dialogs.Input, and sends the replies
// through a rate-limited, retrying sender.
//
// It is the only package that imports github.com/go-telegram/bot, and it
// uses the library for the Bot API types and calls only. The library's
// webhook handler answers 200 before processing, compares the secret with
// !=, runs one chat's updates concurrently, its polling advances the offset
// before handling, and it has no retry and no rate limiter; this package
// owns all of that instead:
//
//   - Webhook: constant-time secret check (401 on mismatch, nothing
//     processed), then de-duplicate and append to Redis, and only then 200;
//     503 when Redis is unavailable, so Telegram retries.
//   - Polling: our own getUpdates loop; the offset moves only past updates
//     that were appended (or were duplicates).
//   - Workers: one chat's updates are handled one at a time, in order, by
//     whichever process holds the chat's shard; a panic is answered with an
//     apology; a failing update is parked after five attempts, with an
//     apology.
//   - Sender: per-bot, per-chat and per-group limits shared by every process
//     (Redis GCRA), retry_after obeyed on 429, 5xx and network errors retried
//     with capped backoff, text split at sentence ends, callback data kept
//     within 64 bytes, bulk sends kept below the bot's limit so interactive
//     replies always have room.
//
// One deployment may serve several bots (name.go): each is a Telegram of
// its own with its own webhook path, Redis prefix, limits and commands,
// sharing the dialogs and the store; a named bot's chat ids are put after
// its name in conversation keys.
//
// Every update is processed once in effect: Append drops a repeated
// update_id, the dialogs engine answers a repeated Input.ID with its first
// replies, and each reply, callback answer and edit is recorded per update
// once sent, so a replay after a crash sends only what had not gone out.
package bot
