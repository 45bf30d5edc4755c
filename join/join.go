// Package join serves patients' video links. The link a patient gets is
// ours, /join/{room}, not the video server's: opening it looks the
// appointment up as it is now, and only a booked appointment within its
// time is sent on to the call, with a freshly signed token. So a link of
// a cancelled appointment stops working even though the token it would
// have carried was still within its validity, and a moved appointment's
// link opens at the new time.
package join

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/video"
)

// Path is where the handler is mounted; the room follows it.
const Path = "/join/"

// Appointments finds an appointment by its video room, in any state, or
// returns dialogs.ErrNotFound; *store.Appointments implements it.
type Appointments interface {
	AppointmentByRoom(ctx context.Context, room string) (dialogs.Appointment, error)
}

// Handler answers GET /join/{room}. Build it with its fields set.
type Handler struct {
	Appointments Appointments
	// Links makes the video server's links for an appointment (the
	// provider, with the patient's and clinician's ids filled in).
	Links     func(ctx context.Context, a dialogs.Appointment) (video.Links, error)
	Text      *locales.Catalog
	Emergency string
	// Back is where the page's way back leads: the web chat ("/chat",
	// the default) or a Telegram bot's t.me link.
	Back string
	Log  *slog.Logger
	Now  func() time.Time // default time.Now
}

// ServeHTTP sends the patient to the call (303), or answers with a page
// in the browser's language, Arabic and English saying why not: 404 for a room nobody has, 410
// for a cancelled appointment or one that is over, 403 before the call
// opens, 503 when the appointment cannot be read now.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	// The link travels in calendar files and chats; keep it out of search.
	w.Header().Set("X-Robots-Tag", "noindex, nofollow")
	room := r.PathValue("room")
	if !video.ValidRoom(room) {
		h.page(w, r, http.StatusNotFound, "join_unknown")
		return
	}
	ap, err := h.Appointments.AppointmentByRoom(r.Context(), room)
	switch {
	case errors.Is(err, dialogs.ErrNotFound):
		h.page(w, r, http.StatusNotFound, "join_unknown")
		return
	case err != nil:
		h.Log.ErrorContext(r.Context(), "join: look up the appointment", "err", err)
		w.Header().Set("Retry-After", "60")
		h.page(w, r, http.StatusServiceUnavailable, "join_failed")
		return
	case ap.Status != dialogs.StatusBooked:
		h.Log.InfoContext(r.Context(), "join: link of a cancelled appointment", "appointment", ap.ID)
		h.page(w, r, http.StatusGone, "join_cancelled")
		return
	}
	links, err := h.Links(r.Context(), ap)
	if err != nil {
		h.Log.ErrorContext(r.Context(), "join: make the link", "appointment", ap.ID, "err", err)
		w.Header().Set("Retry-After", "60")
		h.page(w, r, http.StatusServiceUnavailable, "join_failed")
		return
	}
	now := time.Now
	if h.Now != nil {
		now = h.Now
	}
	// Signed links have a window; plain ones work at any time.
	switch t := now(); {
	case !links.NotBefore.IsZero() && t.Before(links.NotBefore):
		h.page(w, r, http.StatusForbidden, "join_early")
		return
	case !links.Expires.IsZero() && t.After(links.Expires):
		h.page(w, r, http.StatusGone, "join_over")
		return
	}
	h.Log.InfoContext(r.Context(), "join: patient sent to the call", "appointment", ap.ID)
	http.Redirect(w, r, links.Patient, http.StatusSeeOther)
}

var pageTemplate = template.Must(template.New("join").Parse(`<!doctype html>
<html lang="{{(index .Langs 0).Lang}}" dir="{{(index .Langs 0).Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{range $i, $l := .Langs}}{{if $i}} · {{end}}{{$l.Title}}{{end}}</title>
<style>
body{font-family:system-ui,sans-serif;font-size:1.25rem;line-height:1.6;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
section{margin-bottom:2rem}
h1{font-size:1.5rem}
a.key{display:block;min-height:3.5rem;padding:.8rem 1rem;margin:.75rem 0;border-radius:14px;font-weight:700;text-align:center;text-decoration:none;border:3px solid #0a4a8f;color:#0a4a8f}
a.call{color:#fff;background:#8a1c1c;border-color:#8a1c1c}
</style>
</head>
<body>
{{range .Langs}}<section lang="{{.Lang}}" dir="{{.Dir}}">
<h1>{{.Title}}</h1>
<p>{{.Why}}</p>
<p><a class="key call" href="{{$.Tel}}">{{.Emergency}}</a></p>
<p><a class="key" href="{{$.Back}}">{{.Back}}</a></p>
</section>
{{end}}</body>
</html>
`))

type pageLang struct {
	Lang, Dir, Title, Why, Emergency, Back string
}

// pageLanguages are the languages a page is written in, in order: the
// browser's own (an Indonesian pilgrim's phone), then Arabic and English,
// which the clinic's staff and most readers share.
func pageLanguages(r *http.Request) []string {
	out := []string{locales.AcceptLanguage(r.Header.Get("Accept-Language"))}
	for _, l := range []string{locales.Languages[0], locales.Fallback} {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

func (h *Handler) page(w http.ResponseWriter, r *http.Request, status int, why string) {
	var langs []pageLang
	for _, lang := range pageLanguages(r) {
		langs = append(langs, pageLang{
			Lang: lang, Dir: locales.Dir(lang),
			Title:     h.Text.Text(lang, "join_title", nil),
			Why:       h.Text.Text(lang, why, nil),
			Emergency: h.Text.Text(lang, "join_emergency", map[string]any{"Emergency": numerals.In(lang, h.Emergency)}),
			Back:      h.Text.Text(lang, "join_back", nil),
		})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// No script, no frames, nothing from elsewhere; the style is inline.
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	back := h.Back
	if back == "" {
		back = "/chat"
	}
	page := map[string]any{"Langs": langs,
		"Tel": template.URL("tel:" + dialable(h.Emergency)), "Back": back}
	if err := pageTemplate.Execute(w, page); err != nil {
		h.Log.Warn("join: write the page", "err", err)
	}
}

// dialable keeps the characters a phone dials, so the tel: link stays
// ASCII whatever digits the page shows and nothing else slips into it.
func dialable(number string) string {
	return strings.Map(func(r rune) rune {
		if (r >= '0' && r <= '9') || r == '+' {
			return r
		}
		return -1
	}, numerals.Fold(number))
}
