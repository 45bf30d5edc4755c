// Package store keeps Frontdoor's state: PostgreSQL is the system of record
// (patients, facilities and their urgent-care fallback, clinicians and
// their availability, triage cases with their findings, consults,
// appointments and their reminder jobs, the audit log; pgx v5, migrations
// embedded and run by goose) and Redis holds what may expire or travel
// (conversation sessions, cross-process locks, live case events for the
// dashboards, web chat pushes; go-redis v9).
//
// The database is split by noun, each type sharing the pool of the
// Postgres that hands it out: Patients (dialogs.PatientStore), Accounts
// (the dashboard's clinicians, coordinators and admins), AuditLog, and
// Appointments (booking, holds, reminders). Cases and consults are still
// methods of Postgres, wrapped by LiveCases and TriageCases, which announce
// queue changes to the dashboards. Files are named by the noun they keep
// (cases_*.go, consults_*.go, outbox.go, web_pushes.go, web_keys.go,
// waiting.go), never by the package that calls them.
//
// These types implement the ports dialogs declares (patients, sessions,
// cases, booking, consults); the store knows no channel and no HTTP.
// Invariants live in the schema (unique keys, exclusion and check
// constraints, an append-only audit log), and the code translates their
// violations into the ports' errors rather than checking first. Video
// rooms are named by the caller (video.NewRoom: AppointmentsConfig.Rooms,
// ClaimConsult's room) before a transaction and passed in: the store keeps
// the name and knows nothing of video.
//
// Case events reach the dashboards through one Redis stream
// (PublishCaseEvent). Inside the store, LiveCases and TriageCases publish
// the patients' side (a case queued, a note, leaving the queue) through
// one method, after the commit; the clinicians' side is published by its
// callers (the dashboard's claim, message and closing; the relay's
// deliveries) from the event the store returns.
//
// Every type is safe for concurrent use. Nothing here logs patient text,
// names or phone numbers.
package store
