package password

import (
	"errors"
	"unicode/utf8"
)

// The password policy: every way of setting a password (the command line,
// the dashboard's set-password link) checks it with Check.
const (
	MinChars = 12
	MaxBytes = 1024
)

// Errors of Check.
var (
	ErrInvalidUTF8 = errors.New("password: not valid UTF-8")
	ErrTooShort    = errors.New("password: fewer than 12 characters")
	ErrTooLong     = errors.New("password: longer than 1024 bytes")
)

// Check returns nil if pw follows the policy, else the rule it breaks.
func Check(pw string) error {
	switch {
	case !utf8.ValidString(pw):
		return ErrInvalidUTF8
	case utf8.RuneCountInString(pw) < MinChars:
		return ErrTooShort
	case len(pw) > MaxBytes:
		return ErrTooLong
	}
	return nil
}
