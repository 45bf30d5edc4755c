package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// TestSharePhone: a number is kept on the patient's own open case, read on
// the audited case page and only flagged in the queue; another patient's
// case, a closed one or a malformed number are refused.
func TestSharePhone(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	makkah := khalid.Facilities[0]
	id := w.open(t, "emergency", "general_practice", makkah, 3, true)
	cases := w.cases

	if err := cases.SharePhone(ctx, w.patient+1000, id, "+966512345678"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("another patient's case: %v, want ErrNotFound", err)
	}
	var pgErr *pgconn.PgError
	if err := cases.SharePhone(ctx, w.patient, id, "12; drop"); !errors.As(err, &pgErr) || pgErr.Code != pgerrcode.CheckViolation {
		t.Errorf("a malformed number: %v, want a check violation", err)
	}
	list, err := w.cases.Waiting(ctx, khalid, 0, 10)
	if err != nil || len(list.Cases) != 1 || list.Cases[0].HasPhone {
		t.Fatalf("queue before a number: %+v, %v", list.Cases, err)
	}
	if err := cases.SharePhone(ctx, w.patient, id, "+966512345678"); err != nil {
		t.Fatalf("SharePhone: %v", err)
	}
	if list, _ = w.cases.Waiting(ctx, khalid, 0, 10); !list.Cases[0].HasPhone {
		t.Errorf("the queue does not flag the shared number")
	}
	c, err := w.cases.ViewCase(ctx, id, khalid)
	if err != nil || c.Phone != "+966512345678" {
		t.Errorf("ViewCase phone = %q, %v", c.Phone, err)
	}
	if _, err := w.pg.Pool().Exec(ctx, `UPDATE cases SET status = 'left' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if err := cases.SharePhone(ctx, w.patient, id, "+966512345679"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("a case the patient left: %v, want ErrNotFound", err)
	}
}
