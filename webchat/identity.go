package webchat

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// Keys keeps the channel's small records shared by every process
// (store.Redis satisfies it): which conversation a device cookie names,
// what a page has already been shown, one-time codes. Keys are hashes of
// what the browser holds, never the values themselves.
type Keys interface {
	SetWebKey(ctx context.Context, key, value string, ttl time.Duration) error
	// WebKey returns key's value, keeping it ttl longer when ttl > 0;
	// dialogs.ErrNotFound when there is none.
	WebKey(ctx context.Context, key string, ttl time.Duration) (string, error)
	// TakeWebKey returns key's value and deletes it, atomically.
	TakeWebKey(ctx context.Context, key string) (string, error)
	DeleteWebKey(ctx context.Context, key string) error
}

// The device cookie. It carries a random token the server issued
// (rand.Text: 26 base32 characters, 130 bits); the server keeps only its
// hash, which names the conversation. A token the server does not know,
// whoever made it, gets a new conversation with a new token: a client can
// never choose its conversation. The cookie lives for the browser session
// only; the server forgets an idle device after deviceIdle, and "End
// chat" forgets it at once.
const (
	conversationCookie = "fd_chat"
	// secureCookie is the name over HTTPS: __Host- binds it to this host
	// and path /, so a sibling subdomain cannot plant or overwrite it.
	secureCookie = "__Host-fd_chat"
	// langCookie remembers the language the conversation speaks, so a
	// reload renders the page in it at once.
	langCookie = "fd_lang"
	cookiePath = "/chat"
	langAge    = 365 * 24 * time.Hour
	deviceIdle = 12 * time.Hour
)

func (s *Server) cookieName() string {
	if s.Secure {
		return secureCookie
	}
	return conversationCookie
}

// token returns the device token in the request's cookie, if it has one
// of the right shape (known or not).
func (s *Server) token(r *http.Request) (string, bool) {
	c, err := r.Cookie(s.cookieName())
	if err != nil || !validToken(c.Value) {
		return "", false
	}
	return c.Value, true
}

func validToken(s string) bool {
	if len(s) != 26 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z') && !(c >= '2' && c <= '7') {
			return false
		}
	}
	return true
}

// hashed names a browser-held secret in Redis: a copy of Redis holds no
// usable cookie, page token or code.
func hashed(kind, secret string) string {
	sum := sha256.Sum256([]byte(kind + "\x00" + secret))
	return kind + ":" + base64.RawURLEncoding.EncodeToString(sum[:])
}

// errNoDevice means the request's cookie names no conversation this server
// issued (none, malformed, unknown, ended or expired).
var errNoDevice = errors.New("webchat: no conversation for this device")

// conversation returns the conversation the request's device cookie names
// and keeps it deviceIdle longer. Errors: errNoDevice, or a Keys failure.
func (s *Server) conversation(r *http.Request) (conv, token string, err error) {
	token, ok := s.token(r)
	if !ok {
		return "", "", errNoDevice
	}
	conv, err = s.Keys.WebKey(r.Context(), hashed("dev", token), deviceIdle)
	if errors.Is(err, dialogs.ErrNotFound) {
		return "", "", errNoDevice
	}
	if err != nil {
		return "", "", fmt.Errorf("webchat: device: %w", err)
	}
	return conv, token, nil
}

// bindDevice issues a new device token for conv and sets its cookie.
func (s *Server) bindDevice(ctx context.Context, w http.ResponseWriter, conv string) error {
	token := rand.Text()
	if err := s.Keys.SetWebKey(ctx, hashed("dev", token), conv, deviceIdle); err != nil {
		return fmt.Errorf("webchat: bind device: %w", err)
	}
	s.setDeviceCookie(w, token, false)
	return nil
}

// setDeviceCookie sets (or, with clear, removes) the device cookie: a
// session cookie (no Max-Age), HttpOnly, SameSite=Lax (a link from the
// clinic's site still finds the conversation), Secure with __Host- over
// HTTPS.
func (s *Server) setDeviceCookie(w http.ResponseWriter, token string, clear bool) {
	c := &http.Cookie{
		Name: s.cookieName(), Value: token, Path: cookiePath,
		HttpOnly: true, Secure: s.Secure, SameSite: http.SameSiteLaxMode,
	}
	if s.Secure {
		c.Path = "/" // __Host- requires it
	}
	if clear {
		c.Value, c.MaxAge = "", -1
	}
	http.SetCookie(w, c)
}

func conversationKey(id string) dialogs.ConversationKey {
	return dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: id}
}

// lang returns the language to render for r: the conversation's language
// from its cookie, else the best match of Accept-Language, else Arabic.
func (s *Server) lang(r *http.Request) string {
	if c, err := r.Cookie(langCookie); err == nil {
		if l := locales.Lang(c.Value); l != "" {
			return l
		}
	}
	return locales.AcceptLanguage(r.Header.Get("Accept-Language"))
}

func (s *Server) setLang(w http.ResponseWriter, lang string) {
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: lang, Path: cookiePath,
		MaxAge: int(langAge / time.Second), HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode,
	})
}
