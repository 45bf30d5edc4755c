package join_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/join"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/video"
)

// TestJoinFollowsTheAppointment books a real appointment and opens its
// link before, during and after its time, then after it is cancelled.
func TestJoinFollowsTheAppointment(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{})
	appts := c.Appointments(t, nil, nil)
	p := c.Patients(t, 1)[0]
	start := c.NextSlotStart(time.Now().Add(48 * time.Hour))
	ap, err := appts.Book(t.Context(), dialogs.BookRequest{PatientID: p, Specialty: clinictest.Specialty, Slot: c.SlotAt(t, 0, start)})
	if err != nil {
		t.Fatal(err)
	}
	jitsi, err := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org", AppID: "frontdoor", Secret: strings.Repeat("s", 32)})
	if err != nil {
		t.Fatal(err)
	}
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	var now time.Time
	h := &join.Handler{
		Appointments: appts,
		Links: func(ctx context.Context, a dialogs.Appointment) (video.Links, error) {
			return jitsi.Links(ctx, video.Appointment{ID: a.ID, Room: a.Room, Start: a.Start, End: a.End,
				Patient: video.Participant{ID: "patient"}, Clinician: video.Participant{ID: "clinician"}})
		},
		Text: text, Emergency: "997", Log: slog.New(slog.DiscardHandler),
		Now: func() time.Time { return now },
	}
	mux := http.NewServeMux()
	mux.Handle("GET "+join.Path+"{room}", h)
	open := func(room string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", join.Path+room, nil))
		return rec
	}

	for _, tc := range []struct {
		name   string
		at     time.Time
		status int
		says   string
	}{
		{"a day early", start.Add(-24 * time.Hour), http.StatusForbidden, "has not opened yet"},
		{"five minutes early", start.Add(-5 * time.Minute), http.StatusSeeOther, ""},
		{"during", start.Add(10 * time.Minute), http.StatusSeeOther, ""},
		{"long after", ap.End.Add(2 * time.Hour), http.StatusGone, "is over"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now = tc.at
			rec := open(ap.Room)
			if rec.Code != tc.status || !strings.Contains(rec.Body.String(), tc.says) {
				t.Fatalf("%d %q, want %d saying %q", rec.Code, rec.Body.String(), tc.status, tc.says)
			}
			if tc.status != http.StatusSeeOther {
				if body := rec.Body.String(); !strings.Contains(body, `dir="rtl"`) || !strings.Contains(body, `href="tel:997"`) || !strings.Contains(body, `href="/chat"`) {
					t.Errorf("the page should be in Arabic (RTL) and English with the emergency number as a call link and a way back to the chat: %s", body)
				}
				return
			}
			to, err := url.Parse(rec.Header().Get("Location"))
			if err != nil || to.Host != "meet.example.org" || to.Path != "/"+ap.Room {
				t.Fatalf("sent to %q", rec.Header().Get("Location"))
			}
			claims, err := jitsi.Verify(to.Query().Get("jwt"), ap.Room, tc.at)
			if err != nil || claims.Moderator {
				t.Errorf("the patient's token: %+v, %v; want valid now and not moderator", claims, err)
			}
		})
	}

	// Plain links (no app secret) have no time window: they open at any
	// time while the appointment stands.
	plain, err := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	plainHandler := *h
	plainHandler.Links = func(ctx context.Context, a dialogs.Appointment) (video.Links, error) {
		return plain.Links(ctx, video.Appointment{ID: a.ID, Room: a.Room, Start: a.Start, End: a.End})
	}
	plainMux := http.NewServeMux()
	plainMux.Handle("GET "+join.Path+"{room}", &plainHandler)
	now = start.Add(-48 * time.Hour)
	rec := httptest.NewRecorder()
	plainMux.ServeHTTP(rec, httptest.NewRequest("GET", join.Path+ap.Room, nil))
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "https://meet.example.org/"+ap.Room {
		t.Errorf("plain link two days early: %d to %q, want 303 to the room", rec.Code, rec.Header().Get("Location"))
	}

	if _, err := appts.Cancel(t.Context(), p, ap.ID, ap.Version); err != nil {
		t.Fatal(err)
	}
	now = start
	if rec := open(ap.Room); rec.Code != http.StatusGone || !strings.Contains(rec.Body.String(), "was cancelled") {
		t.Errorf("cancelled: %d %q, want 410 saying so", rec.Code, rec.Body.String())
	}
	for _, room := range []string{strings.Repeat("a", video.RoomLen), "not-a-room", "%2e%2e"} {
		if rec := open(room); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "do not know this link") {
			t.Errorf("room %q: %d, want 404", room, rec.Code)
		}
	}
}

// TestJoinPageSpeaksTheBrowsersLanguage: a page that says why the call
// cannot open is written first in the browser's language, then in Arabic
// and English, each section with its own direction.
func TestJoinPageSpeaksTheBrowsersLanguage(t *testing.T) {
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	h := &join.Handler{Text: text, Emergency: "997", Log: slog.New(slog.DiscardHandler)}
	for _, l := range locales.All() {
		t.Run(l.English, func(t *testing.T) {
			req := httptest.NewRequest("GET", join.Path+"not-a-room", nil)
			req.Header.Set("Accept-Language", l.Code+";q=0.9")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			body := rec.Body.String()
			if rec.Code != http.StatusNotFound || !strings.Contains(body, `<html lang="`+l.Code+`" dir="`+l.Dir+`">`) {
				t.Fatalf("%d, want 404 in %s first: %s", rec.Code, l.Code, body)
			}
			for _, other := range []string{locales.Languages[0], locales.Fallback} {
				if !strings.Contains(body, `<section lang="`+other+`"`) {
					t.Errorf("no %s section", other)
				}
			}
			if strings.Count(body, "<section") != len(map[string]bool{l.Code: true, locales.Languages[0]: true, locales.Fallback: true}) {
				t.Errorf("a language written twice: %s", body)
			}
		})
	}
}
