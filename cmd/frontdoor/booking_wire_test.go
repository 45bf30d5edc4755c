package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// testEngine is the dialogs engine as build makes it (engine.New with
// triageConfig), over pg and rd, reminders at offsets, with Jitsi links on
// meet.example.org.
func testEngine(t *testing.T, pg *store.Postgres, rd *store.Redis, offsets []time.Duration, fallback dialogs.UrgentFallback) *engine.Engine {
	t.Helper()
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := loadTriage()
	if err != nil {
		t.Fatal(err)
	}
	tri, err := triageConfig(t.Context(), rules, pg, fallback)
	if err != nil {
		t.Fatal(err)
	}
	built, err := engine.New(engine.Config{
		Postgres: pg, Redis: rd, Text: text, Triage: tri, ReminderOffsets: offsets,
		Video: newVideoLinks(testJitsi(t), ""), CalendarHost: calendarHost(""),
		EmergencyNumber: "997", CasesOpened: metrics.New().CasesOpened,
	})
	if err != nil {
		t.Fatal(err)
	}
	return built
}

func testJitsi(t *testing.T) *video.Jitsi {
	t.Helper()
	jitsi, err := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	return jitsi
}

// TestBookingParts builds booking's parts as build does and checks them.
func TestBookingParts(t *testing.T) {
	pg := storetest.NewPostgres(t)
	rd := storetest.NewRedis(t)
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	jitsi := testJitsi(t)
	var sent []string
	notify := relay.NotifierFunc(func(_ context.Context, _ relay.Recipient, replies []dialogs.Reply, _ bool) error {
		for _, r := range replies {
			sent = append(sent, r.Text)
		}
		return nil
	})
	log := slog.New(slog.DiscardHandler)
	offsets, err := reminders.ParseOffsets("2h, 0s")
	if err != nil {
		t.Fatal(err)
	}
	built := testEngine(t, pg, rd, offsets, dialogs.UrgentFallback{})
	engine, appts := built.Engine, built.Appointments
	if got := appts.Offsets(); len(got) != 2 || got[0] != 2*time.Hour {
		t.Errorf("offsets %v", got)
	}
	links := newVideoLinks(jitsi, "https://clinic.example")
	sender, err := reminders.New(pg.Pool(), appts, reminders.Config{Notifier: notify, Messages: engine, Video: links, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	joins, fhirs := bookingRoutes(appts, links, text, "997", "tok", "https://clinic.example", nil, log)
	if joins == nil {
		t.Error("no join links")
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/fhir/metadata", nil)
	req.Header.Set("Authorization", "Bearer tok")
	http.StripPrefix("/fhir", fhirs).ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("FHIR metadata: %d", rec.Code)
	}
	if _, fhirs := bookingRoutes(appts, links, text, "997", "", "", nil, log); fhirs != nil {
		t.Error("FHIR on without a token")
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runReminders(ctx, sender, log) }()
	time.Sleep(200 * time.Millisecond)
	cancel()
	if err := <-done; err != nil {
		t.Errorf("runReminders: %v", err)
	}

	room := video.NewRoom()
	ap := dialogs.Appointment{ID: 1, Room: room, Start: time.Now(), End: time.Now().Add(time.Hour)}
	link, err := newVideoLinks(jitsi, "").PatientLink(context.Background(), ap)
	if err != nil || !strings.HasPrefix(link, "https://meet.example.org/") {
		t.Errorf("link %q, %v", link, err)
	}
	// Behind a public URL, patients get our link, which follows the
	// appointment (package join).
	link, err = links.PatientLink(context.Background(), ap)
	if err != nil || link != "https://clinic.example/join/"+room {
		t.Errorf("link %q, %v; want the join link", link, err)
	}
	if _, err := reminders.ParseOffsets("soon"); err == nil {
		t.Error("bad offsets accepted")
	}
}

// TestBookingEndToEnd walks a patient through booking on the real stores
// (demo clinics), as build wires them: the appointment, its reminders and
// their River jobs land in PostgreSQL together.
func TestBookingEndToEnd(t *testing.T) {
	pg := storetest.NewPostgres(t)
	rd := storetest.NewRedis(t)
	ctx := t.Context()
	if _, err := store.SeedDemo(ctx, pg); err != nil {
		t.Fatal(err)
	}
	engine := testEngine(t, pg, rd, nil, dialogs.UrgentFallback{}).Engine
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "555"}
	var last []dialogs.Reply
	n := 0
	send := func(in dialogs.Input) {
		t.Helper()
		n++
		in.ID, in.Conversation, in.UserID, in.LanguageHint = strconv.Itoa(n), key, "555", "en"
		replies, err := engine.Handle(ctx, in)
		if err != nil {
			t.Fatalf("input %d: %v", n, err)
		}
		last = replies
	}
	tap := func(pick func(label string) bool) {
		t.Helper()
		for _, r := range last {
			for _, row := range r.Buttons {
				for _, b := range row {
					if b.Data != "" && pick(b.Label) {
						send(dialogs.Input{Data: b.Data})
						return
					}
				}
			}
		}
		t.Fatalf("no such button in %+v", last)
	}
	is := func(s string) func(string) bool { return func(l string) bool { return l == s } }
	send(dialogs.Input{Text: "/start"})
	tap(is("English"))
	tap(is("I agree"))
	tap(is("Book an appointment"))
	// Triage first: a routine problem goes straight on to booking, in
	// the specialty triage chose when the clinic has it.
	send(dialogs.Input{Text: "I need a repeat prescription for my blood pressure pills"})
	tap(is("No"))
	if has(last, "General Practice") {
		tap(is("General Practice"))
	}
	tap(func(string) bool { return true }) // the first day
	tap(func(string) bool { return true }) // the first time
	tap(is("✅ Yes, book it"))
	if len(last) != 1 || last[0].Document == nil || !strings.HasPrefix(last[0].Text, "✅ Your appointment is booked.") {
		t.Fatalf("after booking: %+v", last)
	}
	var booked, reminded, jobs int
	err := pg.Pool().QueryRow(ctx, `
SELECT (SELECT count(*) FROM appointments WHERE status = 'booked'),
       (SELECT count(*) FROM appointment_reminders WHERE job_id IS NOT NULL),
       (SELECT count(*) FROM river_job WHERE kind = 'appointment_reminder')`).Scan(&booked, &reminded, &jobs)
	if err != nil || booked != 1 || reminded == 0 || reminded != jobs {
		t.Errorf("booked %d, %d reminders with %d jobs (%v); want one booking and a job per reminder", booked, reminded, jobs, err)
	}
}

// has reports whether replies offer a button labelled label.
func has(replies []dialogs.Reply, label string) bool {
	for _, r := range replies {
		for _, row := range r.Buttons {
			for _, b := range row {
				if b.Label == label {
					return true
				}
			}
		}
	}
	return false
}
