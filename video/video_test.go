package video

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestNewRoom(t *testing.T) {
	const n = 4000
	seen := make(map[string]bool, n)
	var perPosition [RoomLen]map[byte]int
	for i := range perPosition {
		perPosition[i] = map[byte]int{}
	}
	for range n {
		r := NewRoom()
		if !ValidRoom(r) {
			t.Fatalf("NewRoom() = %q, not a valid room", r)
		}
		if seen[r] {
			t.Fatalf("NewRoom() repeated %q", r)
		}
		seen[r] = true
		for i := range RoomLen {
			perPosition[i][r[i]]++
		}
	}
	// Every position must use the whole 32-symbol alphabet: 26 positions of
	// 5 random bits each is the 130 bits promised, and no position is fixed
	// or derived. A symbol missing from a position after 4000 fair draws has
	// a probability of about 1e-55.
	for i, counts := range perPosition {
		if len(counts) != 32 {
			t.Errorf("position %d used %d symbols of 32", i, len(counts))
		}
	}
}

func TestValidRoom(t *testing.T) {
	tests := []struct {
		name string
		room string
		want bool
	}{
		{"from NewRoom", NewRoom(), true},
		{"guessable", "appt-42", false},
		{"uppercase", strings.ToUpper(NewRoom()), false},
		{"one short", NewRoom()[1:], false},
		{"path traversal", "../../" + NewRoom()[6:], false},
		{"digits outside base32", "0189" + NewRoom()[4:], false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ValidRoom(tc.room); got != tc.want {
				t.Errorf("ValidRoom(%q) = %v, want %v", tc.room, got, tc.want)
			}
		})
	}
}

func TestProviderFunc(t *testing.T) {
	var p Provider = ProviderFunc(func(_ context.Context, a Appointment) (Links, error) {
		return Links{Patient: "p/" + a.Room}, nil
	})
	got, err := p.Links(context.Background(), Appointment{Room: "x"})
	if err != nil || got.Patient != "p/x" {
		t.Fatalf("ProviderFunc.Links = %+v, %v", got, err)
	}
}

func TestNewJitsiRejectsBadConfig(t *testing.T) {
	secret := strings.Repeat("s", 32)
	tests := []struct {
		name string
		cfg  JitsiConfig
	}{
		{"no base url", JitsiConfig{}},
		{"relative base url", JitsiConfig{BaseURL: "meet.example.org"}},
		{"other scheme", JitsiConfig{BaseURL: "ftp://meet.example.org"}},
		{"query", JitsiConfig{BaseURL: "https://meet.example.org/?x=1"}},
		{"fragment", JitsiConfig{BaseURL: "https://meet.example.org/#x"}},
		{"user info", JitsiConfig{BaseURL: "https://u:p@meet.example.org"}},
		{"app id without secret", JitsiConfig{BaseURL: "https://meet.example.org", AppID: "frontdoor"}},
		{"secret without app id", JitsiConfig{BaseURL: "https://meet.example.org", Secret: secret}},
		{"short secret", JitsiConfig{BaseURL: "https://meet.example.org", AppID: "frontdoor", Secret: "short"}},
		{"negative margin", JitsiConfig{BaseURL: "https://meet.example.org", Early: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewJitsi(tc.cfg); !errors.Is(err, ErrInvalid) {
				t.Fatalf("NewJitsi error = %v, want ErrInvalid", err)
			}
		})
	}
}
