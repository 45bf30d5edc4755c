// Package store keeps Frontdoor's state: PostgreSQL is the system of record
// (patients, facilities, clinicians, the audit log; pgx v5, migrations
// embedded and run by goose) and Redis holds what may expire (conversation
// sessions, cross-process locks; go-redis v9).
//
// Postgres implements dialogs.PatientStore and Redis implements
// dialogs.SessionStore. Invariants live in the schema (unique keys,
// exclusion and check constraints, an append-only audit log), and the code
// translates their violations into the ports' errors rather than checking
// first.
//
// Both types are safe for concurrent use. Nothing here logs patient text,
// names or phone numbers.
package store
