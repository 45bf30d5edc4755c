// Package dashboard is the clinicians' web application: login, the live
// queue of waiting cases, the case view, the day's appointments and, for
// admins, the audit log. Pages are rendered on the server from embedded
// templates (parsed once, in New) in Arabic (right to left) or English.
//
// Routes (all under /dashboard; cmd mounts Dashboard.Routes there):
//
//	GET  /dashboard/login            the login form
//	POST /dashboard/login            username + password → session
//	POST /dashboard/logout           end this session
//	POST /dashboard/logout-all       end every session of the account
//	POST /dashboard/lang             the language toggle
//	GET  /dashboard/queue            the live queue
//	GET  /dashboard/queue/rows       the queue's rows alone (for the script)
//	GET  /dashboard/events           server-sent events for the live queue
//	GET  /dashboard/cases/{id}       one case (audited)
//	POST /dashboard/cases/{id}/claim take a case
//	GET  /dashboard/cases/{id}/thread     the case's thread alone (audited; for the script)
//	POST /dashboard/cases/{id}/messages   write to the patient (the clinician in consult)
//	POST /dashboard/cases/{id}/close      close the consult (disposition, notes, follow-up)
//	GET  /dashboard/today            the clinician's day
//	GET  /dashboard/audit            the audit log (admins)
//	GET  /dashboard/referrals        specialist referrals: the queue and one's own
//	GET  /dashboard/referrals/rows   the same lists alone (for the script)
//	GET  /dashboard/referrals/new    the referral form (?case= or ?appointment=)
//	POST /dashboard/referrals        refer
//	GET  /dashboard/referrals/{id}   one referral with its case's summary (audited)
//	POST /dashboard/referrals/{id}/accept|answer|decline|withdraw
//	GET  /dashboard/referrals/{id}/book   the joint session's free times
//	POST /dashboard/referrals/{id}/book   book the joint session (the patient told)
//	GET  /dashboard/static/…         style sheet, script and icon
//
// Security: passwords are argon2id (package password); sessions are scs
// sessions in Redis (store.SessionStore) with an idle timeout and an
// absolute lifetime, a token renewed at login and stored hashed, and a
// cookie that is HttpOnly, SameSite=Lax and (over HTTPS) Secure with the
// __Host- prefix. Only pages the clinician opens extend a session: the
// script's background requests read it without writing it back. Every
// request reloads the account, so disabling it, changing its password or
// "log out everywhere" (a session epoch in PostgreSQL) ends its sessions at
// once; open event streams notice at their next heartbeat. State changes from another origin are refused
// (http.CrossOriginProtection). Failed logins lock the username and the
// client address out for a growing time, with one answer for every failure.
// Every response carries the project's one header policy
// (securityheaders: a strict Content-Security-Policy, no framing, nosniff,
// no referrer, and HSTS over HTTPS), and a page with no chosen language
// follows the browser's (locales.AcceptLanguage), as the web chat does.
//
// Referrals (Config.Referrals, referrals.go): a referral is seen by the
// clinician who made it, the specialists of its specialty at its facility
// (or at any, for "any facility") and the coordinators and admins of the
// facilities it goes to or comes from; anyone else gets 404. The store
// audits every view and change.
//
// Scope: a clinician sees the cases of their facilities (and the
// network-wide pool) in their specialties; coordinators and admins see
// every specialty of their facilities; only clinicians claim cases; only
// admins read the audit log. A case outside the scope is "not found",
// whatever its id. Every view of a case writes an audit record in the
// same statement that reads it; audit records hold ids, never patient text.
//
// Live updates: case events go through a Redis stream that only the store
// writes (store.Cases announces "case.created" when the dialogs queue a
// case, "case.claimed" when a claim asked for here stands, and so on for
// every change it makes); the dashboard only reads it: Run reads the
// stream once per process and fans events out to the open event streams,
// filtered by scope. A browser that reconnects sends Last-Event-ID and
// receives what it missed; the page's script then refetches the rows.
//
// The quick consult (Config.Consult): a claim also names the case's video
// room and queues the patient's notice, in the claim's transaction; the
// clinician's messages and the closing are queued the same way, in the
// case's thread (case_messages). The dashboard then asks the relay
// (Consult.Relay; package relay, which cmd runs) to deliver them; the case
// page's thread follows the event stream ("case.message" when the patient
// writes or a delivery lands), and the event streams of clinicians record
// that they are present; a clinician present and switched on duty (the
// queue page's switch, or an admin's on Set-up) counts for the
// waiting-time estimates and the no-doctor fallback. Message text is
// shown, never logged or audited.
//
// The dashboard is HTTP only: it runs no delivery or timer of its own
// beyond the live queue's reader, and it knows neither the channels (bot,
// webchat) nor reminders or relay, only the small ports it declares.
package dashboard
