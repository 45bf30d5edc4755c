package e2e

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// clusterURL is the Redis Cluster of TestOverCluster, which its subtests
// use in place of the test Redis; set before they start.
var clusterURL string

// testRedis returns a Redis under a prefix of this test alone: on the test
// server, or on the cluster within TestOverCluster.
func testRedis(tb testing.TB) *store.Redis {
	tb.Helper()
	return storetest.NewRedisWithin(tb, "TestOverCluster", clusterURL)
}

// demoStores returns a database of this test alone, holding the demo
// network (clinic/demo.yaml), and a Redis prefix of its own.
func demoStores(t *testing.T) (*store.Postgres, *store.Redis) {
	t.Helper()
	pg, rs := storetest.NewPostgres(t), testRedis(t)
	if _, err := store.SeedDemo(t.Context(), pg); err != nil {
		t.Fatal(err)
	}
	return pg, rs
}

// newEngine is the dialogs engine as build (cmd/frontdoor) makes it on pg
// and rs (engine.New): the real triage rules with their cases announced,
// the consult on them, booking on reminder jobs that are only enqueued
// (the walks check the conversation, not sends), and 997 as the emergency
// number. edit changes the config first: a clock, a facility's phone, the
// place questions serve asks.
func newEngine(tb testing.TB, pg *store.Postgres, rs *store.Redis, edit ...func(*engine.Config)) *dialogs.Engine {
	tb.Helper()
	cfg := engine.Config{Postgres: pg, Redis: rs, Text: catalog(tb),
		Triage: dialogs.Triage{Rules: mustRules(tb)}, EmergencyNumber: "997"}
	for _, e := range edit {
		e(&cfg)
	}
	built, err := engine.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return built.Engine
}

func catalog(tb testing.TB) *locales.Catalog {
	tb.Helper()
	text, err := locales.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return text
}

func mustRules(tb testing.TB) *triage.Engine {
	tb.Helper()
	rules, err := triage.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return rules
}

// langButton is the language picker's label for lang: Arabic with its own
// digits («العربية (١٢٣)»), any other language by its own name.
func langButton(text *locales.Catalog, lang string) string {
	if lang == "ar" {
		return text.Text("ar", "onboarding_lang_digits_button", map[string]any{"Digits": "١٢٣"})
	}
	l, _ := locales.Lookup(lang)
	return l.Name
}

// golden compares got with testdata/<name>.golden, or rewrites it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("payloads differ from %s (run with -update and review the diff):\n--- got\n%s", path, got)
	}
}
