package reminders_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

// delivery is one reminder a test notifier received.
type delivery struct {
	at      time.Time
	to      relay.Recipient
	replies []dialogs.Reply
	bulk    bool
}

// recorder is a Notifier that records deliveries; fail, when set, decides
// an error for each.
type recorder struct {
	mu    sync.Mutex
	got   []delivery
	ch    chan delivery
	fail  func(to relay.Recipient, n int) error
	tries map[int64]int
}

func newRecorder() *recorder { return &recorder{ch: make(chan delivery, 100), tries: map[int64]int{}} }

func (r *recorder) Notify(_ context.Context, to relay.Recipient, replies []dialogs.Reply, bulk bool) error {
	r.mu.Lock()
	n := r.tries[to.PatientID]
	r.tries[to.PatientID]++
	var err error
	if r.fail != nil {
		err = r.fail(to, n)
	}
	d := delivery{at: time.Now(), to: to, replies: replies, bulk: bulk}
	r.got = append(r.got, d)
	r.mu.Unlock()
	if err == nil {
		r.ch <- d
	}
	return err
}

// wait returns the next delivery, or fails after d.
func (r *recorder) wait(t *testing.T, d time.Duration) delivery {
	t.Helper()
	select {
	case got := <-r.ch:
		return got
	case <-time.After(d):
		t.Fatalf("no reminder within %v", d)
		return delivery{}
	}
}

// quiet fails if a reminder arrives within d.
func (r *recorder) quiet(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case got := <-r.ch:
		t.Fatalf("unexpected reminder: %q", got.replies[0].Text)
	case <-time.After(d):
	}
}

type linkFunc func(context.Context, dialogs.Appointment) (string, error)

func (f linkFunc) PatientLink(ctx context.Context, a dialogs.Appointment) (string, error) {
	return f(ctx, a)
}

// engine words reminders as the real dialogs do.
func engine(t testing.TB) *dialogs.Engine {
	t.Helper()
	cat, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	return &dialogs.Engine{Deps: dialogs.Deps{Text: cat}}
}

// fast is a Config with intervals fit for tests.
func fast(n relay.Notifier, m reminders.Messages) reminders.Config {
	return reminders.Config{
		Notifier: n, Messages: m,
		Video: linkFunc(func(_ context.Context, a dialogs.Appointment) (string, error) {
			return fmt.Sprintf("https://meet.example.org/%s", a.Room), nil
		}),
		FetchPoll: 100 * time.Millisecond, SweepEvery: 250 * time.Millisecond, SweepGrace: time.Second,
		JobTimeout: 3 * time.Second, RescueAfter: 5 * time.Second, LateAfter: 2 * time.Second,
	}
}

// running builds Appointments over the clinic and starts their Sender.
func running(t testing.TB, c *clinictest.Clinic, cfg reminders.Config, offsets []time.Duration) (*reminders.Sender, *store.Appointments) {
	t.Helper()
	appts := c.Appointments(t, c.Queue(t), offsets)
	svc, err := reminders.New(c.PG.Pool(), appts, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := svc.Stop(ctx); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return svc, appts
}

// TestAppointmentAMinuteAhead: with offsets in seconds, an appointment
// about a minute ahead gets each of its reminders once, none early, the
// last with the join link.
func TestAppointmentAMinuteAhead(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{NoWindows: true})
	rec := newRecorder()
	offsets := []time.Duration{4 * time.Second, 2 * time.Second, 0}
	cfg := fast(rec, engine(t))
	var late lateness
	cfg.Lateness = &late
	_, appts := running(t, c, cfg, offsets)
	p := c.Patients(t, 1)[0]

	// Slots start on whole minutes: take the first one at least 5 s away
	// (so the wait is 5 to 65 s; the test runs in parallel with others).
	soon := time.Now().Add(5 * time.Second)
	start := soon.Truncate(time.Minute)
	if start.Before(soon) {
		start = start.Add(time.Minute)
	}
	start = start.In(c.Zone)
	w := schedule.Window{Start: schedule.At(start.Hour(), start.Minute()), End: schedule.At(start.Hour(), start.Minute()+5), Slot: 5 * time.Minute}
	if start.Hour() == 23 && start.Minute() >= 55 {
		t.Skip("too close to midnight in Makkah for a one-off window")
	}
	if err := appts.AddExtraWindow(t.Context(), c.Clinicians[0], c.Facility, schedule.DateOf(start), w); err != nil {
		t.Fatal(err)
	}
	slot := schedule.Slot{Clinician: schedule.ClinicianID(c.Clinicians[0]), Start: start.UTC(), End: start.Add(5 * time.Minute).UTC()}
	ap, err := appts.Book(t.Context(), dialogs.BookRequest{PatientID: p, Specialty: clinictest.Specialty, Slot: slot})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("appointment at %s, %v from now", start.Format(time.TimeOnly), time.Until(start).Round(time.Second))
	for i, off := range offsets {
		d := rec.wait(t, time.Until(start)+30*time.Second)
		due := start.Add(-off)
		t.Logf("reminder %d (offset %v): due %s, delivered %v late", i, off, due.Format(time.TimeOnly), d.at.Sub(due).Round(time.Millisecond))
		if d.at.Before(due) {
			t.Errorf("reminder %d arrived %v early", i, due.Sub(d.at))
		}
		if !d.bulk || d.to.PatientID != p || d.to.Conversation.ID != "test-0" || d.to.Lang != "en" {
			t.Errorf("reminder %d went to %+v bulk=%v", i, d.to, d.bulk)
		}
		hasLink := slices.ContainsFunc(d.replies[0].Buttons, func(row []dialogs.Button) bool { return row[0].URL != "" })
		if hasLink != (off == 0) {
			t.Errorf("reminder %d: join link %v, want it only on the last: %+v", i, hasLink, d.replies[0])
		}
	}
	rec.quiet(t, 2*time.Second)
	if got := late.all(); len(got) != len(offsets) || slices.Min(got) < 0 {
		t.Errorf("lateness observed %v, want %d figures of 0 s or more", got, len(offsets))
	}
	rs, err := appts.Reminders(t.Context(), ap.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.State != "sent" || r.Attempts != 1 {
			t.Errorf("reminder %+v, want sent on the first attempt", r)
		}
	}
}

