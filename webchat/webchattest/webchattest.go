// Package webchattest drives the web chat for the web chat's own tests and
// the end-to-end walks (package e2e): Browser is one patient's browser
// speaking its HTTP API (GET /chat, POST /chat/send) with a cookie jar of
// its own, as the page's script does; Phone drives the page itself in a
// headless Chromium on a phone's screen (browsertest). It does not import
// package webchat, so the web chat's own tests use it too, and check the
// wire format it assumes.
//
// It is for tests only (archtest keeps it out of the binaries).
package webchattest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Request is the body of POST /chat/send: one input.
type Request struct {
	ID    string `json:"id"`
	Text  string `json:"text,omitempty"`
	Data  string `json:"data,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// Response answers a handled input: the replies, and the language the
// conversation now speaks.
type Response struct {
	Replies []dialogs.Reply `json:"replies"`
	Lang    string          `json:"lang,omitempty"`
}

// Error is what a refused or failed input is answered with.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Browser is one patient's browser. Base is the server's URL; Accept is
// the Accept-Language sent with every request (set by Open); Page is the
// page token of the last page opened (data-page). Client may be shared
// with a Browser on another process (cookies ignore the port).
type Browser struct {
	TB     testing.TB
	Base   string
	Client *http.Client
	Accept string
	Page   string
}

// New returns a browser of base with an empty cookie jar.
func New(tb testing.TB, base string) *Browser {
	tb.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		tb.Fatal(err)
	}
	return &Browser{TB: tb, Base: base, Client: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

// Open loads the page with the Accept-Language header acceptLang.
func (b *Browser) Open(acceptLang string) (*http.Response, string) {
	b.TB.Helper()
	b.Accept = acceptLang
	req, _ := http.NewRequest(http.MethodGet, b.Base+"/chat", nil)
	resp, body := b.Do(req)
	if m := pageToken.FindStringSubmatch(body); m != nil {
		b.Page = m[1]
	}
	return resp, body
}

var pageToken = regexp.MustCompile(`data-page="([A-Z2-7]*)"`)

// Do sends req with the browser's cookies and Accept-Language and returns
// the response with its body read.
func (b *Browser) Do(req *http.Request) (*http.Response, string) {
	b.TB.Helper()
	if b.Accept != "" && req.Header.Get("Accept-Language") == "" {
		req.Header.Set("Accept-Language", b.Accept)
	}
	resp, err := b.Client.Do(req)
	if err != nil {
		b.TB.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.TB.Fatal(err)
	}
	return resp, string(body)
}

// PostRaw sends body to /chat/send as JSON with the headers a same-origin
// fetch sends.
func (b *Browser) PostRaw(body string) (*http.Response, string) {
	b.TB.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.Base+"/chat/send", bytes.NewBufferString(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", b.Base)
	return b.Do(req)
}

// Send posts one input and decodes the answer; it fails the test unless
// the status is 200.
func (b *Browser) Send(id, text, data string) Response {
	b.TB.Helper()
	status, resp, e := b.TrySend(id, text, data)
	if status != http.StatusOK {
		b.TB.Fatalf("send %q: status %d, error %+v", id, status, e)
	}
	return resp
}

// SendPhone posts a number from a reply's phone field, as the page does.
func (b *Browser) SendPhone(id, phone string) (int, Response, Error) {
	b.TB.Helper()
	return b.post(Request{ID: id, Phone: phone})
}

// TrySend posts one input and returns the status with the answer decoded:
// the Response on 200, the Error otherwise.
func (b *Browser) TrySend(id, text, data string) (int, Response, Error) {
	b.TB.Helper()
	return b.post(Request{ID: id, Text: text, Data: data})
}

func (b *Browser) post(r Request) (int, Response, Error) {
	b.TB.Helper()
	raw, _ := json.Marshal(r)
	resp, body := b.PostRaw(string(raw))
	var ok Response
	var bad struct {
		Error Error `json:"error"`
	}
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal([]byte(body), &ok); err != nil {
			b.TB.Fatalf("send %q: %v in %q", r.ID, err, body)
		}
	} else if err := json.Unmarshal([]byte(body), &bad); err != nil {
		b.TB.Fatalf("send %q: status %d, body %q is not a JSON error", r.ID, resp.StatusCode, body)
	}
	return resp.StatusCode, ok, bad.Error
}

// Cookie returns the value of the named cookie the browser holds for /chat.
func (b *Browser) Cookie(name string) string {
	u, _ := url.Parse(b.Base + "/chat/send")
	for _, c := range b.Client.Jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

// WebKeys is the part of the web chat's Keys that names the conversation
// of a device (store.Redis).
type WebKeys interface {
	WebKey(ctx context.Context, key string, ttl time.Duration) (string, error)
}

// Conversation returns the conversation the browser's device cookie (named
// cookie) names in keys: the id in its cases' sources ("web:<id>/…").
func (b *Browser) Conversation(keys WebKeys, cookie string) string {
	b.TB.Helper()
	conv, err := keys.WebKey(context.Background(), DeviceKey(b.Cookie(cookie)), 0)
	if err != nil {
		b.TB.Fatalf("the browser's device names no conversation: %v", err)
	}
	return conv
}

// DeviceKey is the key the web chat keeps a device token under: only its
// hash is stored. (webchat's TestDeviceKey holds it to the server's.)
func DeviceKey(token string) string {
	sum := sha256.Sum256([]byte("dev\x00" + token))
	return "dev:" + base64.RawURLEncoding.EncodeToString(sum[:])
}
