// Package webchat is Frontdoor's browser channel: the same dialogs, strings
// and buttons as the Telegram bot, served as one page under /chat for
// patients who reach a clinic from its web site.
//
// Routes (all under /chat; cmd mounts Server.Routes there):
//
//	GET  /chat           the chat page, rendered in the conversation's language
//	POST /chat/send      {"id":"…","text":"…"} or {"id":"…","data":"…"} → {"replies":[…]}
//	GET  /chat/static/…  the page's script, style sheet and icon (embedded)
//
// A conversation is named by a random 128-bit id in an HttpOnly cookie; its
// inputs are serialized across processes with a Locker so two tabs cannot
// interleave. The client message id makes a retried POST idempotent: the
// client retries with the same id after a network failure.
//
// The transcript lives in the browser's sessionStorage, not on the server:
// it survives a reload, it dies with the tab (a shared device in a hotel
// lobby keeps no medical text after the tab closes), and the server keeps no
// copy of message text that the dialogs did not choose to store.
//
// Room for server-pushed messages (a clinician writing to the patient): the
// page's script renders every batch of replies through one function,
// receive(), that a future GET /chat/events (server-sent events; the CSP
// already allows connect-src 'self') can feed.
package webchat