// bookSoon books an appointment a day ahead whose reminders (with the
// returned offsets) come due at the given delays from now.
func bookSoon(t *testing.T, c *clinictest.Clinic, delays ...time.Duration) (schedule.Slot, []time.Duration) {
	t.Helper()
	start := c.NextSlotStart(time.Now().Add(24 * time.Hour))
	var offsets []time.Duration
	for _, d := range delays {
		offsets = append(offsets, time.Until(start).Truncate(time.Second)-d)
	}
	return c.SlotAt(t, 0, start), offsets
}

func TestCancelledOrMovedNeverSent(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{Clinicians: 4})
	rec := newRecorder()
	slot, offsets := bookSoon(t, c, 2*time.Second, 3*time.Second)
	_, appts := running(t, c, fast(rec, engine(t)), offsets)
	ps := c.Patients(t, 4)
	ctx := t.Context()
	with := func(i int) schedule.Slot {
		s := slot
		s.Clinician = schedule.ClinicianID(c.Clinicians[i])
		return s
	}
	book := func(i int) dialogs.Appointment {
		t.Helper()
		ap, err := appts.Book(ctx, dialogs.BookRequest{PatientID: ps[i], Specialty: clinictest.Specialty, Slot: with(i)})
		if err != nil {
			t.Fatal(err)
		}
		return ap
	}
	cancelled, moved, sneaky, blocked := book(0), book(1), book(2), book(3)
	// Telegram said this patient blocked the bot.
	if err := c.PG.Patients().SetBlocked(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "test-3"}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := appts.Cancel(ctx, ps[0], cancelled.ID, 1); err != nil {
		t.Fatal(err)
	}
	// Moved a day later: the old version's reminders must not go; the new
	// ones are due tomorrow.
	later := with(1)
	later.Start, later.End = later.Start.Add(24*time.Hour), later.End.Add(24*time.Hour)
	if _, err := appts.Move(ctx, dialogs.MoveRequest{PatientID: ps[1], AppointmentID: moved.ID, Version: 1, Slot: later}); err != nil {
		t.Fatal(err)
	}
	// Cancelled behind the queue's back (its jobs left in place): the
	// check at send time still holds the reminders back.
	if _, err := c.PG.Pool().Exec(ctx, `
UPDATE appointments SET status = 'cancelled', cancelled_at = now(), version = version + 1 WHERE id = $1`, sneaky.ID); err != nil {
		t.Fatal(err)
	}

	rec.quiet(t, 6*time.Second)
	for _, tc := range []struct {
		id   int64
		want string
	}{{cancelled.ID, "cancelled/cancelled"}, {moved.ID, "cancelled/moved"}, {sneaky.ID, "skipped/cancelled"}, {blocked.ID, "skipped/blocked"}} {
		rs, err := appts.Reminders(ctx, tc.id)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Version == 1 && r.State+"/"+r.Outcome != tc.want {
				t.Errorf("appointment %d reminder %+v, want %s", tc.id, r, tc.want)
			}
		}
	}
}

