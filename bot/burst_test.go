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
	const n = 300
	e := newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: 100, Bulk: 80, PerChat: 1} })
	e.fake.EnforceLimits(telegramtest.Limits{Global: 100, PerChat: 1, Burst: 5})
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if _, err := e.tg.Send(ctx, int64(7000+i), dialogs.Reply{Text: "reminder"}, Bulk); err != nil {
				t.Error(err)
			}
		})
	}
	e.fake.WaitCalls(t, "sendMessage", n/5)
	e.fake.Fail("sendMessage", telegramtest.Fault{Status: 429, RetryAfter: 1})
	e.fake.Wait(t, "the 429", func() bool { return e.fake.Counts()["sendMessage"][429] >= 1 })
	// Reminders come due during the hold, at the bulk rate.
	time.Sleep(500 * time.Millisecond)
	before := len(e.fake.CallsTo("sendMessage"))
	if _, err := e.tg.Send(ctx, alice.ID, dialogs.Reply{Text: "reply"}, Interactive); err != nil {
		t.Fatal(err)
	}
	wg.Wait()

	if refused := e.fake.Counts()["sendMessage"][429]; refused != 1 {
		t.Errorf("%d sends refused with 429, want only the one injected", refused)
	}
	for i := range n {
		if got := len(e.fake.Sent(int64(7000 + i))); got != 1 {
			t.Fatalf("chat %d got %d reminders, want exactly 1", 7000+i, got)
		}
	}
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
