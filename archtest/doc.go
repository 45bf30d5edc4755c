// Package archtest holds no code: its test keeps the project's layering,
// failing when a package imports, directly or not, one it must not know:
// conversations (dialogs) know no channel and no SQL, triage knows no I/O
// of the project's, the store knows no channel, reminders, relay or video,
// the dashboard is HTTP only (no channel, no reminders, no relay), the
// relay and the reminders know no channel (cmd gives them the senders),
// the web chat knows no store (what it shares with one, stream and
// ratelimit, knows no part), the engine as production builds it (engine)
// knows no channel or dashboard, a channel (bot) knows no store, the
// shared web policies (securityheaders) know neither app, and no binary
// depends on a test helper (browsertest, storetest, clinictest) or on e2e;
// and the walks through more than one package stay in e2e (the tests of
// bot and webchat build no engine; the dashboard's import no engine, relay
// or channel). A second
// test keeps case events to one publisher: no production code outside the
// store writes to the case-event stream (store.Cases announces every
// change it makes; store.Appointments a joint session the desk changed).
package archtest
