package bot

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// clusterURL is the Redis Cluster of TestOverCluster, which its subtests
// use in place of the test Redis; set before they start.
var clusterURL string

// testRedis returns a Redis under a prefix of this test alone: on the test
// server, or on the cluster within TestOverCluster.
func testRedis(tb testing.TB) *store.Redis {
	tb.Helper()
	return storetest.NewRedisWithin(tb, "TestOverCluster", clusterURL)
}

// TestOverCluster runs the channel on a real three-node Redis Cluster: an
// update in and a reply out (intake, sessions, flow control) and the 429
// paths. Keys of one script, transaction or multi-key read must share a
// slot there. The end-to-end walks on a cluster are e2e's TestOverCluster.
func TestOverCluster(t *testing.T) {
	_, clusterURL = storetest.NewClusterRedis(t)
	t.Run("echo", func(t *testing.T) {
		r := testRedis(t)
		e := newEnvOn(t, telegramtest.NewServer(t), r.Client(), r.Key("tg"), &stub{})
		e.fake.PushText(alice, "hello")
		e.start(t)
		if sent := e.fake.WaitSent(t, alice.ID, 1); sent[0].Text != "echo: hello" {
			t.Errorf("sent %+v", sent)
		}
		e.idle(t)
	})
	t.Run("schedules", testSchedulesShareASlot)
	for _, tc := range []struct {
		name string
		test func(*testing.T)
	}{
		{"callback", TestCallbackIsAnsweredAndThePressedMessageMarked},
		{"overtake bulk", TestInteractiveOvertakesBulk},
		{"429 of a chat", TestA429HoldsOnlyItsChat},
		{"429 of the bot", TestA429AtTheBotsRateHoldsEveryChat},
	} {
		t.Run(tc.name, tc.test)
	}
}

// testSchedulesShareASlot calls the flow-control scripts that take several
// schedules at once and checks that each took effect: their errors are
// only logged in the send path (a limiter that is away lets calls go).
func testSchedulesShareASlot(t *testing.T) {
	r := testRedis(t)
	e := newEnvOn(t, telegramtest.NewServer(t), r.Client(), r.Key("tg"), &stub{}, func(c *Config) {
		c.Name = "second"
		c.Limits = Limits{Global: 30, Bulk: 10, PerChat: 1}
	})
	ctx := context.Background()
	for chat := range int64(20) { // chats in many slots, were they untagged
		ok, _, err := e.tg.takeTurn(ctx, turn{chatKey: e.tg.chatRateKey(chat), chatInterval: time.Second, chatBurst: 1}, -1)
		if err != nil || !ok {
			t.Fatalf("takeTurn(chat %d) = %v, %v", chat, ok, err)
		}
	}
	e.tg.hold(ctx, 0, 3*time.Second) // the bot's 429: its schedule and the chat's
	tat, err := r.Client().Get(ctx, e.tg.rateKey("bot")).Result()
	now, _ := r.Client().Time(ctx).Result()
	if n, _ := strconv.ParseInt(tat, 10, 64); err != nil || time.Duration(n-now.UnixMicro())*time.Microsecond < 2*time.Second {
		t.Errorf("after a hold of 3s the bot's schedule is at %s (now %d), %v", tat, now.UnixMicro(), err)
	}
	if !e.tg.botBusy(ctx) {
		t.Error("botBusy = false with the bot's schedule booked 3 s ahead")
	}
}
