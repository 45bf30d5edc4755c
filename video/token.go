package video

import (
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are a Jitsi room token's claims, in the shape Jitsi's prosody
// token authentication reads. Audience is a plain string, not the JSON
// array golang-jwt writes for RegisteredClaims, because prosody compares
// "aud" as a string.
type Claims struct {
	Audience  string           `json:"aud"`
	Issuer    string           `json:"iss"` // the app id
	Subject   string           `json:"sub"` // the domain
	Room      string           `json:"room"`
	NotBefore *jwt.NumericDate `json:"nbf"`
	ExpiresAt *jwt.NumericDate `json:"exp"`
	Context   TokenContext     `json:"context"`
	Moderator bool             `json:"moderator"` // written when false too
}

// TokenContext is the "context" claim.
type TokenContext struct {
	User TokenUser `json:"user"`
}

// TokenUser is the "context.user" claim.
type TokenUser struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Audience is the "aud" of every Jitsi room token.
const Audience = "jitsi"

var _ jwt.Claims = Claims{}

// GetExpirationTime implements jwt.Claims.
func (c Claims) GetExpirationTime() (*jwt.NumericDate, error) { return c.ExpiresAt, nil }

// GetNotBefore implements jwt.Claims.
func (c Claims) GetNotBefore() (*jwt.NumericDate, error) { return c.NotBefore, nil }

// GetIssuedAt implements jwt.Claims; tokens carry no "iat", so that the
// same appointment always yields the same link.
func (c Claims) GetIssuedAt() (*jwt.NumericDate, error) { return nil, nil }

// GetIssuer implements jwt.Claims.
func (c Claims) GetIssuer() (string, error) { return c.Issuer, nil }

// GetSubject implements jwt.Claims.
func (c Claims) GetSubject() (string, error) { return c.Subject, nil }

// GetAudience implements jwt.Claims.
func (c Claims) GetAudience() (jwt.ClaimStrings, error) {
	if c.Audience == "" {
		return nil, nil
	}
	return jwt.ClaimStrings{c.Audience}, nil
}

func (j *Jitsi) sign(room string, p Participant, moderator bool, nbf, exp time.Time) (string, error) {
	c := Claims{
		Audience:  Audience,
		Issuer:    j.appID,
		Subject:   j.domain,
		Room:      room,
		NotBefore: jwt.NewNumericDate(nbf),
		ExpiresAt: jwt.NewNumericDate(exp),
		Context:   TokenContext{User: TokenUser(p)},
		Moderator: moderator,
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(j.secret)
	if err != nil {
		return "", fmt.Errorf("sign: %w", err)
	}
	return s, nil
}

// Verify checks that token is a room token j issued for room and that it is
// valid at now, and returns its claims. It accepts HS256 only, requires
// "exp" and "nbf", and checks "aud", "iss" (the app id) and "sub" (the
// domain). A token for another room gives ErrWrongRoom; an expired or
// not-yet-valid one an error matching jwt.ErrTokenExpired or
// jwt.ErrTokenNotValidYet; any provider without a secret ErrNotSigned.
func (j *Jitsi) Verify(token, room string, now time.Time) (Claims, error) {
	if !j.Signed() {
		return Claims{}, ErrNotSigned
	}
	var c Claims
	_, err := jwt.ParseWithClaims(token, &c,
		func(*jwt.Token) (any, error) { return j.secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithExpirationRequired(),
		jwt.WithNotBeforeRequired(),
		jwt.WithAudience(Audience),
		jwt.WithIssuer(j.appID),
		jwt.WithSubject(j.domain),
		jwt.WithTimeFunc(func() time.Time { return now }),
	)
	if err != nil {
		return Claims{}, fmt.Errorf("video: verify token: %w", err)
	}
	if c.Room != room {
		return Claims{}, fmt.Errorf("video: verify token: %w", ErrWrongRoom)
	}
	return c, nil
}
