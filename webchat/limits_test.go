package webchat

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/numerals"
)

func TestSendRefusesBadInput(t *testing.T) {
	longID := strings.Repeat("a", maxIDLen+1)
	arabic5000 := strings.Repeat("ع", MaxTextChars)
	for _, tc := range []struct {
		name, lang, body, ctype string
		status                  int
		code, msgID             string
	}{
		{"malformed JSON", "en", `{"id":"a","text":`, "", 400, "bad_request", "webchat_bad_request"},
		{"not an object", "ar", `["a"]`, "", 400, "bad_request", "webchat_bad_request"},
		{"trailing data", "en", `{"id":"a","text":"x"} {"id":"b"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"no id", "en", `{"text":"x"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"id too long", "en", `{"id":"` + longID + `","text":"x"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"id with odd characters", "en", `{"id":"a b<","text":"x"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"neither text nor data", "en", `{"id":"a"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"blank text", "en", `{"id":"a","text":"  \n "}`, "", 400, "bad_request", "webchat_bad_request"},
		{"both text and data", "en", `{"id":"a","text":"x","data":"y"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"data too long", "en", `{"id":"a","data":"` + strings.Repeat("d", 65) + `"}`, "", 400, "bad_request", "webchat_bad_request"},
		{"not JSON", "en", `id=a&text=x`, "application/x-www-form-urlencoded", 415, "bad_request", "webchat_bad_request"},
		{"body over 16 KiB", "ar", `{"id":"a","text":"` + strings.Repeat("x", MaxBodyBytes) + `"}`, "", 413, "too_long", "webchat_body_too_large"},
		{"text one over the limit", "ar", `{"id":"a","text":"` + arabic5000 + `ع"}`, "", 422, "too_long", "webchat_text_too_long"},
		{"text one over the limit, English", "en", `{"id":"a","text":"` + strings.Repeat("e", MaxTextChars+1) + `"}`, "", 422, "too_long", "webchat_text_too_long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &scripted{}
			s, ts := newServer(t, h)
			b := newBrowser(t, ts)
			b.Open(tc.lang)
			req, _ := http.NewRequest(http.MethodPost, ts.URL+"/chat/send", strings.NewReader(tc.body))
			ctype := tc.ctype
			if ctype == "" {
				ctype = "application/json"
			}
			req.Header.Set("Content-Type", ctype)
			resp, body := b.Do(req)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d (%s)", resp.StatusCode, tc.status, body)
			}
			var e errorResponse
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("body %q is not a JSON error: %v", body, err)
			}
			data := map[string]any{}
			if tc.msgID == "webchat_text_too_long" {
				data = map[string]any{"Length": numerals.Format(tc.lang, MaxTextChars+1), "Max": numerals.Format(tc.lang, MaxTextChars)}
			}
			want := s.Text.Text(tc.lang, tc.msgID, data)
			if e.Error.Code != tc.code || e.Error.Message != want {
				t.Errorf("error = %+v, want code %q message %q", e.Error, tc.code, want)
			}
			if len(h.calls()) != 0 {
				t.Errorf("a refused input reached the dialogs")
			}
		})
	}
}

func TestTooLongTextNamesTheNumbersInTheReadersDigits(t *testing.T) {
	_, ts := newServer(t, &scripted{})
	b := newBrowser(t, ts)
	b.Open("ar")
	status, _, e := b.TrySend("a", strings.Repeat("ب", 1200), "")
	if status != http.StatusUnprocessableEntity || !strings.Contains(e.Message, "١٢٠٠") || !strings.Contains(e.Message, "١٠٠٠") {
		t.Errorf("status %d, message %q: want 422 naming ١٢٠٠ and ١٠٠٠", status, e.Message)
	}
}

// TestOneLimitEverywhere: the page refuses no text the dialogs would read,
// and takes none they would answer "too long".
func TestOneLimitEverywhere(t *testing.T) {
	if MaxTextChars != dialogs.MaxTextRunes {
		t.Errorf("the web chat takes %d characters, the dialogs read %d", MaxTextChars, dialogs.MaxTextRunes)
	}
}

