package video

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// forge signs claims as someone with the given method and key would.
func forge(t *testing.T, m jwt.SigningMethod, key any, c jwt.Claims) string {
	t.Helper()
	s, err := jwt.NewWithClaims(m, c).SignedString(key)
	if err != nil {
		t.Fatalf("forge: %v", err)
	}
	return s
}

func TestVerifyRejects(t *testing.T) {
	j := signedJitsi(t)
	links, err := j.Links(context.Background(), appt)
	if err != nil {
		t.Fatalf("Links: %v", err)
	}
	good := tokenOf(t, links.Patient)
	claims, err := j.Verify(good, appt.Room, start)
	if err != nil {
		t.Fatalf("Verify(good): %v", err)
	}
	with := func(change func(c *Claims)) Claims {
		c := claims
		change(&c)
		return c
	}
	secret := []byte(testSecret)
	parts := strings.Split(good, ".")
	tampered := parts[0] + "." + strings.TrimRight(parts[1], "Q") + "Q." + parts[2]

	tests := []struct {
		name  string
		token string
		room  string
		now   time.Time
		want  error // matched with errors.Is; nil means any error
	}{
		{"expired", good, appt.Room, links.Expires.Add(time.Second), jwt.ErrTokenExpired},
		{"not yet valid", good, appt.Room, links.NotBefore.Add(-time.Second), jwt.ErrTokenNotValidYet},
		{"another room", good, NewRoom(), start, ErrWrongRoom},
		{"HS512, same secret", forge(t, jwt.SigningMethodHS512, secret, claims), appt.Room, start, jwt.ErrTokenSignatureInvalid},
		{"HS384, same secret", forge(t, jwt.SigningMethodHS384, secret, claims), appt.Room, start, jwt.ErrTokenSignatureInvalid},
		{"alg none", forge(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, claims), appt.Room, start, jwt.ErrTokenSignatureInvalid},
		{"another secret", forge(t, jwt.SigningMethodHS256, []byte(testSecret+"x"), claims), appt.Room, start, jwt.ErrTokenSignatureInvalid},
		{"tampered payload", tampered, appt.Room, start, nil},
		{"no exp", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.ExpiresAt = nil })), appt.Room, start, jwt.ErrTokenRequiredClaimMissing},
		{"no nbf", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.NotBefore = nil })), appt.Room, start, jwt.ErrTokenRequiredClaimMissing},
		{"wrong audience", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.Audience = "livekit" })), appt.Room, start, jwt.ErrTokenInvalidAudience},
		{"no audience", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.Audience = "" })), appt.Room, start, jwt.ErrTokenRequiredClaimMissing},
		{"wrong issuer", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.Issuer = "other-app" })), appt.Room, start, jwt.ErrTokenInvalidIssuer},
		{"wrong domain", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.Subject = "*" })), appt.Room, start, jwt.ErrTokenInvalidSubject},
		{"wildcard room", forge(t, jwt.SigningMethodHS256, secret, with(func(c *Claims) { c.Room = "*" })), appt.Room, start, ErrWrongRoom},
		{"garbage", "not.a.token", appt.Room, start, jwt.ErrTokenMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := j.Verify(tc.token, tc.room, tc.now)
			if err == nil {
				t.Fatal("Verify accepted the token")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("Verify error = %v, want %v", err, tc.want)
			}
		})
	}
}

// The whole validity window is accepted: from NotBefore to Expires.
func TestVerifyAcceptsWithinWindow(t *testing.T) {
	j := signedJitsi(t)
	links, err := j.Links(context.Background(), appt)
	if err != nil {
		t.Fatalf("Links: %v", err)
	}
	for _, tc := range []struct {
		name string
		now  time.Time
	}{
		{"at not-before", links.NotBefore},
		{"at the start", appt.Start},
		{"after the end, in the grace", appt.End.Add(DefaultLate - time.Second)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := j.Verify(tokenOf(t, links.Clinician), appt.Room, tc.now); err != nil {
				t.Errorf("Verify: %v", err)
			}
		})
	}
}
