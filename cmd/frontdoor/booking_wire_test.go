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
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// TestWireBooking builds booking as serve would and checks its parts.
func TestWireBooking(t *testing.T) {
	pg := storetest.NewPostgres(t)
	rd := storetest.NewRedis(t)
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	engine := &dialogs.Engine{Sessions: rd, Patients: pg.Patients(), Text: text}
	jitsi, err := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	var sent []string
	notify := relay.NotifierFunc(func(_ context.Context, _ relay.Recipient, replies []dialogs.Reply, _ bool) error {
		for _, r := range replies {
			sent = append(sent, r.Text)
		}
		return nil
	})
	log := slog.New(slog.DiscardHandler)
	parts, err := wireBooking(engine, pg, bookingSettings{
		ReminderOffsets: "2h, 0s", PublicURL: "https://clinic.example", FHIRToken: "tok", Video: jitsi,
	}, notify, log)
	if err != nil {
		t.Fatal(err)
	}
	if got := parts.Appointments.Offsets(); len(got) != 2 || got[0] != 2*time.Hour {
		t.Errorf("offsets %v", got)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/fhir/metadata", nil)
	req.Header.Set("Authorization", "Bearer tok")
	http.StripPrefix("/fhir", parts.FHIR).ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("FHIR metadata: %d", rec.Code)
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runReminders(ctx, parts.Reminders, log) }()
	time.Sleep(200 * time.Millisecond)
	cancel()
	if err := <-done; err != nil {
		t.Errorf("runReminders: %v", err)
	}

	room := video.NewRoom()
	ap := dialogs.Appointment{ID: 1, Room: room, Start: time.Now(), End: time.Now().Add(time.Hour)}
	link, err := videoLinks{p: jitsi}.PatientLink(context.Background(), ap)
	if err != nil || !strings.HasPrefix(link, "https://meet.example.org/") {
		t.Errorf("link %q, %v", link, err)
	}
	// Behind a public URL, patients get our link, which follows the
	// appointment (package join).
	link, err = videoLinks{p: jitsi, join: "https://clinic.example/join/"}.PatientLink(context.Background(), ap)
	if err != nil || link != "https://clinic.example/join/"+room {
		t.Errorf("link %q, %v; want the join link", link, err)
	}
	if _, err := wireBooking(&dialogs.Engine{Sessions: rd, Patients: pg.Patients(), Text: text}, pg,
		bookingSettings{ReminderOffsets: "soon"}, notify, log); err == nil {
		t.Error("bad offsets accepted")
	}
}

// TestBookingEndToEnd walks a patient through booking on the real stores
// (demo clinics), as serve wires them: the appointment, its reminders and
// their River jobs land in PostgreSQL together.
func TestBookingEndToEnd(t *testing.T) {
	pg := storetest.NewPostgres(t)
	rd := storetest.NewRedis(t)
	ctx := t.Context()
	if _, err := store.SeedDemo(ctx, pg); err != nil {
		t.Fatal(err)
	}
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	engine := &dialogs.Engine{Sessions: rd, Patients: pg.Patients(), Text: text}
	if _, err := wireBooking(engine, pg, bookingSettings{}, relay.Channels{}, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
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
	tap(is("General Practice"))
	tap(func(string) bool { return true }) // the first day
	tap(func(string) bool { return true }) // the first time
	tap(is("✅ Yes, book it"))
	if len(last) != 1 || last[0].Document == nil || !strings.HasPrefix(last[0].Text, "✅ Your appointment is booked.") {
		t.Fatalf("after booking: %+v", last)
	}
	var appts, reminders, jobs int
	err = pg.Pool().QueryRow(ctx, `
SELECT (SELECT count(*) FROM appointments WHERE status = 'booked'),
       (SELECT count(*) FROM appointment_reminders WHERE job_id IS NOT NULL),
       (SELECT count(*) FROM river_job WHERE kind = 'appointment_reminder')`).Scan(&appts, &reminders, &jobs)
	if err != nil || appts != 1 || reminders == 0 || reminders != jobs {
		t.Errorf("booked %d, %d reminders with %d jobs (%v); want one booking and a job per reminder", appts, reminders, jobs, err)
	}
}
