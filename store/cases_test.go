package store_test

import (
	"context"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

func TestOpenCase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	cases := pg.Cases(storetest.NewRedis(t))
	patient, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "w1"}, "w1")
	if err != nil {
		t.Fatal(err)
	}
	emergency := dialogs.Case{
		PatientID: patient.ID, Source: "web:w1/m1", Lang: "ar", Complaint: "صدري يوجعني وعرقان",
		Urgency: "emergency", Specialty: "emergency_medicine", RedFlags: []string{"RF-CHEST-01"},
		Pathway: "chest", Answers: map[string]string{"duration": "lt1h"}, Queue: true,
	}
	id, err := cases.OpenCase(ctx, emergency)
	if err != nil {
		t.Fatal(err)
	}
	again, err := cases.OpenCase(ctx, emergency)
	if err != nil || again != id {
		t.Fatalf("reopening from the same source = %d, %v; want case %d", again, err, id)
	}
	routine, err := cases.OpenCase(ctx, dialogs.Case{PatientID: patient.ID, Source: "web:w1/m2", Lang: "en",
		Complaint: "repeat prescription", Urgency: "routine", Specialty: "general_practice"})
	if err != nil || routine == id {
		t.Fatalf("a second source should open a second case: %d, %v", routine, err)
	}

	for _, tc := range []struct {
		name   string
		id     int64
		status string
		queued bool
		flags  int
	}{
		{"queued emergency", id, "waiting", true, 1},
		{"recorded routine", routine, "triaged", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var status string
			var queued bool
			var flags int
			err := pg.Pool().QueryRow(ctx, `SELECT status, queued_at IS NOT NULL, cardinality(red_flags) FROM cases WHERE id = $1`,
				tc.id).Scan(&status, &queued, &flags)
			if err != nil {
				t.Fatal(err)
			}
			if status != tc.status || queued != tc.queued || flags != tc.flags {
				t.Errorf("case %d: status %s queued %v flags %d; want %s %v %d", tc.id, status, queued, flags, tc.status, tc.queued, tc.flags)
			}
		})
	}

	if _, err := cases.OpenCase(ctx, dialogs.Case{PatientID: patient.ID, Source: "web:w1/m3", Lang: "xx",
		Complaint: "x", Urgency: "routine", Specialty: "general_practice"}); err == nil {
		t.Error("a case in an unsupported language was accepted")
	}
}

// A NUL byte in what the patient wrote once made the emergency's case
// fail to open (PostgreSQL refuses NUL in text and jsonb): the case is
// recorded all the same (break 8 of issue 11).
func TestOpenCaseWithControlCharacters(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	cases := pg.Cases(storetest.NewRedis(t))
	patient, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "w1"}, "w1")
	if err != nil {
		t.Fatal(err)
	}
	id, err := cases.OpenCase(ctx, dialogs.Case{
		PatientID: patient.ID, Source: "web:w1/nul", Lang: "en", Complaint: "crushing chest pain \u0000 help",
		Urgency: "emergency", Specialty: "emergency_medicine", RedFlags: []string{"RF-CHEST-01"},
		Answers: map[string]string{"note\x00": "x\x00y"}, Facts: map[string]string{"age": "70\x00"}, Queue: true,
	})
	if err != nil {
		t.Fatalf("an emergency with a NUL in its text was not recorded: %v", err)
	}
	var complaint, status string
	if err := pg.Pool().QueryRow(ctx, `SELECT complaint, status FROM cases WHERE id = $1`, id).Scan(&complaint, &status); err != nil {
		t.Fatal(err)
	}
	if complaint != "crushing chest pain  help" || status != "waiting" {
		t.Errorf("case %d: %q, %s; want the text without the NUL, waiting", id, complaint, status)
	}
}
