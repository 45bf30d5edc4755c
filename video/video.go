package video

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"time"
)

// Errors, wrapped with context by the functions that return them.
var (
	// ErrInvalid marks a bad configuration or appointment.
	ErrInvalid = errors.New("video: invalid input")
	// ErrNotSigned is returned by Verify on a provider without a secret.
	ErrNotSigned = errors.New("video: provider signs no tokens")
	// ErrWrongRoom is returned by Verify for a valid token for another room.
	ErrWrongRoom = errors.New("video: token is for another room")
)

// Participant is one person in a call.
type Participant struct {
	// ID is a stable opaque id such as "patient-42"; never a phone number.
	ID string
	// Name is shown to the others in the call. It travels inside signed
	// links, readable by whoever holds the link, so keep it to what the
	// call needs ("Dr Huda", a first name); it may be empty.
	Name string
}

// Appointment is what a provider needs to know about one appointment.
type Appointment struct {
	ID         int64     // for errors and logs only
	Room       string    // from NewRoom, stored with the appointment
	Start, End time.Time // the booked slot
	Patient    Participant
	Clinician  Participant
	// Guest is a second clinician in the call who is not its moderator:
	// the referring clinician of a joint session (a specialist referral).
	// Zero: none.
	Guest Participant
}

// Links are the join links for one appointment, one for each side.
type Links struct {
	Patient   string
	Clinician string
	// Guest is the guest's link, "" when the appointment has no guest.
	Guest string
	// NotBefore and Expires bound the tokens in signed links; both are zero
	// for plain links, which work at any time.
	NotBefore, Expires time.Time
}

// Provider makes join links for appointments. Implementations must be safe
// for concurrent use and return the same links for the same appointment.
type Provider interface {
	// Links returns the join links for appt, or an error wrapping
	// ErrInvalid if appt has no valid room or its end is not after its start.
	Links(ctx context.Context, appt Appointment) (Links, error)
}

// ProviderFunc adapts a function to Provider (handy in other packages' tests).
type ProviderFunc func(ctx context.Context, appt Appointment) (Links, error)

// Links calls f.
func (f ProviderFunc) Links(ctx context.Context, appt Appointment) (Links, error) {
	return f(ctx, appt)
}

// RoomLen is the length of a room name made by NewRoom.
const RoomLen = 26

// NewRoom returns a fresh room name: 26 characters of lowercase base32
// (a–z, 2–7), each chosen by crypto/rand, so 130 random bits and nothing
// derived from the appointment, clinician or clock. Lowercase because Jitsi
// folds room names to lowercase.
func NewRoom() string {
	return strings.ToLower(rand.Text())
}

// ValidRoom reports whether room has the shape NewRoom gives. Providers
// refuse other names, so a guessable one ("appt-42") can never be used.
func ValidRoom(room string) bool {
	if len(room) != RoomLen {
		return false
	}
	for _, c := range []byte(room) {
		if (c < 'a' || c > 'z') && (c < '2' || c > '7') {
			return false
		}
	}
	return true
}
