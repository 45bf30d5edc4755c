package faulttest

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestTelegramFlowControl (issue 6, test 4): the Bot API answers 429 with
// retry_after, 5xx, and slowly, in the middle of a burst of replies. Every
// message is delivered exactly once, in order, and no chat is written to
// again before the retry_after it was given.
func TestTelegramFlowControl(t *testing.T) {
	t.Parallel()
	c := newCluster(t)
	o := newOracle(t)
	p := c.start("serve")
	hook := telegramtest.NewWebhook(p.URL(), secret)
	ctx := ctxFor(t, 90*time.Second)

	var faults []telegramtest.Fault
	for i := range 8 {
		faults = append(faults,
			telegramtest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1 + i%2},
			telegramtest.Fault{Delay: 300 * time.Millisecond},
			telegramtest.Fault{Status: http.StatusInternalServerError},
			telegramtest.Fault{}, // a normal answer between faults
			telegramtest.Fault{Status: http.StatusBadGateway},
			telegramtest.Fault{Delay: time.Second},
		)
	}
	c.fake.Fail("sendMessage", faults...)

	const chats, steps = 8, 6
	seqs := scripts(4, chats, steps)
	var wg sync.WaitGroup
	for i := range chats {
		u := user(640000+int64(i), []string{"en", "ar"}[i%2])
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, in := range seqs[i] {
				if _, err := hook.Deliver(ctx, c.fake.WithID(c.fake.TextUpdate(u, in))); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	for i := range chats {
		u := user(640000+int64(i), []string{"en", "ar"}[i%2])
		want := o.transcript(t, u, seqs[i])
		got := waitTranscript(ctx, t, c.fake, u.ID, len(want))
		if v := compare(got, want); !v.ok() {
			t.Errorf("chat %d: %+v\n got %s\nwant %s", u.ID, v, short(got), short(want))
		}
	}

	// Never before retry_after: after a 429 for a chat, that chat's next
	// call comes retry_after seconds later at the earliest.
	calls := c.fake.CallsTo("sendMessage")
	n429 := 0
	for i, call := range calls {
		if call.Status != http.StatusTooManyRequests {
			continue
		}
		n429++
		after := time.Duration(call.RetryAfter) * time.Second
		for _, next := range calls[i+1:] {
			if next.Params["chat_id"] != call.Params["chat_id"] {
				continue
			}
			if gap := next.At.Sub(call.At); gap < after {
				t.Errorf("chat %s written to %v after a 429 with retry_after %v", call.Params["chat_id"], gap, after)
			}
			break
		}
	}
	if n429 < 8 {
		t.Errorf("%d 429s answered, want the 8 injected", n429)
	}
	t.Logf("%d sendMessage calls: %d answered 429, the rest 5xx, slow or fine", len(calls), n429)
}
