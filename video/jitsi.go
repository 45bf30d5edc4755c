package video

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// JitsiConfig configures a Jitsi provider.
type JitsiConfig struct {
	// BaseURL is the Jitsi Meet server, with any path prefix:
	// "https://meet.example.org". Required; http or https; no query.
	BaseURL string
	// AppID and Secret, both or neither, turn on signed room tokens: the
	// app_id and app_secret of the server's token authentication. Secret
	// must be at least 32 bytes, the HS256 key size.
	AppID, Secret string
	// Domain is the tokens' "sub" claim, the server's XMPP domain. Default:
	// the host of BaseURL.
	Domain string
	// Early and Late widen a token's validity around the appointment: from
	// Start-Early to End+Late. Defaults: 10 and 30 minutes.
	Early, Late time.Duration
}

// Default token margins around an appointment.
const (
	DefaultEarly = 10 * time.Minute
	DefaultLate  = 30 * time.Minute
)

// Jitsi makes links to a Jitsi Meet server. It is immutable and safe for
// concurrent use.
type Jitsi struct {
	base        string
	appID       string
	secret      []byte
	domain      string
	early, late time.Duration
}

var _ Provider = (*Jitsi)(nil)

// NewJitsi checks cfg and returns the provider; the error wraps ErrInvalid.
func NewJitsi(cfg JitsiConfig) (*Jitsi, error) {
	u, err := url.Parse(cfg.BaseURL)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%w: jitsi base url: %w", ErrInvalid, err)
	case u.Scheme != "https" && u.Scheme != "http", u.Host == "", u.User != nil,
		u.RawQuery != "", u.Fragment != "", strings.HasSuffix(cfg.BaseURL, "?"):
		return nil, fmt.Errorf("%w: jitsi base url must be http(s)://host[/path] without user, query or fragment", ErrInvalid)
	case (cfg.AppID == "") != (cfg.Secret == ""):
		return nil, fmt.Errorf("%w: jitsi app id and secret go together", ErrInvalid)
	case cfg.Secret != "" && len(cfg.Secret) < 32:
		return nil, fmt.Errorf("%w: jitsi secret is %d bytes, want at least 32", ErrInvalid, len(cfg.Secret))
	case cfg.Early < 0 || cfg.Late < 0:
		return nil, fmt.Errorf("%w: jitsi token margins must not be negative", ErrInvalid)
	}
	j := &Jitsi{
		base:   strings.TrimRight(cfg.BaseURL, "/"),
		appID:  cfg.AppID,
		domain: cmpOr(cfg.Domain, u.Hostname()),
		early:  cmpOr(cfg.Early, DefaultEarly),
		late:   cmpOr(cfg.Late, DefaultLate),
	}
	if cfg.Secret != "" {
		j.secret = []byte(cfg.Secret)
	}
	return j, nil
}

// Signed reports whether j signs room tokens.
func (j *Jitsi) Signed() bool { return j.secret != nil }

// Links returns `<base>/<room>` for every participant, each with
// `?jwt=<token>` when j is Signed: a token for the patient (not moderator),
// one for the clinician (moderator) and, with a guest, one for the guest
// (not moderator), valid from appt.Start-Early to appt.End+Late. The
// result depends only on appt and the configuration. Errors wrap ErrInvalid.
func (j *Jitsi) Links(_ context.Context, appt Appointment) (Links, error) {
	switch {
	case !ValidRoom(appt.Room):
		return Links{}, fmt.Errorf("%w: appointment %d: room name is not from NewRoom", ErrInvalid, appt.ID)
	case appt.Start.IsZero() || !appt.Start.Before(appt.End):
		return Links{}, fmt.Errorf("%w: appointment %d: end not after start", ErrInvalid, appt.ID)
	}
	plain := j.base + "/" + appt.Room
	if !j.Signed() {
		l := Links{Patient: plain, Clinician: plain}
		if appt.Guest.ID != "" {
			l.Guest = plain
		}
		return l, nil
	}
	nbf, exp := appt.Start.Add(-j.early), appt.End.Add(j.late)
	patient, err := j.sign(appt.Room, appt.Patient, false, nbf, exp)
	if err != nil {
		return Links{}, fmt.Errorf("video: appointment %d: patient token: %w", appt.ID, err)
	}
	clinician, err := j.sign(appt.Room, appt.Clinician, true, nbf, exp)
	if err != nil {
		return Links{}, fmt.Errorf("video: appointment %d: clinician token: %w", appt.ID, err)
	}
	l := Links{
		Patient:   plain + "?jwt=" + patient,
		Clinician: plain + "?jwt=" + clinician,
		NotBefore: nbf.Truncate(time.Second).UTC(),
		Expires:   exp.Truncate(time.Second).UTC(),
	}
	if appt.Guest.ID != "" {
		guest, err := j.sign(appt.Room, appt.Guest, false, nbf, exp)
		if err != nil {
			return Links{}, fmt.Errorf("video: appointment %d: guest token: %w", appt.ID, err)
		}
		l.Guest = plain + "?jwt=" + guest
	}
	return l, nil
}

func cmpOr[T comparable](v, fallback T) T {
	var zero T
	if v == zero {
		return fallback
	}
	return v
}
