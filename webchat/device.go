package webchat

import (
	"crypto/rand"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// A patient's chat belongs to the device that started it. "End chat"
// makes the device forget it (a shared phone in a hotel lobby keeps
// nothing), and "Another device" gives a one-time code with which another
// device continues the chat; the first device then forgets it.
const (
	codeTTL      = 10 * time.Minute
	codeLen      = 8
	codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789" // no 0/O, 1/I/L
	maxCodeInput = 64
)

// endChat is POST /chat/end: the device cookie is removed and the server
// forgets it, so this browser cannot reach the conversation again. The page
// clears its transcript and starts afresh. 204 either way.
func (s *Server) endChat(w http.ResponseWriter, r *http.Request) {
	conv, token, err := s.conversation(r)
	if err != nil && !errors.Is(err, errNoDevice) {
		s.answerFailure(w, r, s.lang(r), "", fmt.Errorf("%w: %w", errBusy, err))
		return
	}
	if err == nil {
		if err := s.Keys.DeleteWebKey(r.Context(), hashed("dev", token)); err != nil {
			s.answerFailure(w, r, s.lang(r), conv, fmt.Errorf("%w: %w", errBusy, err))
			return
		}
		s.Log.InfoContext(r.Context(), "webchat: chat ended on this device", "conversation", logID(conv))
	}
	s.setDeviceCookie(w, "", true)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNoContent)
}

// codeResponse answers POST /chat/code: the code and the note that tells
// the patient what to do with it, in their language.
type codeResponse struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// issueCode is POST /chat/code: a one-time code, valid codeTTL, with which
// another device continues this conversation.
func (s *Server) issueCode(w http.ResponseWriter, r *http.Request) {
	lang := s.lang(r)
	conv, token, err := s.conversation(r)
	if errors.Is(err, errNoDevice) {
		s.fail(w, http.StatusBadRequest, "no_session", s.Text.Text(lang, "webchat_no_session", nil))
		return
	}
	if err != nil {
		s.answerFailure(w, r, lang, "", fmt.Errorf("%w: %w", errBusy, err))
		return
	}
	code := newCode()
	if err := s.Keys.SetWebKey(r.Context(), hashed("code", code), conv+" "+hashed("dev", token), codeTTL); err != nil {
		s.answerFailure(w, r, lang, conv, fmt.Errorf("%w: %w", errBusy, err))
		return
	}
	shown := code[:4] + "-" + code[4:]
	writeJSON(w, http.StatusOK, codeResponse{Code: shown, Message: s.Text.Text(lang, "webchat_code_note",
		map[string]any{"Code": shown, "URL": s.continueURL()})})
}

func (s *Server) continueURL() string {
	if s.PublicURL != "" {
		return strings.TrimRight(s.PublicURL, "/") + "/chat/continue"
	}
	return "/chat/continue"
}

func newCode() string {
	b := make([]byte, codeLen)
	for i := range b {
		// rand.Text's reader; the modulo bias of 256 % 31 is immaterial
		// against 10 tries an hour.
		var one [1]byte
		_, _ = rand.Read(one[:])
		b[i] = codeAlphabet[int(one[0])%len(codeAlphabet)]
	}
	return string(b)
}

// normalizeCode reads what a patient typed: any case, dashes and spaces,
// Arabic-Indic digits.
func normalizeCode(s string) string {
	s = strings.ToUpper(numerals.Fold(s))
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(codeAlphabet, r) {
			return r
		}
		return -1
	}, s)
}

// continueData is what templates/continue.html renders.
type continueData struct {
	Lang, Dir string
	UI        map[string]string
	Error     string
	Version   string
	Tel       template.URL
}

// showContinue is GET /chat/continue: the form for a one-time code.
func (s *Server) showContinue(w http.ResponseWriter, r *http.Request) {
	s.renderContinue(w, r, http.StatusOK, "")
}

// submitContinue is POST /chat/continue: a right code moves the
// conversation to this device (the old one forgets it) and opens the chat;
// a wrong one re-shows the form. Attempts are limited per address.
func (s *Server) submitContinue(w http.ResponseWriter, r *http.Request) {
	lang := s.lang(r)
	if ok, retry := s.allow(r, "code", addressKey(s.ClientIP(r)), s.Limits.CodePerAddress); !ok {
		w.Header().Set("Retry-After", fmt.Sprint(max(1, int(retry.Seconds()))))
		s.renderContinue(w, r, http.StatusTooManyRequests, s.rateMessage(lang))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	code := ""
	if err := r.ParseForm(); err == nil && len(r.PostFormValue("code")) <= maxCodeInput {
		code = normalizeCode(r.PostFormValue("code"))
	}
	failed := s.Text.Text(lang, "webchat_continue_failed", nil)
	if len(code) != codeLen {
		s.renderContinue(w, r, http.StatusBadRequest, failed)
		return
	}
	ctx := r.Context()
	v, err := s.Keys.TakeWebKey(ctx, hashed("code", code))
	conv, oldDevice, ok := strings.Cut(v, " ")
	if errors.Is(err, dialogs.ErrNotFound) || (err == nil && !ok) {
		s.Log.InfoContext(ctx, "webchat: wrong continue code")
		s.renderContinue(w, r, http.StatusBadRequest, failed)
		return
	}
	if err != nil {
		s.unavailable(w, r, err)
		return
	}
	if err := s.Keys.DeleteWebKey(ctx, oldDevice); err != nil {
		s.unavailable(w, r, err)
		return
	}
	token := rand.Text()
	if err := s.Keys.SetWebKey(ctx, hashed("dev", token), conv, deviceIdle); err != nil {
		s.unavailable(w, r, err)
		return
	}
	// The first page on this device may show what the clinic pushed
	// earlier: the code proved it is the same patient.
	if err := s.Keys.SetWebKey(ctx, hashed("replay", token), "1", codeTTL); err != nil {
		s.Log.WarnContext(ctx, "webchat: mark replay", "err", err)
	}
	s.setDeviceCookie(w, token, false)
	s.Log.InfoContext(ctx, "webchat: chat continued on another device", "conversation", logID(conv))
	http.Redirect(w, r, "/chat", http.StatusSeeOther)
}

func (s *Server) renderContinue(w http.ResponseWriter, r *http.Request, status int, msg string) {
	lang := s.lang(r)
	d := continueData{Lang: lang, Dir: locales.Dir(lang), UI: map[string]string{}, Error: msg, Version: s.version,
		Tel: template.URL("tel:" + dialable(s.Emergency))}
	for _, id := range []string{"continue_title", "continue_hint", "continue_label", "continue_submit", "continue_new", "emergency_note", "call"} {
		d.UI[id] = s.Text.Text(lang, "webchat_"+id, map[string]any{"Emergency": numerals.In(lang, s.Emergency)})
	}
	s.renderHTML(w, "continue.html", d, lang, status)
}
