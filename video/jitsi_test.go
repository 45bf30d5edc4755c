package video

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
)

const testSecret = "0123456789abcdef0123456789abcdef-test-only"

var (
	start = time.Date(2026, 5, 10, 6, 0, 0, 0, time.UTC) // 09:00 in Riyadh
	appt  = Appointment{
		ID: 42, Room: "abcdefghijklmnopqrstuvwxyz", Start: start, End: start.Add(30 * time.Minute),
		Patient:   Participant{ID: "patient-7", Name: "عائشة"},
		Clinician: Participant{ID: "clinician-3", Name: "Dr Huda"},
	}
)

func mustJitsi(t *testing.T, cfg JitsiConfig) *Jitsi {
	t.Helper()
	j, err := NewJitsi(cfg)
	if err != nil {
		t.Fatalf("NewJitsi: %v", err)
	}
	return j
}

func signedJitsi(t *testing.T) *Jitsi {
	t.Helper()
	return mustJitsi(t, JitsiConfig{BaseURL: "https://meet.example.org/", AppID: "frontdoor", Secret: testSecret})
}

// tokenOf returns the jwt query parameter of a link.
func tokenOf(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatalf("parse link %q: %v", link, err)
	}
	return u.Query().Get("jwt")
}

// payload decodes a token's claims as JSON, without checking the signature,
// to see exactly what Jitsi will read.
func payload(t *testing.T, token string) map[string]any {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("token has %d parts", len(parts))
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatalf("decode payload: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("unmarshal payload: %v", err)
	}
	return m
}

func TestJitsiPlainLinks(t *testing.T) {
	tests := []struct {
		name, base, want string
	}{
		{"host", "https://meet.example.org", "https://meet.example.org/" + appt.Room},
		{"trailing slash", "https://meet.example.org/", "https://meet.example.org/" + appt.Room},
		{"path prefix", "http://127.0.0.1:8443/meet/", "http://127.0.0.1:8443/meet/" + appt.Room},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := mustJitsi(t, JitsiConfig{BaseURL: tc.base})
			got, err := j.Links(context.Background(), appt)
			if err != nil {
				t.Fatalf("Links: %v", err)
			}
			want := Links{Patient: tc.want, Clinician: tc.want}
			if got != want {
				t.Errorf("Links = %+v, want %+v", got, want)
			}
			if j.Signed() {
				t.Error("Signed() = true without a secret")
			}
			if _, err := j.Verify("x", appt.Room, start); !errors.Is(err, ErrNotSigned) {
				t.Errorf("Verify on a plain provider: %v, want ErrNotSigned", err)
			}
		})
	}
}

func TestJitsiSignedClaims(t *testing.T) {
	j := signedJitsi(t)
	if links, _ := j.Links(context.Background(), appt); links.Guest != "" {
		t.Errorf("an appointment without a guest has a guest link %q", links.Guest)
	}
	// A joint session: the referring clinician joins as a guest.
	appt := appt
	appt.Guest = Participant{ID: "clinician-9", Name: "Dr Khalid"}
	links, err := j.Links(context.Background(), appt)
	if err != nil {
		t.Fatalf("Links: %v", err)
	}
	again, _ := j.Links(context.Background(), appt)
	if again != links {
		t.Error("Links differ between two calls for one appointment")
	}
	wantNbf, wantExp := start.Add(-DefaultEarly), appt.End.Add(DefaultLate)
	if !links.NotBefore.Equal(wantNbf) || !links.Expires.Equal(wantExp) {
		t.Errorf("Links validity %v–%v, want %v–%v", links.NotBefore, links.Expires, wantNbf, wantExp)
	}
	tests := []struct {
		name      string
		link      string
		who       Participant
		moderator bool
	}{
		{"patient is not moderator", links.Patient, appt.Patient, false},
		{"clinician is moderator", links.Clinician, appt.Clinician, true},
		{"guest is not moderator", links.Guest, appt.Guest, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.HasPrefix(tc.link, "https://meet.example.org/"+appt.Room+"?jwt=") {
				t.Fatalf("link %q is not <base>/<room>?jwt=", tc.link)
			}
			token := tokenOf(t, tc.link)
			p := payload(t, token)
			want := map[string]any{
				"aud": "jitsi", "iss": "frontdoor", "sub": "meet.example.org", "room": appt.Room,
				"nbf": float64(wantNbf.Unix()), "exp": float64(wantExp.Unix()),
				"moderator": tc.moderator,
			}
			for k, v := range want {
				if p[k] != v {
					t.Errorf("claim %s = %#v, want %#v", k, p[k], v)
				}
			}
			user, _ := p["context"].(map[string]any)["user"].(map[string]any)
			if user["id"] != tc.who.ID || user["name"] != tc.who.Name {
				t.Errorf("context.user = %v, want %+v", user, tc.who)
			}
			if _, ok := p["iat"]; ok {
				t.Error("token has iat; links would change on every call")
			}
			c, err := j.Verify(token, appt.Room, start)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if c.Moderator != tc.moderator || c.Context.User.ID != tc.who.ID {
				t.Errorf("Verify claims = %+v", c)
			}
		})
	}
}

func TestJitsiLinksRejectBadAppointments(t *testing.T) {
	j := signedJitsi(t)
	tests := []struct {
		name   string
		change func(a *Appointment)
	}{
		{"guessable room", func(a *Appointment) { a.Room = "appt-42" }},
		{"no room", func(a *Appointment) { a.Room = "" }},
		{"end before start", func(a *Appointment) { a.End = a.Start.Add(-time.Minute) }},
		{"zero times", func(a *Appointment) { a.Start, a.End = time.Time{}, time.Time{} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := appt
			tc.change(&a)
			if _, err := j.Links(context.Background(), a); !errors.Is(err, ErrInvalid) {
				t.Fatalf("Links error = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestJitsiDomainAndMargins(t *testing.T) {
	j := mustJitsi(t, JitsiConfig{
		BaseURL: "https://meet.example.org", AppID: "frontdoor", Secret: testSecret,
		Domain: "meet.jitsi", Early: time.Minute, Late: 2 * time.Minute,
	})
	links, err := j.Links(context.Background(), appt)
	if err != nil {
		t.Fatalf("Links: %v", err)
	}
	p := payload(t, tokenOf(t, links.Patient))
	if p["sub"] != "meet.jitsi" || p["nbf"] != float64(start.Add(-time.Minute).Unix()) ||
		p["exp"] != float64(appt.End.Add(2*time.Minute).Unix()) {
		t.Errorf("claims = %v", p)
	}
}
