package faulttest

import (
	"context"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestKillMidBookingAndReminder (issue 6, test 2): serve is killed with
// SIGKILL after a booking is written and before its confirmation reaches
// Telegram, and again after a reminder's job has started and before the
// reminder reaches Telegram. After each restart the patient has exactly
// one booking, one confirmation and one reminder.
func TestKillMidBookingAndReminder(t *testing.T) {
	t.Parallel()
	// A reminder one second before the start: none comes due during the
	// walk; the test makes it due when it wants it.
	c := newCluster(t, "FRONTDOOR_REMINDER_OFFSETS=1s")
	seed := exec.Command(binary, "seed", "--demo")
	seed.Env = append(c.environ(freeAddr(t)), "FRONTDOOR_MIGRATE_ON_START=true")
	if out, err := seed.CombinedOutput(); err != nil {
		t.Fatalf("seed --demo: %v\n%s", err, out)
	}
	p := c.start("serve")
	ctx := ctxFor(t, 150*time.Second)
	pt := telegramtest.NewPatient(user(690001, "ar"), c.fake, telegramtest.NewWebhook(p.URL(), secret))
	if err := walk(ctx, pt, "/start", ":o:lang:ar", ":o:agree"); err != nil {
		t.Fatal(err)
	}
	if err := toTimes(ctx, pt); err != nil {
		t.Fatal(err)
	}
	sent := c.fake.Sent(pt.User.ID)
	if _, err := pt.Press(ctx, sent[len(sent)-1], ":b:t:0"); err != nil {
		t.Fatal(err)
	}
	confirm, err := pt.Answer(ctx, settle)
	if err != nil || telegramtest.ButtonData(confirm[len(confirm)-1], ":b:yes") == "" {
		t.Fatalf("no confirmation asked (%v)", err)
	}
	db, err := pgx.Connect(ctx, c.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(context.Background())
	chat := strconv.FormatInt(pt.User.ID, 10)

	// 1. Killed between the booking's write and its reply (the calendar
	// file captioned with the confirmation: one sendDocument).
	p = killInside(t, c, p, pt.User.ID, "sendDocument", func() {
		if _, err := pt.Press(ctx, confirm[len(confirm)-1], ":b:yes"); err != nil {
			t.Fatal(err)
		}
	})
	if n := count(ctx, t, db, `SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id
		WHERE p.conversation_id = $1 AND a.status = 'booked'`, chat); n != 1 {
		t.Fatalf("%d appointments booked before the restart, want the one written before the kill", n)
	}
	reply, err := pt.Answer(ctx, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	assertOnce(t, "confirmation", reply)
	if n := count(ctx, t, db, `SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id
		WHERE p.conversation_id = $1 AND a.status = 'booked'`, chat); n != 1 {
		t.Errorf("%d appointments booked after the restart, want 1", n)
	}

	// 2. Killed between a reminder's enqueue and its send: make the
	// reminder and its job due now, as if the day had come.
	var reminderID int64
	err = db.QueryRow(ctx, `UPDATE appointment_reminders r SET due_at = now()
		FROM appointments a JOIN patients p ON p.id = a.patient_id
		WHERE r.appointment_id = a.id AND p.conversation_id = $1 AND r.state = 'pending'
		RETURNING r.id`, chat).Scan(&reminderID)
	if err != nil {
		t.Fatal(err)
	}
	killInside(t, c, p, pt.User.ID, "sendMessage", func() {
		if _, err := db.Exec(ctx, `UPDATE river_job SET scheduled_at = now() WHERE args->>'reminder_id' = $1`,
			strconv.FormatInt(reminderID, 10)); err != nil {
			t.Fatal(err)
		}
	})
	reminder, err := pt.Answer(ctx, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	assertOnce(t, "reminder", reminder)
	var state string
	var attempts int
	if err := db.QueryRow(ctx, `SELECT state, attempts FROM appointment_reminders WHERE id = $1`, reminderID).Scan(&state, &attempts); err != nil {
		t.Fatal(err)
	}
	if state != "sent" {
		t.Errorf("reminder %s after %d attempts, want sent", state, attempts)
	}
	t.Logf("reminder sent on attempt %d; the chat has %d messages", attempts, len(c.fake.Sent(pt.User.ID)))
}

// killInside holds the next call of method at the fake, runs act (which
// leads to that call), kills p inside the held call, checks that nothing
// reached chatID meanwhile, and restarts serve on p's address.
func killInside(t *testing.T, c *cluster, p *proc, chatID int64, method string, act func()) *proc {
	t.Helper()
	before := c.fake.Arrived(method)
	c.fake.Fail(method, telegramtest.Fault{Delay: time.Minute})
	act()
	c.fake.Wait(t, method+" held", func() bool { return c.fake.Arrived(method) > before })
	chat := c.fake.Sent(chatID)
	p.kill9(t)
	if n := len(c.fake.Sent(chatID)); n != len(chat) {
		t.Fatalf("%d messages reached the patient during the held call", n-len(chat))
	}
	return c.startOn(p.name+" again", p.addr)
}

// assertOnce fails unless msgs is one answer: at least one message, and no
// text twice.
func assertOnce(t *testing.T, what string, msgs []telegramtest.Message) {
	t.Helper()
	seen := map[string]bool{}
	for _, m := range msgs {
		if seen[m.Text] {
			t.Errorf("%s sent twice after the restart: %q", what, m.Text)
		}
		seen[m.Text] = true
	}
	if len(msgs) == 0 {
		t.Errorf("no %s after the restart", what)
	}
}

func count(ctx context.Context, t *testing.T, db *pgx.Conn, sql string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(ctx, sql, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
