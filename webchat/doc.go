// Package webchat is Frontdoor's browser channel: the same dialogs, strings
// and buttons as the Telegram bot, served as one page under /chat for
// patients who reach a clinic from its web site.
//
// Routes (all under /chat; cmd mounts Server.Routes there):
//
//	GET  /chat           the chat page, rendered in the conversation's language
//	POST /chat/send      {"id":"…","text":"…"} or {"id":"…","data":"…"} → {"replies":[…]}
//	GET  /chat/events    server-sent events: replies pushed outside a request
//	POST /chat/end       "End chat": this device forgets the conversation
//	POST /chat/code      a one-time code to continue on another device
//	GET|POST /chat/continue  the form that takes such a code
//	GET  /chat/static/…  the page's script, style sheet and icon (embedded)
//
// A browser holds a device token the server issued (a session cookie,
// HttpOnly, __Host- and Secure over HTTPS); Redis keeps only its hash,
// which names the conversation, and forgets it after 12 idle hours or at
// "End chat". A token the server does not know starts a new conversation
// with a new token: no client chooses its conversation. Starting
// conversations and sending are limited per client address and per
// conversation (Limits, in Redis for every process); a refusal is a kind
// 429 that gives the emergency number. A conversation's inputs are
// serialized across processes with a Locker so two tabs cannot interleave.
// The client message id makes a retried POST idempotent: the client
// retries with the same id after a network failure. Typed text loses its
// control characters here (dialogs.CleanText).
//
// The transcript lives in the browser's sessionStorage, not on the server:
// it survives a reload, it dies with the tab (a shared device in a hotel
// lobby keeps no medical text after the tab closes), and the server keeps no
// copy of message text that the dialogs did not choose to store.
//
// Pushed messages (a clinician writing to the patient, the case claimed or
// closed) reach the page through GET /chat/events: Server.Push appends them
// to the conversation's short stream in Redis (Pushes) and wakes the
// process holding the page, whose event stream sends them; the page's
// script renders them through receive(), as it renders the answers to its
// own inputs, and remembers the last one it showed, so a reload or a lost
// connection resumes after it. Redis keeps a conversation's pushes for a
// day, but a page sees only what was pushed after the tab first opened the
// chat (its page token, kept in sessionStorage): the next person on a
// shared device gets none of the clinician's earlier words, whatever they
// ask for. A device that continued with a one-time code sees them once.
//
// The page is built for an elderly patient on a phone: a one-row header,
// a one-line emergency note with its call button, and after every reply
// with buttons the conversation scrolls so that its last button is on
// screen (a shadow shows there is more above); a reply's paragraphs are
// short bubbles, many short choices take two columns, a row sent as one
// (the rating 1–5) stays one row. Typed text has one limit, the dialogs'
// (MaxTextChars = dialogs.MaxTextRunes), counted down on the page; over it
// nothing is sent and the text stays in the box. The phone tests
// (webchat/webchattest's Phone: e2e's walks of booking and triage, and
// phone_test.go here) drive the page in Chromium at 390×844 and measure
// every button of the latest reply after every reply; their screenshots
// go to $FRONTDOOR_SCREENSHOTS, else $FRONTDOOR_ARTEFACTS/screens, else
// the test package's testdata/screens (not committed).
package webchat
