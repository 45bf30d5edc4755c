package webchat

import (
	"bytes"
	"crypto/rand"
	"html/template"
	"net/http"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// uiIDs are the page chrome's messages (locales/webchat.*.toml), keyed in
// the page by the id without its "webchat_" prefix. The page carries them
// in both languages so it can follow a language switch without a reload.
var uiIDs = []string{
	"title", "heading", "emergency_note", "call", "input_label", "placeholder", "send",
	"menu", "language", "tools_label", "typing", "reconnecting", "you", "clinic", "log_label",
	"noscript", "calendar", "count_left", "count_over",
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
}

// showPage renders the chat page in the conversation's language and gives a
// first-time visitor a conversation cookie (rand.Text: 26 base32 characters,
// 130 random bits); chat.js then sends /start.
func (s *Server) showPage(w http.ResponseWriter, r *http.Request) {
	id, known := conversation(r)
	if known {
		s.setConversation(w, id) // a visit renews the month
	} else {
		s.setConversation(w, rand.Text())
	}
	lang := s.lang(r)
	d := pageData{
		Lang: lang, Dir: dir(lang), All: map[string]map[string]string{},
		Tel: template.URL("tel:" + dialable(s.Emergency)), Version: s.version, New: !known,
		Push: s.Pushes != nil, Max: MaxTextChars,
	}
	for _, l := range locales.Languages {
		d.All[l] = s.chrome(l)
	}
	d.UI = d.All[lang]

	var buf bytes.Buffer
	if err := s.page.ExecuteTemplate(&buf, "chat.html", d); err != nil {
		s.Log.Error("webchat: render page", "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Language", lang)
	h.Add("Vary", "Accept-Language, Cookie")
	_, _ = buf.WriteTo(w)
}

func (s *Server) chrome(lang string) map[string]string {
	// {n} is left for chat.js to fill with a count in the reader's digits.
	data := map[string]any{"Emergency": s.Emergency, "Max": numerals.Format(lang, MaxTextChars), "N": "{n}"}
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
