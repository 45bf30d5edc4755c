package store_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestUrgentFallback: a case takes its facility's fallback; a pool case
// the only facility's, and none when there are several; a facility that
// set none, or cleared it, gives ErrNotFound (the deployment's applies).
func TestUrgentFallback(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid, omar := w.scope(t, "dr.khalid"), w.scope(t, "dr.omar")
	makkah, madinah := khalid.Facilities[0], omar.Facilities[0]
	ajyad := dialogs.UrgentFallback{Phone: "937", Where: map[string]string{
		"ar": "مركز الرعاية العاجلة في مستشفى أجياد مفتوح طوال اليوم.",
		"en": "Ajyad Hospital's urgent care centre is open day and night.",
	}}
	if err := w.pg.Facilities().SetUrgentFallback(ctx, "makkah_ajyad", dialogs.UrgentFallback{Phone: " 937 ",
		Where: map[string]string{"ar": ajyad.Where["ar"] + "  ", "en": "\n" + ajyad.Where["en"]}}, cli); err != nil {
		t.Fatal(err)
	}
	atMakkah := w.open(t, "urgent", "general_practice", makkah, 1, true)
	atMadinah := w.open(t, "urgent", "general_practice", madinah, 1, true)
	pool := w.open(t, "urgent", "general_practice", 0, 1, true)

	if got, err := w.pg.Facilities().UrgentFallback(ctx, atMakkah); err != nil || !reflect.DeepEqual(got, ajyad) {
		t.Errorf("Makkah case: %+v, %v; want %+v (trimmed)", got, err, ajyad)
	}
	for name, id := range map[string]int64{"a facility that set none": atMadinah, "a pool case, several facilities": pool, "no such case": 1 << 40} {
		if got, err := w.pg.Facilities().UrgentFallback(ctx, id); !errors.Is(err, dialogs.ErrNotFound) {
			t.Errorf("%s: %+v, %v; want ErrNotFound", name, got, err)
		}
	}

	// Only words, in one language: kept as they are.
	quba := dialogs.UrgentFallback{Where: map[string]string{"en": "Quba urgent care: 8 am to midnight."}}
	if err := w.pg.Facilities().SetUrgentFallback(ctx, "madinah_quba", quba, cli); err != nil {
		t.Fatal(err)
	}
	if got, err := w.pg.Facilities().UrgentFallback(ctx, atMadinah); err != nil || !reflect.DeepEqual(got, quba) {
		t.Errorf("Madinah case: %+v, %v; want %+v", got, err, quba)
	}
	// Cleared: the deployment's applies again.
	if err := w.pg.Facilities().SetUrgentFallback(ctx, "makkah_ajyad", dialogs.UrgentFallback{}, cli); err != nil {
		t.Fatal(err)
	}
	if _, err := w.pg.Facilities().UrgentFallback(ctx, atMakkah); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("cleared: %v, want ErrNotFound", err)
	}

	for _, tc := range []struct {
		name string
		code string
		f    dialogs.UrgentFallback
		want error
	}{
		{"unknown facility", "nowhere", ajyad, dialogs.ErrNotFound},
		{"letters for a phone", "makkah_ajyad", dialogs.UrgentFallback{Phone: "call us"}, store.ErrInvalidUrgentFallback},
		{"too short a phone", "makkah_ajyad", dialogs.UrgentFallback{Phone: "93"}, store.ErrInvalidUrgentFallback},
		{"words too long", "makkah_ajyad", dialogs.UrgentFallback{Where: map[string]string{"ar": strings.Repeat("ع", 501)}}, store.ErrInvalidUrgentFallback},
	} {
		if err := w.pg.Facilities().SetUrgentFallback(ctx, tc.code, tc.f, cli); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	var audited int
	if err := w.pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log
		WHERE action = 'facility.urgent_fallback' AND actor_kind = 'system' AND actor_id = 'cli'`).Scan(&audited); err != nil || audited != 3 {
		t.Errorf("audited changes = %d, %v; want the 3 made", audited, err)
	}
}

// TestUrgentFallbackOneFacility: in a deployment of one facility, a pool
// case takes that facility's fallback.
func TestUrgentFallbackOneFacility(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	cases := pg.Cases(storetest.NewRedis(t))
	if _, err := pg.Pool().Exec(ctx, `INSERT INTO facilities (code, names, city) VALUES ('only', jsonb_build_object('ar', 'ع'::text, 'en', 'C'::text), 'makkah')`); err != nil {
		t.Fatal(err)
	}
	want := dialogs.UrgentFallback{Phone: "+966125550199", Where: map[string]string{}}
	if err := pg.Facilities().SetUrgentFallback(ctx, "only", want, cli); err != nil {
		t.Fatal(err)
	}
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "w1"}, "w1")
	if err != nil {
		t.Fatal(err)
	}
	id, err := cases.OpenCase(ctx, dialogs.Case{PatientID: p.ID, Source: "web:w1/1", Lang: "en", Complaint: "words",
		Urgency: "urgent", Specialty: "general_practice", Queue: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := pg.Facilities().UrgentFallback(ctx, id); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("pool case, one facility: %+v, %v; want %+v", got, err, want)
	}
}
