package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
)

// TestAReplyOvertakesRemindersHeldByA429: a 429 in the middle of a burst
// of reminders holds the whole bot (it is sending at its global rate);
// reminders that come due during the hold must not book the bot's turns
// ahead of a reply that waits for the same hold. It failed when bulk calls
// reserved the bot's schedule first come first served: the reply went out
// behind every reminder that came due during the hold (about 80).
func TestAReplyOvertakesRemindersHeldByA429(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 300 messages at the bulk rate")
	}
	const n, first = 300, 7000
	e, wait := reminderBurst(t, n, first)
	ctx := context.Background()
	e.fake.Fail("sendMessage", telegramtest.Fault{Status: 429, RetryAfter: 1})
	e.fake.Wait(t, "the 429", func() bool { return e.fake.Counts()["sendMessage"][429] >= 1 })
	// Reminders come due during the hold, at the bulk rate.
	time.Sleep(500 * time.Millisecond)
	before := len(e.fake.CallsTo("sendMessage"))
	if _, err := e.tg.Send(ctx, alice.ID, dialogs.Reply{Text: "reply"}, Interactive); err != nil {
		t.Fatal(err)
	}
	wait()

	if refused := e.fake.Counts()["sendMessage"][429]; refused != 1 {
		t.Errorf("%d sends refused with 429, want only the one injected", refused)
	}
	onePerChat(t, e, n, first)
	for i, c := range e.fake.CallsTo("sendMessage") {
		if c.Params["text"] == "reply" {
			t.Logf("the reply went out %d sends after it was due", i-before)
			if ahead := i - before; ahead > 20 {
				t.Errorf("the reply went out %d sends after it was due, behind the reminders held with it", ahead)
			}
			return
		}
	}
	t.Error("the reply was never sent")
}

// TestARemindersWaitIsBounded: replies booked back to back at the bot's
// whole rate keep a reminder waiting only until it has aged
// (bulkAgedAfter); then it books its turn behind the replies already
// booked, not behind every reply to come.
func TestARemindersWaitIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 200 replies at the bot's rate")
	}
	const global, senders, each = 50, 5, 40
	e := newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: global, Bulk: 10, PerChat: 100} })
	ctx := context.Background()
	var wg sync.WaitGroup
	for s := range senders {
		wg.Go(func() {
			for i := range each {
				if _, err := e.tg.Send(ctx, int64(8000+s*each+i), dialogs.Reply{Text: "reply"}, Interactive); err != nil {
					t.Error(err)
				}
			}
		})
	}
	e.fake.WaitCalls(t, "sendMessage", 10)
	before := len(e.fake.CallsTo("sendMessage"))
	if _, err := e.tg.Send(ctx, 9999, dialogs.Reply{Text: "reminder"}, Bulk); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for i, c := range e.fake.CallsTo("sendMessage") {
		if c.Params["text"] == "reminder" {
			// A second at the bot's rate, the replies booked by then, and
			// a few in flight: however slow the machine, fewer go in that
			// second, never more.
			t.Logf("the reminder went out %d sends after it was due", i-before)
			if after, bound := i-before, global+senders+10; after > bound {
				t.Errorf("the reminder went out %d sends after it was due, want at most %d", after, bound)
			}
			return
		}
	}
	t.Error("the reminder was never sent")
}

// reminderBurst sends n reminders at once, at bulk priority, to the chats
// first, first+1, …, against a fake that enforces Telegram-like limits
// (the bot's 100 a second, bulk held to 80, one a second per chat), and
// returns once a fifth of them have gone; wait waits for the rest.
func reminderBurst(t *testing.T, n int, first int64) (e *env, wait func()) {
	t.Helper()
	e = newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: 100, Bulk: 80, PerChat: 1} })
	e.fake.EnforceLimits(telegramtest.Limits{Global: 100, PerChat: 1, Burst: 5})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if _, err := e.tg.Send(context.Background(), first+int64(i), dialogs.Reply{Text: "reminder"}, Bulk); err != nil {
				t.Error(err)
			}
		})
	}
	e.fake.WaitCalls(t, "sendMessage", n/5)
	return e, wg.Wait
}

// onePerChat fails unless each chat of a reminderBurst got exactly one.
func onePerChat(t *testing.T, e *env, n int, first int64) {
	t.Helper()
	for i := range n {
		if got := len(e.fake.Sent(first + int64(i))); got != 1 {
			t.Fatalf("chat %d got %d reminders, want exactly 1", first+int64(i), got)
		}
	}
}
