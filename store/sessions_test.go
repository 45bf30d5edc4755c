package store_test

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

func TestSessionSaveLoad(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const ttl = time.Hour
	r := storetest.NewRedis(t, store.WithSessionTTL(ttl))
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "1001"}

	if _, err := r.Load(ctx, key); !errors.Is(err, dialogs.ErrNotFound) {
		t.Fatalf("Load of a new conversation: err = %v, want ErrNotFound", err)
	}
	s := dialogs.Session{
		Flow: "onboarding", State: "consent", Lang: dialogs.LangArabic, PatientID: 7,
		Values:      map[string]string{"hint": "ar"},
		LastInputID: "u-55",
		LastReplies: []dialogs.Reply{{Lang: "ar", Text: "أهلاً", Buttons: [][]dialogs.Button{{{Label: "موافق", Data: "consent:yes"}}}}},
	}
	v1, err := r.Save(ctx, key, s)
	if err != nil || v1 == 0 {
		t.Fatalf("first Save = %d, %v; want a version > 0", v1, err)
	}
	got, err := r.Load(ctx, key)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	want := s
	want.Version = v1
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Load = %+v\nwant   %+v", got, want)
	}

	pttl, err := r.Client().PTTL(ctx, r.Key("session:"+key.String())).Result()
	if err != nil || pttl <= 0 || pttl > ttl {
		t.Errorf("session TTL = %v, %v; want in (0, %v]", pttl, err, ttl)
	}

	got.State = "menu"
	v2, err := r.Save(ctx, key, got)
	if err != nil || v2 <= v1 {
		t.Fatalf("second Save = %d, %v; want a version above %d", v2, err, v1)
	}
}

func TestSessionStaleSaves(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)
	key := dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "sess-1"}
	v1, err := r.Save(ctx, key, dialogs.Session{Flow: "onboarding", State: "lang"})
	if err != nil {
		t.Fatal(err)
	}
	v2, err := r.Save(ctx, key, dialogs.Session{Flow: "onboarding", State: "consent", Version: v1})
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name    string
		version int64
	}{
		{"new session over an existing one", 0},
		{"version already replaced", v1},
		{"version from the future", v2 + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.Save(ctx, key, dialogs.Session{State: "stale", Version: tc.version})
			if !errors.Is(err, dialogs.ErrStaleSession) {
				t.Errorf("Save with version %d: err = %v, want ErrStaleSession", tc.version, err)
			}
		})
	}
	if got, err := r.Load(ctx, key); err != nil || got.State != "consent" || got.Version != v2 {
		t.Errorf("after stale saves Load = %+v, %v; want state consent, version %d", got, err, v2)
	}

	// A Delete is no reset of versions: a writer still holding v2 must not
	// overwrite a session created after the Delete.
	if err := r.Delete(ctx, key); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := r.Load(ctx, key); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("Load after Delete: err = %v, want ErrNotFound", err)
	}
	if err := r.Delete(ctx, key); err != nil {
		t.Errorf("Delete of nothing: %v", err)
	}
	if _, err := r.Save(ctx, key, dialogs.Session{State: "old", Version: v2}); !errors.Is(err, dialogs.ErrStaleSession) {
		t.Errorf("Save with a version from before Delete: err = %v, want ErrStaleSession", err)
	}
	v3, err := r.Save(ctx, key, dialogs.Session{State: "fresh"})
	if err != nil {
		t.Fatalf("Save after Delete: %v", err)
	}
	if v3 == v1 || v3 == v2 {
		t.Errorf("version after Delete = %d, reuses an earlier version (%d, %d)", v3, v1, v2)
	}
}

func TestSessionConcurrentSavesOneWins(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "2002"}
	v, err := r.Save(ctx, key, dialogs.Session{State: "start"})
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			_, errs[i] = r.Save(ctx, key, dialogs.Session{State: "next", Version: v})
		})
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, dialogs.ErrStaleSession):
			t.Errorf("Save: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d of %d concurrent saves of one version succeeded, want 1", won, n)
	}
}

func TestSessionsAreUnderPrefix(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "3003"}
	if _, err := r.Save(ctx, key, dialogs.Session{State: "x"}); err != nil {
		t.Fatal(err)
	}
	keys, err := r.Client().Keys(ctx, r.Prefix()+"*").Result()
	if err != nil || len(keys) != 1 || keys[0] != r.Prefix()+"session:telegram:3003" {
		t.Errorf("keys under %q = %q, %v; want the one session key", r.Prefix(), keys, err)
	}
}
