// Package store keeps Frontdoor's state: PostgreSQL is the system of record
// (patients, facilities and their urgent-care fallback, clinicians and
// their availability, triage cases with their findings, consults,
// appointments and their reminder jobs, the audit log; pgx v5, migrations
// embedded and run by goose) and Redis holds what may expire or travel
// (conversation sessions, cross-process locks, live case events for the
// dashboards, web chat pushes; go-redis v9).
//
// Postgres and Redis implement the ports dialogs declares (patients,
// sessions, cases, booking, consults); the store knows no channel. Invariants live in the schema (unique keys,
// exclusion and check constraints, an append-only audit log), and the code
// translates their violations into the ports' errors rather than checking
// first.
//
// Both types are safe for concurrent use. Nothing here logs patient text,
// names or phone numbers.
package store