func TestTextAtTheLimitIsAccepted(t *testing.T) {
	h := &scripted{}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("")
	// 5,000 Arabic letters are 10,000 bytes: inside the body limit too.
	b.Send("a", strings.Repeat("ع", MaxTextChars), "")
	if calls := h.calls(); len(calls) != 1 || len([]rune(calls[0].Text)) != MaxTextChars {
		t.Errorf("the dialogs did not get the whole text")
	}
}

func TestSendWithoutConversationCookie(t *testing.T) {
	h := &scripted{}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts) // never opened the page
	for _, cookie := range []string{"", "not-a-conversation-id", strings.Repeat("A", 25)} {
		req, _ := http.NewRequest(http.MethodPost, ts.URL+"/chat/send", strings.NewReader(`{"id":"a","text":"x"}`))
		req.Header.Set("Content-Type", "application/json")
		if cookie != "" {
			req.AddCookie(&http.Cookie{Name: conversationCookie, Value: cookie})
		}
		resp, body := b.Do(req)
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, `"no_session"`) {
			t.Errorf("cookie %q: status %d %s, want 400 no_session", cookie, resp.StatusCode, body)
		}
	}
	if len(h.calls()) != 0 {
		t.Error("an input without a conversation reached the dialogs")
	}
}

func TestUnknownMethods(t *testing.T) {
	_, ts := newServer(t, &scripted{})
	b := newBrowser(t, ts)
	for _, tc := range []struct{ name, method, path, allow string }{
		{"GET send", "GET", "/chat/send", "POST"},
		{"PUT send", "PUT", "/chat/send", "POST"},
		{"DELETE send", "DELETE", "/chat/send", "POST"},
		{"POST page", "POST", "/chat", "GET"},
		{"PATCH page", "PATCH", "/chat", "GET"},
		{"POST static", "POST", "/chat/static/chat.js", "GET"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, ts.URL+tc.path, nil)
			resp, _ := b.Do(req)
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("status %d, want 405", resp.StatusCode)
			}
			if allow := resp.Header.Get("Allow"); !strings.Contains(allow, tc.allow) {
				t.Errorf("Allow %q lacks %s", allow, tc.allow)
			}
		})
	}
}

func TestCrossOriginPostsAreRefused(t *testing.T) {
	for _, tc := range []struct {
		name    string
		headers map[string]string
		status  int
	}{
		{"cross-site fetch", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"same-site other origin", map[string]string{"Sec-Fetch-Site": "same-site"}, 403},
		{"old browser, foreign Origin", map[string]string{"Origin": "https://evil.example"}, 403},
		{"same-origin fetch", map[string]string{"Sec-Fetch-Site": "same-origin"}, 200},
		{"old browser, own Origin", map[string]string{"Origin": "SELF"}, 200},
		{"no browser headers (curl)", map[string]string{}, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &scripted{}
			s, ts := newServer(t, h)
			b := newBrowser(t, ts)
			b.Open("ar")
			req, _ := http.NewRequest(http.MethodPost, ts.URL+"/chat/send", strings.NewReader(`{"id":"a","text":"x"}`))
			req.Header.Set("Content-Type", "application/json")
			for k, v := range tc.headers {
				if v == "SELF" {
					v = ts.URL
				}
				req.Header.Set(k, v)
			}
			resp, body := b.Do(req)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d (%s)", resp.StatusCode, tc.status, body)
			}
			if tc.status != 403 {
				return
			}
			if want := s.Text.Text("ar", "webchat_forbidden", nil); !strings.Contains(body, want) {
				t.Errorf("body %s lacks the localized refusal %q", body, want)
			}
			if len(h.calls()) != 0 {
				t.Error("a cross-origin input reached the dialogs")
			}
		})
	}
}
