// Package intake is a durable, per-chat-ordered queue of inbound updates on
// Redis Streams, shared by every process that runs Frontdoor.
//
// Append takes an update in: it drops an update_id seen in the last DedupeTTL
// and adds the rest to one of N shard streams chosen by the chat, counting
// its first attempt, in one Lua script, so an update acknowledged to
// Telegram is in Redis or was a duplicate. Run consumes: each shard is held by exactly one worker at a
// time under a lease (SET NX PX with a token, renewed by compare-and-pexpire,
// fenced by a counter checked before every acknowledgement), a shard whose
// holder dies is taken over within about LeaseTTL and its pending entries are
// claimed, and an entry is acknowledged only after its handler returned.
//
// Order: the entries of one chat are handled one at a time, in the order they
// were appended, across processes and restarts. Entries of different chats in
// the same shard may be handled concurrently (Options.Lanes), and a chat
// whose entry waits (a rate limit, a store outage) holds back only its own
// later entries; Lanes = 1 gives strict shard order.
//
// Delivery is at least once: a handler may see an entry again after a crash
// or a lost lease, so it must be idempotent on Entry.UpdateID. An entry whose
// handler fails MaxAttempts times (errors, panics and crashes all count) is
// parked in a dead-letter stream and Handler.OnParked is called. An error
// wrapping ErrRetryLater (the store is down) is retried with capped backoff
// and never parks.
package intake
