package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// Places in the demo network's cities, as a patient's phone shares them.
var (
	atMisfalah = dialogs.Location{Latitude: 21.4101, Longitude: 39.8240} // Makkah, south of the Haram
	atQuba     = dialogs.Location{Latitude: 24.4410, Longitude: 39.6200} // Madinah
	atBalad    = dialogs.Location{Latitude: 21.4858, Longitude: 39.1925} // Jeddah's old town
)

// TestCaseGoesToTheNearestFacilityOfferingItsSpecialty: a patient with no
// facility link is routed from where they are (a shared location or a
// typed area) to the nearest facility where an active clinician offers
// the case's specialty; a facility they chose, or came through, wins; a
// patient who said nothing goes to the pool.
func TestCaseGoesToTheNearestFacilityOfferingItsSpecialty(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	mustSeed(t, pg)
	ps, cases := pg.Patients(), pg.Cases(storetest.NewRedis(t))
	facility := map[string]int64{}
	rows, _ := pg.Pool().Query(ctx, `SELECT code, id FROM facilities`)
	for rows.Next() {
		var code string
		var id int64
		if err := rows.Scan(&code, &id); err != nil {
			t.Fatal(err)
		}
		facility[code] = id
	}
	if rows.Err() != nil || len(facility) != 3 {
		t.Fatalf("facilities %v: %v", facility, rows.Err())
	}

	for i, tc := range []struct {
		name      string
		place     func(id int64) error
		specialty string
		want      string // facility code, "" the pool
	}{
		{"in Makkah, general practice: Makkah", func(id int64) error { return ps.SetPlace(ctx, id, atMisfalah) }, "general_practice", "makkah_ajyad"},
		{"in Makkah, children: Madinah, the one offering it", func(id int64) error { return ps.SetPlace(ctx, id, atMisfalah) }, "pediatrics", "madinah_quba"},
		{"in Makkah, women's health: Jeddah", func(id int64) error { return ps.SetPlace(ctx, id, atMisfalah) }, "obstetrics_gynecology", "jeddah_corniche"},
		{"in Jeddah, general practice: Makkah (Jeddah offers none)", func(id int64) error { return ps.SetPlace(ctx, id, atBalad) }, "general_practice", "makkah_ajyad"},
		{"in Madinah, a specialty nobody offers: the nearest", func(id int64) error { return ps.SetPlace(ctx, id, atQuba) }, "cardiology", "madinah_quba"},
		{"typed «فندق في العزيزية»: Makkah", func(id int64) error { return ps.PlaceNamed(ctx, id, "فندق في العزيزية") }, "general_practice", "makkah_ajyad"},
		{"typed “near Quba mosque”: Madinah", func(id int64) error { return ps.PlaceNamed(ctx, id, "near QUBA mosque") }, "general_practice", "madinah_quba"},
		{"chose Jeddah from the list, in Makkah", func(id int64) error {
			if err := ps.SetPlace(ctx, id, atMisfalah); err != nil {
				return err
			}
			return ps.SetFacility(ctx, id, "jeddah_corniche")
		}, "general_practice", "jeddah_corniche"},
		{"skipped: the pool", func(id int64) error { return ps.SkipPlace(ctx, id) }, "general_practice", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: fmt.Sprint(1000 + i)}
			p, err := ps.EnsurePatient(ctx, key, key.ID)
			if err != nil {
				t.Fatal(err)
			}
			if p.Placed {
				t.Fatal("a new patient is placed")
			}
			if err := tc.place(p.ID); err != nil {
				t.Fatal(err)
			}
			if p, err = ps.EnsurePatient(ctx, key, key.ID); err != nil || !p.Placed {
				t.Fatalf("after the answer: %+v, %v; want placed", p, err)
			}
			id, err := cases.OpenCase(ctx, dialogs.Case{PatientID: p.ID, Source: key.String() + "/1", Lang: "en",
				Complaint: "words", Urgency: "routine", Specialty: tc.specialty})
			if err != nil {
				t.Fatal(err)
			}
			var got *int64
			if err := pg.Pool().QueryRow(ctx, `SELECT facility_id FROM cases WHERE id = $1`, id).Scan(&got); err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("case at facility %d, want the pool", *got)
			case tc.want != "" && (got == nil || *got != facility[tc.want]):
				t.Errorf("case at facility %v, want %s (%d)", got, tc.want, facility[tc.want])
			}
		})
	}

	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "2000"}
	p, err := ps.EnsurePatient(ctx, key, key.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := ps.PlaceNamed(ctx, p.ID, "Atlantis"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("an area no facility lists: %v, want ErrNotFound", err)
	}
	if err := ps.SetPlace(ctx, p.ID, dialogs.Location{Latitude: 21.418634, Longitude: 39.826178}); err != nil {
		t.Fatal(err)
	}
	var lat, lon float64
	if err := pg.Pool().QueryRow(ctx, `SELECT place_latitude, place_longitude FROM patients WHERE id = $1`, p.ID).Scan(&lat, &lon); err != nil {
		t.Fatal(err)
	}
	if lat != 21.42 || lon != 39.83 {
		t.Errorf("place kept as %v, %v; want it rounded to about a kilometre (21.42, 39.83)", lat, lon)
	}
	choices, err := ps.Choices(ctx, 0, 2)
	if err != nil || len(choices) != 2 || choices[0].Code != "makkah_ajyad" || choices[0].Names["ar"] == "" {
		t.Errorf("Choices(2) = %+v, %v", choices, err)
	}
}

