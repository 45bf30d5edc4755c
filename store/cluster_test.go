package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/ratelimit"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestRedisCluster runs every kind of Redis operation the store makes
// (scripts over several keys, transactions, scans, pub/sub, streams)
// against a real three-node Redis Cluster, where keys of one operation
// in different slots would fail with CROSSSLOT.
func TestRedisCluster(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, u := storetest.NewClusterRedis(t)
	if _, ok := r.Client().(*redis.ClusterClient); !ok {
		t.Fatalf("OpenRedis(%s) made a %T, want a cluster client", u, r.Client())
	}

	t.Run("sessions", func(t *testing.T) {
		for i := range 20 { // enough conversations to reach every node
			key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: fmt.Sprint(1000 + i)}
			v, err := r.Save(ctx, key, dialogs.Session{Flow: "onboarding", State: "consent"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := r.Save(ctx, key, dialogs.Session{Version: v - 1}); err == nil {
				t.Errorf("a stale save of %s went through", key)
			}
			if got, err := r.Load(ctx, key); err != nil || got.Version != v {
				t.Errorf("Load(%s) = %+v, %v", key, got, err)
			}
			if err := r.Delete(ctx, key); err != nil {
				t.Fatal(err)
			}
		}
	})
	t.Run("lock", func(t *testing.T) {
		unlock, err := r.Lock(ctx, "slot:7", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		short, stop := context.WithTimeout(ctx, 50*time.Millisecond)
		defer stop()
		if _, err := r.Lock(short, "slot:7", time.Minute); err == nil {
			t.Error("a held lock was taken again")
		}
		if err := unlock(ctx); err != nil {
			t.Error(err)
		}
	})
	t.Run("rate and throttle", func(t *testing.T) {
		if ok, _, err := r.Allow(ctx, "web:1.2.3.4", ratelimit.Rate{Events: 1, Per: time.Minute, Burst: 1}); err != nil || !ok {
			t.Fatalf("Allow = %v, %v", ok, err)
		}
		th := r.Throttle("login:user", store.Backoff{Threshold: 1, Base: time.Minute, Max: time.Hour, Window: time.Hour})
		users := []string{"amal|1.1.1.1", "amal|2.2.2.2", "amal|3.3.3.3", "amal|4.4.4.4", "badr|1.1.1.1"}
		for _, u := range users {
			if d, err := th.Fail(ctx, u); err != nil || d != time.Minute {
				t.Fatalf("Fail(%s) = %v, %v", u, d, err)
			}
		}
		if err := th.Reset(ctx, users[0]); err != nil {
			t.Fatal(err)
		}
		// Amal's keys at other addresses lie in other slots, on other nodes.
		if err := th.ResetPrefix(ctx, "amal|"); err != nil {
			t.Fatal(err)
		}
		for _, u := range users {
			d, err := th.Locked(ctx, u)
			if want := strings.HasPrefix(u, "badr"); err != nil || (d > 0) != want {
				t.Errorf("Locked(%s) = %v, %v; want locked %v", u, d, err, want)
			}
		}
	})
	t.Run("web sessions", func(t *testing.T) {
		s := r.SessionStore("dash")
		if err := s.CommitCtx(ctx, "tok", []byte("v1"), time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteCtx(ctx, "tok"); err != nil {
			t.Fatal(err)
		}
		if err := s.CommitCtx(ctx, "tok", []byte("late"), time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, found, err := s.FindCtx(ctx, "tok"); err != nil || found {
			t.Errorf("a deleted session came back: %v, %v", found, err)
		}
	})
	t.Run("web pushes", func(t *testing.T) {
		wctx, stop := context.WithCancel(ctx)
		defer stop()
		wake, err := r.WebPushWakeups(wctx)
		if err != nil {
			t.Fatal(err)
		}
		// The wake-up channel lives in one slot, the conversations in
		// others: PUBLISH reaches subscribers on every node.
		for _, conv := range []string{"A", "B", "C", "D"} {
			if _, err := r.PushWeb(ctx, conv, []byte(`{"n":1}`)); err != nil {
				t.Fatal(err)
			}
			select {
			case got := <-wake:
				if got != conv {
					t.Errorf("woken for %q, want %q", got, conv)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("no wake-up for %s", conv)
			}
			if got, err := r.WebPushesAfter(ctx, conv, "0-0", 10); err != nil || len(got) != 1 {
				t.Errorf("WebPushesAfter(%s) = %+v, %v", conv, got, err)
			}
		}
	})
	t.Run("case events", func(t *testing.T) {
		last, err := r.LastCaseEventID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.PublishCaseEvent(ctx, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 1}); err != nil {
			t.Fatal(err)
		}
		got, err := r.ReadCaseEvents(ctx, last, time.Second)
		if err != nil || len(got) != 1 || got[0].CaseID != 1 {
			t.Errorf("ReadCaseEvents = %+v, %v", got, err)
		}
		if got, complete, err := r.CaseEventsAfter(ctx, last, 10); err != nil || !complete || len(got) != 1 {
			t.Errorf("CaseEventsAfter = %+v, %v, %v", got, complete, err)
		}
	})
	t.Run("delete matching on every node", func(t *testing.T) {
		for i := range 30 {
			if err := r.SetWebKey(ctx, fmt.Sprint("k", i), "v", time.Hour); err != nil {
				t.Fatal(err)
			}
		}
		n, err := r.DeleteMatching(ctx, r.Key("*"))
		if err != nil || n < 30 {
			t.Fatalf("DeleteMatching = %d, %v; want at least the 30 web keys", n, err)
		}
		if left, err := r.DeleteMatching(ctx, r.Key("*")); err != nil || left != 0 {
			t.Errorf("second DeleteMatching = %d, %v; want nothing left", left, err)
		}
	})
}

func TestRedisClusterURLs(t *testing.T) {
	for _, u := range []string{
		"redis://:secret@host:6379/3?cluster=true",                // a cluster has database 0 only
		"redis://:secret@host:6379?cluster=maybe",                 // not a boolean
		"redis://:secret@host:6379?cluster=true&master_name=m",    // which is it?
		"redis://:secret@host:6379?cluster=true&bogus=1",          // unknown parameter
		"redis://:secret@host:6379?cluster=true&addr=nonsense:::", // bad seed node
	} {
		_, err := store.OpenRedis(context.Background(), u, "")
		if err == nil || strings.Contains(err.Error(), "secret") {
			t.Errorf("OpenRedis(%q) error %v: want one that hides the URL", u, err)
		}
	}
	// cluster=false is one server, as without the parameter.
	u := storetest.RedisURL()
	if !strings.Contains(u, "cluster=") && !strings.Contains(u, "master_name=") {
		sep := map[bool]string{true: "&", false: "?"}[strings.Contains(u, "?")]
		r := storetest.NewRedisAt(t, u+sep+"cluster=false")
		if _, ok := r.Client().(*redis.Client); !ok {
			t.Errorf("cluster=false made a %T, want a *redis.Client", r.Client())
		}
	}
}
