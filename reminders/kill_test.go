package reminders_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// The helper process: this test binary run again with these variables set
// becomes a reminder sender over the given database. It prints "READY",
// then one line per send: "SENDING <appointment> <offset s>" as a send
// starts and "SENT …" when it is done; in mode "hang" a send never ends
// (the process is killed in the middle of it). It exits by itself after
// helperLifetime, so that no test can leave it behind.
const (
	envHelperDB   = "FRONTDOOR_REMINDERS_HELPER_DB"
	envHelperMode = "FRONTDOOR_REMINDERS_HELPER_MODE"
	helperLife    = 60 * time.Second
)

// lineMessages words a reminder as "<appointment> <offset s>".
type lineMessages struct{}

func (lineMessages) RenderReminder(r dialogs.Reminder) []dialogs.Reply {
	return []dialogs.Reply{{Text: fmt.Sprintf("%d %d", r.Appointment.ID, int(r.Offset/time.Second))}}
}

func TestReminderHelperProcess(t *testing.T) {
	url := os.Getenv(envHelperDB)
	if url == "" {
		t.Skip("helper process for TestKill9; runs only when started by it")
	}
	ctx, cancel := context.WithTimeout(context.Background(), helperLife)
	defer cancel()
	pg, err := store.OpenPostgres(ctx, url, 8)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(3)
	}
	hang := os.Getenv(envHelperMode) == "hang"
	notify := relay.NotifierFunc(func(ctx context.Context, _ relay.Recipient, rs []dialogs.Reply, _ bool) error {
		fmt.Println("SENDING", rs[0].Text)
		if hang {
			select {} // killed here
		}
		fmt.Println("SENT", rs[0].Text)
		return nil
	})
	cfg := fast(notify, lineMessages{})
	cfg.Log = slog.New(slog.DiscardHandler)
	jobs, err := reminders.NewJobs(pg.Pool(), nil)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(3)
	}
	appts, err := store.NewAppointments(pg, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs})
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(3)
	}
	svc, err := reminders.New(pg.Pool(), appts, cfg)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(3)
	}
	if err := svc.Start(ctx); err != nil {
		fmt.Println("ERROR", err)
		os.Exit(3)
	}
	fmt.Println("READY")
	<-ctx.Done()
	os.Exit(0)
}

// helper is a running helper process.
type helper struct {
	cmd   *exec.Cmd
	lines chan string
}

func startHelper(t *testing.T, dbURL, mode string) *helper {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReminderHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), envHelperDB+"="+dbURL, envHelperMode+"="+mode)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	h := &helper{cmd: cmd, lines: make(chan string, 64)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			h.lines <- sc.Text()
		}
		_, _ = io.Copy(io.Discard, out)
		close(h.lines)
	}()
	t.Cleanup(func() { h.kill() })
	h.expect(t, "READY", 20*time.Second)
	return h
}

// expect waits for a line starting with prefix and returns it.
func (h *helper) expect(t *testing.T, prefix string, within time.Duration) string {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case l, ok := <-h.lines:
			if !ok {
				t.Fatalf("helper exited before %q", prefix)
			}
			if strings.HasPrefix(l, "ERROR") {
				t.Fatalf("helper: %s", l)
			}
			if strings.HasPrefix(l, prefix) {
				return l
			}
		case <-deadline:
			t.Fatalf("no %q from the helper within %v", prefix, within)
		}
	}
}

// kill sends SIGKILL: no deferred function, no graceful stop runs.
func (h *helper) kill() {
	if h.cmd.ProcessState == nil {
		_ = h.cmd.Process.Kill()
		_ = h.cmd.Wait()
	}
}

// TestKill9 kills the sender (SIGKILL) in the middle of a send, books
// another appointment whose reminder comes due while no sender runs, and
// starts a new sender: it sends both reminders, each once, within seconds
// (not after River's rescue delay).
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	ps := c.Patients(t, 2)
	ctx := t.Context()

	slotA, offA := bookSoon(t, c, 3*time.Second)
	a, err := c.Appointments(t, nil, offA).Book(ctx, dialogs.BookRequest{PatientID: ps[0], Specialty: clinictest.Specialty, Slot: slotA})
	if err != nil {
		t.Fatal(err)
	}
	first := startHelper(t, c.URL, "hang")
	sending := first.expect(t, "SENDING", 20*time.Second)
	first.kill()
	killed := time.Now()
	t.Logf("killed the sender in the middle of sending %q", sending)

	slotB, offB := bookSoon(t, c, 2*time.Second)
	slotB.Clinician = schedule.ClinicianID(c.Clinicians[1])
	b, err := c.Appointments(t, nil, offB).Book(ctx, dialogs.BookRequest{PatientID: ps[1], Specialty: clinictest.Specialty, Slot: slotB})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * time.Second) // B's reminder comes due while no sender runs

	second := startHelper(t, c.URL, "ok")
	want := map[string]bool{
		fmt.Sprintf("SENT %d %d", a.ID, int(offA[0]/time.Second)): true,
		fmt.Sprintf("SENT %d %d", b.ID, int(offB[0]/time.Second)): true,
	}
	got := map[string]int{}
	deadline := time.After(30 * time.Second)
	for len(got) < len(want) {
		select {
		case l, ok := <-second.lines:
			if !ok {
				t.Fatal("the second helper exited")
			}
			if strings.HasPrefix(l, "SENT") {
				got[l]++
				t.Logf("%s: %v after the kill", l, time.Since(killed).Round(time.Millisecond))
			}
		case <-deadline:
			t.Fatalf("after 30 s the new sender sent %v, want %v", got, want)
		}
	}
	quiet := time.After(2 * time.Second)
	for waiting := true; waiting; {
		select {
		case l := <-second.lines:
			if strings.HasPrefix(l, "SENT") {
				got[l]++
			}
		case <-quiet:
			waiting = false
		}
	}
	for l, n := range got {
		if !want[l] || n != 1 {
			t.Errorf("%q sent %d times; want each of %v once", l, n, want)
		}
	}
	appts := c.Appointments(t, nil, nil)
	for _, tc := range []struct {
		id       int64
		attempts int
	}{{a.ID, 2}, {b.ID, 1}} {
		rs, err := appts.Reminders(ctx, tc.id)
		if err != nil || len(rs) != 1 || rs[0].State != "sent" || rs[0].Attempts != tc.attempts {
			t.Errorf("appointment %d reminders %+v, %v; want one sent after %d attempts", tc.id, rs, err, tc.attempts)
		}
	}
}
