package webchat

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/ratelimit"
)

// FuzzSendBody throws arbitrary bodies at POST /chat/send on a real server
// (real Redis): every answer is one of the documented statuses with a JSON
// body, never a 500, and what reaches the dialogs is clean text.
func FuzzSendBody(f *testing.F) {
	for _, seed := range []string{
		`{"id":"a","text":"hello"}`, `{"id":"b","data":"1:o:a"}`, `{"id":"c","text":"chest pain \u0000 now"}`,
		`{"id":"d","text":"` + strings.Repeat("ع", 10) + `"}`, `{"id":"e","text":"x","data":"y"}`, `{}`, `[]`, `null`,
		`{"id":"f","text":"a"} {"id":"g"}`, `{"id":"` + strings.Repeat("z", 100) + `","text":"x"}`, "\xff\xfe", `{"id":"h","text":"\u202e"}`,
	} {
		f.Add(seed)
	}
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		for _, r := range in.Text {
			if unicode.IsControl(r) && r != '\n' && r != '\t' {
				return nil, errBadFuzz
			}
		}
		return []dialogs.Reply{{Lang: "en", Text: "ok"}}, nil
	}}
	s := testServer(f, h)
	lots := ratelimit.Rate{Events: 1 << 20, Per: time.Second, Burst: 1 << 20}
	s.Limits = Limits{StartPerAddress: lots, SendPerAddress: lots, SendPerConversation: lots, CodePerAddress: lots}
	routes := s.Routes()
	page := httptest.NewRecorder()
	routes.ServeHTTP(page, httptest.NewRequest(http.MethodGet, "/chat", nil))
	cookie := findCookie(page.Result(), conversationCookie)
	if cookie == nil {
		f.Fatal("no device cookie")
	}
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest(http.MethodPost, "/chat/send", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		r.AddCookie(cookie)
		w := httptest.NewRecorder()
		routes.ServeHTTP(w, r)
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnprocessableEntity:
		default:
			t.Fatalf("body %q: status %d %s", body, w.Code, w.Body)
		}
		var out map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatalf("body %q: answer %q is not JSON", body, w.Body)
		}
	})
}

var errBadFuzz = errors.New("a control character reached the dialogs")
