package store_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// addCase opens a case for patient with status and age, straight in SQL.
func addCase(t *testing.T, pg *store.Postgres, patient int64, source, status string, age time.Duration) {
	t.Helper()
	var queued any
	if status != "triaged" {
		queued = time.Now().Add(-age)
	}
	_, err := pg.Pool().Exec(context.Background(), `
		INSERT INTO cases (patient_id, source, lang, complaint, urgency, specialty, status, queued_at, created_at)
		VALUES ($1, $2, 'en', 'my secret words', 'routine', 'general', $3, $4, now() - $5::interval)`,
		patient, source, status, queued, age.String())
	if err != nil {
		t.Fatal(err)
	}
}

func count(t *testing.T, pg *store.Postgres, sql string, args ...any) int {
	t.Helper()
	var n int
	if err := pg.Pool().QueryRow(context.Background(), sql, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestErasePatient(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	a, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: "telegram", ID: "501"}, "501")
	if err != nil {
		t.Fatal(err)
	}
	b, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: "web", ID: "s-502"}, "s-502")
	if err != nil {
		t.Fatal(err)
	}
	addCase(t, pg, a.ID, "telegram:501/1", "triaged", time.Hour)
	addCase(t, pg, a.ID, "telegram:501/2", "waiting", time.Minute)
	addCase(t, pg, b.ID, "web:s-502/1", "triaged", time.Hour)

	if err := pg.Patients().ErasePatient(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, pg, `SELECT count(*) FROM patients WHERE id = $1`, a.ID); n != 0 {
		t.Errorf("patient row still there")
	}
	if n := count(t, pg, `SELECT count(*) FROM cases WHERE patient_id = $1`, a.ID); n != 0 {
		t.Errorf("%d cases of the erased patient left", n)
	}
	if n := count(t, pg, `SELECT count(*) FROM cases WHERE patient_id = $1`, b.ID); n != 1 {
		t.Errorf("the other patient has %d cases, want 1 (untouched)", n)
	}
	var detail string
	err = pg.Pool().QueryRow(ctx, `SELECT detail::text FROM audit_log WHERE action = 'patient.erase' AND subject_id = $1`,
		strconv.FormatInt(a.ID, 10)).Scan(&detail)
	if err != nil || !strings.Contains(detail, `"cases": 2`) || strings.Contains(detail, "secret") {
		t.Errorf("audit detail %q (%v), want counts and nothing the patient wrote", detail, err)
	}
	// Again: the patient is gone, which is what was asked.
	if err := pg.Patients().ErasePatient(ctx, a.ID); err != nil {
		t.Errorf("second erasure: %v", err)
	}
	// The conversation starts afresh as a new patient.
	again, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: "telegram", ID: "501"}, "501")
	if err != nil || again.ID == a.ID || !again.ConsentAt.IsZero() {
		t.Errorf("after erasure: patient %+v (%v), want a new one without consent", again, err)
	}
}

func TestPurge(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	year := 365 * 24 * time.Hour
	mk := func(id string, age time.Duration) int64 {
		p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: "telegram", ID: id}, id)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := pg.Pool().Exec(ctx, `UPDATE patients SET created_at = now() - $2::interval WHERE id = $1`, p.ID, age.String()); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	gone := mk("601", 2*year)   // old, old case only: goes
	live := mk("602", 2*year)   // old, but a case still waiting: stays
	recent := mk("603", 2*year) // old, recent case: stays
	fresh := mk("604", time.Hour)
	addCase(t, pg, gone, "telegram:601/1", "left", 400*24*time.Hour)
	addCase(t, pg, live, "telegram:602/1", "waiting", 400*24*time.Hour)
	addCase(t, pg, recent, "telegram:603/1", "triaged", 30*24*time.Hour)
	before := time.Now().Add(-year)

	n, keys, err := pg.Retention().Purge(ctx, before, true)
	if err != nil || n.Patients != 1 || n.Cases != 1 || len(keys) != 1 {
		t.Fatalf("dry run: %+v %v (%v), want 1 patient and 1 case", n, keys, err)
	}
	if c := count(t, pg, `SELECT count(*) FROM patients`); c != 4 {
		t.Fatalf("dry run deleted: %d patients left", c)
	}
	n, keys, err = pg.Retention().Purge(ctx, before, false)
	if err != nil || n.Patients != 1 || n.Cases != 1 {
		t.Fatalf("purge: %+v (%v)", n, err)
	}
	if len(keys) != 1 || keys[0] != (dialogs.ConversationKey{Channel: "telegram", ID: "601"}) {
		t.Errorf("purged conversations %v, want telegram:601", keys)
	}
	for _, id := range []int64{live, recent, fresh} {
		if c := count(t, pg, `SELECT count(*) FROM patients WHERE id = $1`, id); c != 1 {
			t.Errorf("patient %d purged, want kept", id)
		}
	}
	if c := count(t, pg, `SELECT count(*) FROM audit_log WHERE action = 'retention.purge' AND actor_kind = 'system'`); c != 1 {
		t.Errorf("%d purge audit rows, want 1 (none for the dry run)", c)
	}
}
