package store_test

import (
	"context"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// The queue never drops a case silently: with more waiting cases than a
// page, every emergency is still listed (the newest too), the counts say
// how many there are, and the rest come page by page (issue 11, break 1:
// the queue stopped at 500 cases, so an emergency after a flood was not
// shown).
func TestWaitingListsEveryEmergencyAndCountsTheRest(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	cases := pg.Cases(storetest.NewRedis(t))
	web, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "flood"}, "flood")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "77"}, "77")
	if err != nil {
		t.Fatal(err)
	}
	// 520 fake emergencies and 60 urgent cases from the web, then one real
	// emergency from Telegram, queued last.
	_, err = pg.Pool().Exec(ctx, `
INSERT INTO cases (patient_id, source, lang, complaint, urgency, specialty, status, queued_at)
SELECT $1, 'web:flood/' || g, 'en', 'x', CASE WHEN g <= 520 THEN 'emergency' ELSE 'urgent' END,
       'emergency_medicine', 'waiting', now() - interval '1 hour' + g * interval '1 second'
FROM generate_series(1, 580) g`, web.ID)
	if err != nil {
		t.Fatal(err)
	}
	real, err := cases.OpenCase(ctx, dialogs.Case{PatientID: tg.ID, Source: "telegram:77/1", Lang: "ar",
		Complaint: "ألم في الصدر", Urgency: "emergency", Specialty: "emergency_medicine", Queue: true})
	if err != nil {
		t.Fatal(err)
	}
	var facility int64
	if err := pg.Pool().QueryRow(ctx, `INSERT INTO facilities (code, names, city) VALUES ('f1', jsonb_build_object('ar', 'م'::text, 'en', 'F'::text), 'makkah') RETURNING id`).Scan(&facility); err != nil {
		t.Fatal(err)
	}
	scope := store.Scope{Facilities: []int64{facility}, AllSpecialties: true}

	first, err := cases.Waiting(ctx, scope, 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	if first.Total != 581 || first.Emergencies != 521 || first.Web != 580 || !first.More {
		t.Errorf("counts: total %d, emergencies %d, web %d, more %v; want 581, 521, 580, true", first.Total, first.Emergencies, first.Web, first.More)
	}
	if len(first.Cases) != 521+50 {
		t.Errorf("first page lists %d cases, want every emergency (521) and 50 others", len(first.Cases))
	}
	found := false
	for i, c := range first.Cases {
		if c.ID == real {
			found = true
			if c.Channel != "telegram" || c.Urgency != "emergency" {
				t.Errorf("the real emergency's row = %+v", c)
			}
		}
		if i < 521 && c.Urgency != "emergency" {
			t.Fatalf("row %d is %s before every emergency was listed", i, c.Urgency)
		}
	}
	if !found {
		t.Error("the real emergency, queued after the flood, is not listed")
	}
	second, err := cases.Waiting(ctx, scope, 50, 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(second.Cases) != 521+10 || second.More || second.Offset != 50 {
		t.Errorf("second page: %d cases, more %v, offset %d; want 521+10, false, 50", len(second.Cases), second.More, second.Offset)
	}
}
