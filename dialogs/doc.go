// Package dialogs holds Frontdoor's conversations, independent of any
// channel: the Telegram bot and the web chat turn what a patient does into an
// Input, call Engine.Handle, and render the Replies it returns; the
// dashboard's side of a consult comes in through Engine.HandleConsult.
//
// It owns the flows — onboarding and the main menu, triage, the quick
// consult that takes triage's case over at the queue, booking, my
// appointments, erasure — each one table of steps (see step) from which
// its looplab/fsm machine is made. The machine's state is kept in a
// Session between inputs, so a restart loses nothing.
//
// cmd builds the one Engine with New(Deps) (through package engine, which
// the end-to-end tests call too), every part given there: the stores, the
// triage rules, booking and the consult are all required, so no flow has
// an "off" path, and no port is found by type assertion: the queue is part
// of CaseStore, erasure of PatientStore and SessionStore. Deps.Phones is
// required too; NoPhones, given explicitly, keeps no number and asks for
// none.
//
// It must not know SQL, Redis, HTTP or Telegram (archtest enforces it): it
// declares the small interfaces it needs (SessionStore, PatientStore,
// CaseStore, Consults, Appointments, …) and the store satisfies them;
// triage is a library it calls, whose NextQuestion chooses every question
// the triage flow asks.
//
// What every step guarantees, whatever the flow:
//   - typed text that is an emergency gets the emergency advice first;
//   - /start, /menu, /lang, /help, /cancel and /deletemydata (and the
//     words in commandWords (locales/commands.*.toml): "القائمة", "اللغة", "رجوع", "احذف بياناتي",
//     "menu", "help" …) work at any point;
//   - anything unexpected (words where a button is wanted, emoji, empty or
//     very long messages, stale or forged buttons) gets the question asked
//     again with its buttons, never silence; only a double tap of a button
//     gets no second answer;
//   - an input delivered twice has one effect.
//
// Each flow, as looplab/fsm draws it, is in testdata/<flow>.mmd (Mermaid).
package dialogs
