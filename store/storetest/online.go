package storetest

import (
	"testing"

	"github.com/frontdoor-health/frontdoor/store"
)

// ClinicianOnline puts the clinician with this username on duty and marks
// their dashboard open now (store.Consults.ClinicianSeen), so that a
// queued case hears its place and the wait rather than that nobody is
// online, for store.OnlineWithin. The account must exist (store.SeedDemo
// makes dr.khalid, a general practitioner).
func ClinicianOnline(tb testing.TB, pg *store.Postgres, rd *store.Redis, username string) {
	tb.Helper()
	var id int64
	if err := pg.Pool().QueryRow(tb.Context(), `SELECT id FROM clinicians WHERE username = $1`, username).Scan(&id); err != nil {
		tb.Fatalf("storetest: clinician %s: %v", username, err)
	}
	if err := pg.Accounts().SetOnDuty(tb.Context(), id, true, store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
		tb.Fatal(err)
	}
	if err := pg.Consults(rd).ClinicianSeen(tb.Context(), id); err != nil {
		tb.Fatal(err)
	}
}
