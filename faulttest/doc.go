// Package faulttest holds Frontdoor's fault tests: they build the frontdoor
// binary once, run real "serve" processes against the real PostgreSQL and
// Redis and the fake Bot API (bot/telegramtest) in webhook mode, and break
// things the way production does: duplicated and out-of-order deliveries,
// wrong secrets, kill -9 mid-update, a second process taking over, Telegram
// answering 429/5xx or slowly, Redis restarted, PostgreSQL unreachable.
//
// Each test checks what a patient would see: the messages of every chat,
// compared with what the dialogs engine answers the same inputs when
// nothing goes wrong (no loss, no duplicate, no inversion), and that no
// serve process logged a word a patient typed.
//
// The package has no code of its own besides this comment; everything is
// in its tests. Set FRONTDOOR_FAULTTEST_BINARY to test a frontdoor binary
// built elsewhere instead of building one.
package faulttest
