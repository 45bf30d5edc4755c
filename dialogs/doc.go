// Package dialogs holds Frontdoor's conversations, independent of any
// channel: the Telegram bot and the web chat turn what a patient does into an
// Input, call Engine.Handle, and render the Replies it returns.
//
// Each conversation — onboarding and the main menu, triage with the quick
// consult that follows it, booking, my appointments, erasure — is a flow: a
// looplab/fsm machine whose state is kept in a Session between inputs, so a
// restart of the process loses nothing. The package knows no SQL, Redis,
// HTTP or Telegram (archtest enforces it): it declares the small interfaces
// it needs (SessionStore, PatientStore, CaseStore, the booking and consult
// ports) and the store satisfies them; triage is a library it calls, whose
// NextQuestion chooses every question the triage flow asks.
//
// What every step guarantees, whatever the flow:
//   - typed text that is an emergency gets the emergency advice first;
//   - /start, /menu, /lang, /help, /cancel and /deletemydata (and the
//     words in commandWords: "القائمة", "اللغة", "رجوع", "احذف بياناتي",
//     "menu", "help" …) work at any point;
//   - anything unexpected (words where a button is wanted, emoji, empty or
//     very long messages, stale or forged buttons) gets the question asked
//     again with its buttons, never silence; only a double tap of a button
//     gets no second answer;
//   - an input delivered twice has one effect.
//
// Each flow, as looplab/fsm draws it, is in testdata/<flow>.mmd (Mermaid).
package dialogs