// TestVisitorKeptAndShown: whether a patient is a pilgrim is kept on them,
// and the queue shows the case's answer, else the patient's, else nothing
// (never "resident" by default).
func TestVisitorKeptAndShown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	ps := w.pg.Patients()
	khalid := w.scope(t, "dr.khalid")
	open := func(source string, facts map[string]string) int64 {
		id, err := w.cases.OpenCase(ctx, dialogs.Case{PatientID: w.patient, Source: source, Lang: "en", Complaint: "words",
			Urgency: "urgent", Specialty: "general_practice", Queue: true, Facts: facts})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	visitor := func(id int64) string {
		list, err := w.cases.Waiting(ctx, khalid, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range list.Cases {
			if c.ID == id {
				return c.Visitor
			}
		}
		t.Fatalf("case %d not in the queue", id)
		return ""
	}
	unsaid := open("tg:77/unsaid", nil)
	if got := visitor(unsaid); got != "" {
		t.Errorf("a patient who said nothing shows as %q, want nothing", got)
	}
	if err := ps.SetVisitor(ctx, w.patient, dialogs.VisitorPilgrim); err != nil {
		t.Fatal(err)
	}
	if got := visitor(unsaid); got != "pilgrim" {
		t.Errorf("after the answer, the earlier case shows %q, want pilgrim", got)
	}
	if got := visitor(open("tg:77/resident", map[string]string{"pilgrim": "no"})); got != "resident" {
		t.Errorf("a case whose fact says resident shows %q", got)
	}
	p, err := ps.EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "77"}, "77")
	if err != nil || p.Visitor != dialogs.VisitorPilgrim {
		t.Errorf("patient = %+v, %v; want the answer kept", p, err)
	}
	if err := ps.SetVisitor(ctx, w.patient, "tourist"); err == nil {
		t.Error("a visitor kind the schema does not know was kept")
	}
}

// TestNetworkPoolOnlyWhereTaken: a case routed to no facility is seen by
// every facility while none takes the pool (so that it is never seen by
// nobody); once one does, by that facility's staff alone. Scope.Allows,
// which filters live events, agrees with the queue.
func TestNetworkPoolOnlyWhereTaken(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	pooled := w.open(t, "urgent", "general_practice", 0, 1, true)
	sees := func(username string) (queue, live bool) {
		s := w.scope(t, username)
		list, err := w.cases.Waiting(ctx, s, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		return slices.Contains(ids(list.Cases), pooled), s.Allows(0, "general_practice", "urgent")
	}
	for _, who := range []string{"dr.khalid", "dr.omar"} {
		if q, l := sees(who); !q || !l {
			t.Errorf("no facility takes the pool: %s sees the pool case in the queue %v, live %v; want both", who, q, l)
		}
	}
	if _, err := w.pg.Network().Import(ctx, parseNetwork(t, `
facilities:
  - code: makkah_ajyad
    name: {ar: عيادة مكة, en: Makkah clinic}
    city: makkah
    time_zone: Asia/Riyadh
    takes_pool: true
`), store.ImportOptions{}, importer); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		who  string
		want bool
	}{{"dr.khalid", true}, {"dr.omar", false}} {
		if q, l := sees(tc.who); q != tc.want || l != tc.want {
			t.Errorf("Makkah takes the pool: %s sees the pool case in the queue %v, live %v; want %v", tc.who, q, l, tc.want)
		}
	}
}
