package faulttest

import (
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestDeleteMyData: a patient with a triaged case sends /deletemydata and
// confirms; through the real binary and stores, their rows are gone, an
// audit row without their words remains, and writing again starts afresh.
func TestDeleteMyData(t *testing.T) {
	t.Parallel()
	c := newCluster(t)
	p := c.start("serve")
	ctx := ctxFor(t, 60*time.Second)
	u := user(690001, "en")
	pt := telegramtest.NewPatient(u, c.fake, telegramtest.NewWebhook(p.URL(), secret))
	if err := walk(ctx, pt, "/start", ":o:lang:en", ":o:agree", ":o:m:doctor"); err != nil {
		t.Fatal(err)
	}
	const words = "I have a cold and runny nose"
	if _, err := pt.Say(ctx, words); err != nil {
		t.Fatal(err)
	}
	for range 15 {
		msgs, err := pt.Answer(ctx, settle)
		if err != nil {
			t.Fatal(err)
		}
		if skipped, err := skipPlace(ctx, pt, msgs); err != nil {
			t.Fatal(err)
		} else if skipped {
			continue
		}
		a := calm(msgs[len(msgs)-1])
		if a == "" {
			break
		}
		if _, err := pt.PressData(ctx, msgs[len(msgs)-1].ID, a); err != nil {
			t.Fatal(err)
		}
	}

	db, err := pgx.Connect(ctx, c.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	count := func(sql string, args ...any) int {
		t.Helper()
		var n int
		if err := db.QueryRow(ctx, sql, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	conv, source := itoa(u.ID), "telegram:"+itoa(u.ID)+"/%"
	if count(`SELECT count(*) FROM cases WHERE source LIKE $1`, source) == 0 {
		t.Fatal("the triage left no case to erase")
	}

	if err := walk(ctx, pt, "/deletemydata", ":x:yes"); err != nil {
		t.Fatal(err)
	}
	if n := count(`SELECT count(*) FROM patients WHERE conversation_id = $1`, conv); n != 0 {
		t.Errorf("%d patient rows left", n)
	}
	if n := count(`SELECT count(*) FROM cases WHERE source LIKE $1`, source); n != 0 {
		t.Errorf("%d cases left", n)
	}
	var detail string
	if err := db.QueryRow(ctx, `SELECT detail::text FROM audit_log WHERE action = 'patient.erase'`).Scan(&detail); err != nil {
		t.Fatalf("no erasure audit row: %v", err)
	}
	if strings.Contains(detail, "cold") {
		t.Errorf("the audit row holds the patient's words: %s", detail)
	}
	// Writing again: a new, empty patient who is asked for consent again.
	if _, err := pt.Say(ctx, "/start"); err != nil {
		t.Fatal(err)
	}
	msgs, err := pt.Answer(ctx, settle)
	if err != nil {
		t.Fatal(err)
	}
	if telegramtest.ButtonData(msgs[len(msgs)-1], ":o:lang:en") == "" {
		t.Errorf("after erasure /start should ask for the language again")
	}
}
