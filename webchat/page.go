package webchat

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/staticfiles"
)

// uiIDs are the page chrome's messages (locales/webchat.*.toml), keyed in
// the page by the id without its "webchat_" prefix. The page carries them
// in every language so it can follow a language switch without a reload.
var uiIDs = []string{
	"title", "heading", "emergency_note", "call", "input_label", "placeholder", "send",
	"menu", "language", "tools_label", "typing", "reconnecting", "you", "clinic", "log_label",
	"noscript", "calendar", "count_left", "count_over", "end", "end_confirm", "other_device",
}

// pageData is what templates/chat.html renders.
type pageData struct {
	Lang, Dir string
	UI        map[string]string            // chrome in Lang, rendered by the server
	All       map[string]map[string]string // chrome in every language, for chat.js
	Tel       template.URL                 // tel: link to the emergency number
	Version   string                       // static files' content hash
	New       bool                         // the conversation was created by this request
	Push      bool                         // GET /chat/events is on (Server.Pushes)
	Max       int                          // longest message, in code points
	// Page is this page's token: GET /chat/events replays only what was
	// pushed after the page was first shown (see pageFloor).
	Page string
	// Limited: this address started too many conversations; the page
	// says so (with the emergency number) and starts none.
	Limited string
}

// showPage renders the chat page in the conversation's language. A
// browser without a known device cookie gets a new conversation and a new
// cookie (see identity.go), within the per-address limit on starting
// conversations; chat.js then sends /start.
func (s *Server) showPage(w http.ResponseWriter, r *http.Request) {
	lang := s.lang(r)
	conv, token, err := s.conversation(r)
	known := err == nil
	status := http.StatusOK
	var limited string
	switch {
	case errors.Is(err, errNoDevice):
		if ok, retry := s.allow(r, "start", addressKey(s.ClientIP(r)), s.Limits.StartPerAddress); !ok {
			status, limited = http.StatusTooManyRequests, s.rateMessage(lang)
			w.Header().Set("Retry-After", fmt.Sprint(max(1, int(retry.Seconds()))))
			break
		}
		conv = rand.Text()
		if err := s.bindDevice(r.Context(), w, conv); err != nil {
			s.unavailable(w, r, err)
			return
		}
		s.Log.InfoContext(r.Context(), "webchat: conversation started", "conversation", logID(conv))
		if s.Metrics != nil {
			s.Metrics.WebConversationsStarted.Inc()
		}
	case err != nil:
		s.unavailable(w, r, err)
		return
	}
	d := pageData{
		Lang: lang, Dir: locales.Dir(lang), All: map[string]map[string]string{},
		Tel: template.URL("tel:" + dialable(s.Emergency)), Version: s.version, New: !known,
		Push: s.Pushes != nil && limited == "", Limited: limited, Max: MaxTextChars,
	}
	if d.Push {
		// A device that has just continued the chat with a one-time code
		// may see what the clinic pushed before.
		replay := false
		if known {
			_, err := s.Keys.TakeWebKey(r.Context(), hashed("replay", token))
			replay = err == nil
		}
		if d.Page, err = s.newPage(r.Context(), conv, replay); err != nil {
			s.unavailable(w, r, err)
			return
		}
	}
	for _, l := range locales.Languages {
		d.All[l] = s.chrome(l)
	}
	d.UI = d.All[lang]

	w.Header().Add("Vary", "Accept-Language, Cookie")
	s.renderHTML(w, "chat.html", d, lang, status)
}

// renderHTML renders template name with data into a page in lang, never
// cached (it names the conversation), answering 500 when it cannot.
func (s *Server) renderHTML(w http.ResponseWriter, name string, data any, lang string, status int) {
	var buf bytes.Buffer
	if err := s.page.ExecuteTemplate(&buf, name, data); err != nil {
		s.Log.Error("webchat: render page", "template", name, "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Language", lang)
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// unavailable answers a page request the stores could not serve.
func (s *Server) unavailable(w http.ResponseWriter, r *http.Request, err error) {
	s.Log.ErrorContext(r.Context(), "webchat: page", "err", err)
	w.Header().Set("Retry-After", "2")
	http.Error(w, s.Text.Text(s.lang(r), "slower_than_usual", map[string]any{"Emergency": numerals.In(s.lang(r), s.Emergency)}),
		http.StatusServiceUnavailable)
}

func (s *Server) chrome(lang string) map[string]string {
	// {n} is left for chat.js to fill with a count in the reader's digits.
	data := map[string]any{"Emergency": numerals.In(lang, s.Emergency), "Max": numerals.Format(lang, MaxTextChars), "N": "{n}"}
	m := make(map[string]string, len(uiIDs))
	for _, id := range uiIDs {
		m[id] = s.Text.Text(lang, "webchat_"+id, data)
	}
	return m
}

// dialable keeps the characters a phone dials, so a misconfigured number
// cannot smuggle anything into the page's tel: link.
func dialable(number string) string {
	return strings.Map(func(r rune) rune {
		if (r >= '0' && r <= '9') || r == '+' {
			return r
		}
		return -1
	}, number)
}

// langStyle is the style sheet of per-language fonts (Urdu's Nastaliq),
// generated from the language list.
func langStyle() staticfiles.Extra {
	return staticfiles.Extra{Name: "lang.css", Data: locales.StyleSheet()}
}
