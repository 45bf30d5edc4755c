package engine

import (
	"context"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// Every recorded case is counted by urgency and channel, for the alert on
// a burst of emergencies.
func TestCountedCases(t *testing.T) {
	ctx := context.Background()
	pg, rd := storetest.NewPostgres(t), storetest.NewRedis(t)
	m := metrics.New()
	var cases dialogs.CaseStore = countedCases{Cases: pg.Cases(rd), opened: m.CasesOpened}
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "w"}, "w")
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range []string{"emergency", "emergency", "routine"} {
		if _, err := cases.OpenCase(ctx, dialogs.Case{PatientID: p.ID, Source: "web:w/" + string(rune('a'+i)), Lang: "en",
			Complaint: "x", Urgency: u, Specialty: "general_practice", Queue: u == "emergency"}); err != nil {
			t.Fatal(err)
		}
	}
	if v := testutil.ToFloat64(m.CasesOpened.WithLabelValues("emergency", "web")); v != 2 {
		t.Errorf("web emergencies counted = %v, want 2", v)
	}
}
