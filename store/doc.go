// Package store keeps Frontdoor's state: PostgreSQL is the system of record
// (patients, facilities and their urgent-care fallback, clinicians and
// their availability, triage cases with their findings, consults,
// appointments and their reminder jobs, the audit log; pgx v5, migrations
// embedded and run by goose) and Redis holds what may expire or travel
// (conversation sessions, cross-process locks, live case events for the
// dashboards, web chat pushes; go-redis v9).
//
// The database is split by noun, each type sharing the pool of the
// Postgres that hands it out: Patients (dialogs.PatientStore), Cases
// (triage cases and the queue: dialogs.CaseStore, CaseQueue and
// CasePhones, the dashboard's queue, case page and claim), Consults (the
// quick consult: dialogs.Consults, the clinician's thread, messages and
// closing, the outbox the relay delivers from, the wait figures), Accounts
// (the dashboard's clinicians, coordinators and admins), AuditLog,
// Appointments (booking, holds, reminders, the desk and a clinician's
// booked day; built with its reminder jobs),
// Facilities (phones and urgent-care fallbacks: dialogs.UrgentFallbacks),
// Network (the operator's network file, imported), Reports (the
// coordinators' figures) and Retention (the purge of what is past its
// time). Files are named by the noun they keep (cases_*.go,
// consults_*.go, appointments_*.go, facilities.go, network.go,
// reports.go, retention.go, web_pushes.go), never by the package that
// calls them.
//
// Case events reach the dashboards through one Redis
// stream, and Cases is its one writer: every change the dashboards must
// hear of (a case queued, a note, leaving the queue, a claim, a message,
// a closing, a run of deliveries) is announced by the Cases or Consults
// method that made it, after its commit, whoever asked for it (the dialogs
// engine, the dashboard, the relay). Callers get no event to publish; a
// lost announcement (Redis down) only delays the dashboards to their next
// refresh. archtest fails if production code elsewhere publishes.
//
// These types implement the ports dialogs, the dashboard and the relay
// declare. The store knows no channel, no HTTP, no reminders sender, no
// relay and no video: rooms are named by the caller (video.NewRoom:
// AppointmentsConfig.Rooms, ClaimConsult's room) before a transaction and
// passed in. Invariants live in the schema (unique keys, exclusion and
// check constraints, an append-only audit log), and the code translates
// their violations into the ports' errors rather than checking first.
//
// Every type is safe for concurrent use. Nothing here logs patient text,
// names or phone numbers.
package store
