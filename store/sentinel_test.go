package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestRedisThroughSentinel: a Redis URL with master_name is a Sentinel's,
// and the store reaches the primary it names.
func TestRedisThroughSentinel(t *testing.T) {
	ctx := context.Background()
	r, _ := storetest.NewSentinelRedis(t)
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "1001"}
	v, err := r.Save(ctx, key, dialogs.Session{Flow: "onboarding", State: "consent"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.Load(ctx, key)
	if err != nil || got.Version != v || got.State != "consent" {
		t.Errorf("Load = %+v, %v", got, err)
	}
	role, err := r.Client().Do(ctx, "ROLE").Slice()
	if err != nil || len(role) == 0 || role[0] != "master" {
		t.Errorf("ROLE = %v, %v; want the primary", role, err)
	}
}

func TestRedisURLErrorsHideTheURL(t *testing.T) {
	for _, u := range []string{"redis://:secret@host:26379/0?master_name=m&bogus=1", "nope://:secret@host"} {
		_, err := store.OpenRedis(context.Background(), u, "")
		if err == nil || strings.Contains(err.Error(), "secret") {
			t.Errorf("OpenRedis(%q) error %v: want one that hides the URL", u, err)
		}
	}
}