// TestLateRemindersAfterDowntime: reminders that came due while no sender
// ran go out when one starts, if the appointment has not started; of
// several overdue, only the latest, worded as late.
func TestLateRemindersAfterDowntime(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	slot, offsets := bookSoon(t, c, time.Second, 2*time.Second)
	appts := c.Appointments(t, c.Queue(t), offsets)
	p := c.Patients(t, 1)[0]
	ap, err := appts.Book(t.Context(), dialogs.BookRequest{PatientID: p, Specialty: clinictest.Specialty, Slot: slot})
	if err != nil {
		t.Fatal(err)
	}
	// "Down" until both are due, and the later one 1.5 s late.
	time.Sleep(time.Until(slot.Start.Add(-offsets[1]).Add(1500 * time.Millisecond)))
	rec := newRecorder()
	cfg := fast(rec, engine(t))
	cfg.LateAfter = 500 * time.Millisecond
	running(t, c, cfg, offsets)
	d := rec.wait(t, 20*time.Second)
	if text := d.replies[0].Text; !strings.Contains(text, "Sorry, this reminder comes late.") {
		t.Errorf("late reminder says %q", text)
	}
	rec.quiet(t, 3*time.Second)
	rs, err := appts.Reminders(t.Context(), ap.ID)
	if err != nil {
		t.Fatal(err)
	}
	var states []string
	for _, r := range rs {
		states = append(states, fmt.Sprintf("%v:%s/%s late=%v", r.Offset > offsets[1], r.State, r.Outcome, r.Late))
	}
	if want := []string{"true:skipped/superseded late=false", "false:sent/ late=true"}; !slices.Equal(states, want) {
		t.Errorf("reminders %v, want %v", states, want)
	}
}

func TestDeliveryFailures(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	ps := c.Patients(t, 2)
	rec := newRecorder()
	rec.fail = func(to relay.Recipient, n int) error {
		switch {
		case to.PatientID == ps[0]:
			return fmt.Errorf("telegram: %w", relay.ErrUndeliverable)
		case n == 0:
			return errors.New("telegram down for a moment")
		}
		return nil
	}
	slot, offsets := bookSoon(t, c, 2*time.Second)
	_, appts := running(t, c, fast(rec, engine(t)), offsets)
	blocked, err := appts.Book(t.Context(), dialogs.BookRequest{PatientID: ps[0], Specialty: clinictest.Specialty, Slot: slot})
	if err != nil {
		t.Fatal(err)
	}
	other := slot
	other.Clinician = schedule.ClinicianID(c.Clinicians[1])
	retried, err := appts.Book(t.Context(), dialogs.BookRequest{PatientID: ps[1], Specialty: clinictest.Specialty, Slot: other})
	if err != nil {
		t.Fatal(err)
	}
	d := rec.wait(t, 20*time.Second) // after one failure, River retries
	if d.to.PatientID != ps[1] {
		t.Errorf("delivered to patient %d, want %d", d.to.PatientID, ps[1])
	}
	rec.quiet(t, 3*time.Second) // the blocked patient's reminder is not retried
	for _, tc := range []struct {
		id       int64
		state    string
		attempts int
	}{{blocked.ID, "failed", 1}, {retried.ID, "sent", 2}} {
		rs, err := appts.Reminders(t.Context(), tc.id)
		if err != nil || len(rs) != 1 || rs[0].State != tc.state || rs[0].Attempts != tc.attempts {
			t.Errorf("appointment %d: %+v %v, want one %s after %d attempts", tc.id, rs, err, tc.state, tc.attempts)
		}
	}
}

func TestParseOffsets(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []time.Duration
		err      bool
	}{
		{"default form", "24h,1h,0s", []time.Duration{24 * time.Hour, time.Hour, 0}, false},
		{"seconds, spaces, any order, zero", " 0, 45s ,15s ", []time.Duration{45 * time.Second, 15 * time.Second, 0}, false},
		{"repeats dropped", "1h,60m,1h", []time.Duration{time.Hour}, false},
		{"empty is default", "", nil, false},
		{"negative", "-1h", nil, true},
		{"too far", "800h", nil, true},
		{"not a duration", "1 day", nil, true},
		{"too many", "1s,2s,3s,4s,5s,6s,7s", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := reminders.ParseOffsets(tc.in)
			if (err != nil) != tc.err || !slices.Equal(got, tc.want) {
				t.Errorf("ParseOffsets(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.err)
			}
		})
	}
}

// lateness records what the service observes in Config.Lateness.
type lateness struct {
	mu      sync.Mutex
	seconds []float64
}

func (l *lateness) Observe(s float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seconds = append(l.seconds, s)
}

func (l *lateness) all() []float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.seconds)
}
