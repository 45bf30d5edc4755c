package dialogs

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
)

// memPlaces is an in-memory Places over memPatients' ids with the store's
// contract: answers kept per patient, an area name found in the words, two
// facilities to choose from (as the demo network's first two).
type memPlaces struct {
	mu      sync.Mutex
	visitor map[int64]string
	place   map[int64]Location
	skipped map[int64]bool
	// extra are more facilities after the two demo ones (a long list).
	extra []FacilityChoice
}

func newMemPlaces() *memPlaces {
	return &memPlaces{visitor: map[int64]string{}, place: map[int64]Location{}, skipped: map[int64]bool{}}
}

func (m *memPlaces) SetVisitor(_ context.Context, id int64, v string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.visitor[id] = v
	return nil
}

func (m *memPlaces) SetPlace(_ context.Context, id int64, at Location) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.place[id] = at
	return nil
}

// PlaceNamed knows one area, Ajyad («أجياد»), at the Haram.
func (m *memPlaces) PlaceNamed(_ context.Context, id int64, words string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !strings.Contains(strings.ToLower(words), "ajyad") && !strings.Contains(words, "أجياد") {
		return fmt.Errorf("mem: place named: %w", ErrNotFound)
	}
	m.place[id] = Location{Latitude: 21.42, Longitude: 39.83}
	return nil
}

func (m *memPlaces) SkipPlace(_ context.Context, id int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.skipped[id] = true
	return nil
}

func (m *memPlaces) Choices(_ context.Context, offset, n int) ([]FacilityChoice, error) {
	all := []FacilityChoice{
		{Code: "makkah_ajyad", Names: locales.Names{"ar": "عيادة مكة – أجياد", "en": "Makkah Clinic – Ajyad"}},
		{Code: "madinah_quba", Names: locales.Names{"ar": "عيادة المدينة – قباء", "en": "Madinah Clinic – Quba"}},
	}
	all = append(all, m.extra...)
	if offset >= len(all) {
		return nil, nil
	}
	return all[offset:min(offset+n, len(all))], nil
}

// newPlaceEngine returns an Engine that asks the place questions, its
// cases, patients and places.
func newPlaceEngine(t *testing.T) (*Engine, *memCases, *memPatients, *memPlaces) {
	t.Helper()
	ps, pl := newMemPatients(), newMemPlaces()
	e, p := engineWith(t, newMemSessions(), ps, func(d *Deps) { d.Places = pl })
	return e, p.cases, ps, pl
}

// routineWords send a patient to booking, in each language walked.
var routineWords = map[string]string{
	"ar": "ابي اجدد وصفة دوا الضغط",
	"en": "I need a repeat prescription for my blood pressure pills",
}

// TestPlaceWalks: before the first decision that is not an emergency, a
// patient is asked once whether they are a pilgrim and where they are (a
// shared location, a typed area, a facility from the list or Skip, each a
// big button); the answers are kept, the case carries the pilgrim fact,
// and the reading goes on to the decision.
func TestPlaceWalks(t *testing.T) {
	for _, tc := range []struct {
		name, lang, visitor, fact string
		answer                    func(c *chat) []Reply
		placed                    func(t *testing.T, pl *memPlaces, ps *memPatients, id int64)
	}{
		{name: "arabic pilgrim shares a location", lang: "ar", visitor: VisitorPilgrim, fact: "yes",
			answer: func(c *chat) []Reply {
				return c.input(Input{Location: &Location{Latitude: 21.4225, Longitude: 39.8262}}, "a location")
			},
			placed: func(t *testing.T, pl *memPlaces, _ *memPatients, id int64) {
				if pl.place[id] != (Location{Latitude: 21.4225, Longitude: 39.8262}) {
					t.Errorf("place = %+v, want the shared location", pl.place[id])
				}
			}},
		{name: "english resident types an area after an unknown one", lang: "en", visitor: VisitorResident, fact: "no",
			answer: func(c *chat) []Reply {
				again := c.send("Atlantis Towers")
				if !strings.HasPrefix(again[0].Text, c.e.Text.Text("en", "place_not_found", nil)) {
					c.t.Errorf("an unknown place got %q, want it said first", again[0].Text)
				}
				return c.send("Hilton hotel in Ajyad")
			},
			placed: func(t *testing.T, pl *memPlaces, _ *memPatients, id int64) {
				if _, ok := pl.place[id]; !ok {
					t.Error("the typed area was not kept as the place")
				}
			}},
		{name: "english skips both", lang: "en", visitor: VisitorSkipped, fact: "",
			answer: func(c *chat) []Reply { return c.tapAction("t:skip") },
			placed: func(t *testing.T, pl *memPlaces, _ *memPatients, id int64) {
				if !pl.skipped[id] {
					t.Error("skipping the place was not kept")
				}
			}},
		{name: "arabic chooses a facility", lang: "ar", visitor: VisitorPilgrim, fact: "yes",
			answer: func(c *chat) []Reply { return c.tap("عيادة المدينة – قباء") },
			placed: func(t *testing.T, _ *memPlaces, ps *memPatients, id int64) {
				if ps.facility[id] != "madinah_quba" {
					t.Errorf("facility = %q, want the one chosen", ps.facility[id])
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, cases, ps, pl := newPlaceEngine(t)
			c := atTriage(t, e, tc.lang)
			c.send(routineWords[tc.lang])
			asked, _ := c.answerCalmly(mustRules(t))
			if _, state := c.triageState(); state != trVisitor {
				t.Fatalf("after the questions: state %s, want the pilgrim question", state)
			}
			if got := asked[len(asked)-1]; len(got.Buttons) != 3 || len(got.Buttons[0]) != 1 {
				t.Errorf("pilgrim question buttons = %q, want three big ones, one a row", labels(got))
			}
			if n, _ := cases.all(); len(n) != 0 {
				t.Fatal("a case was recorded before the questions")
			}
			if tc.visitor == VisitorSkipped {
				c.tapAction("t:v:" + VisitorSkipped)
			} else {
				c.tapAction("t:v:" + tc.visitor)
			}
			if _, state := c.triageState(); state != trPlace {
				t.Fatalf("after the pilgrim question: state %s, want the place question", state)
			}
			if ask := c.last[len(c.last)-1]; ask.AskLocation == nil || len(ask.Buttons) != 0 {
				t.Errorf("the place question's last reply = %+v, want the location offer alone", ask)
			}
			done := tc.answer(c)
			if _, state := c.triageState(); state != trRoutine {
				t.Fatalf("after the place: state %s, want the decision", state)
			}
			if !done[0].EndLocationAsk {
				t.Errorf("first reply after the place = %+v, want the location offer taken away", done[0])
			}
			id := c.session().PatientID
			tc.placed(t, pl, ps, id)
			if pl.visitor[id] != tc.visitor {
				t.Errorf("visitor = %q, want %q", pl.visitor[id], tc.visitor)
			}
			got, _ := cases.all()
			if len(got) != 1 || got[0].Facts["pilgrim"] != tc.fact {
				t.Fatalf("cases %+v, want one with pilgrim fact %q", got, tc.fact)
			}

			// Asked once: the next complaint goes straight to its decision.
			c.send("/menu")
			c.tapData(":o:m:doctor")
			c.send(routineWords[tc.lang])
			c.answerCalmly(mustRules(t))
			if _, state := c.triageState(); state != trRoutine {
				t.Errorf("second complaint: state %s, want the decision without asking again", state)
			}
			c.golden("place_" + strings.ReplaceAll(tc.name, " ", "_"))
		})
	}
}

// TestPlaceNeverDelaysAnEmergency: an emergency gets its advice and its
// place in the queue at once; the questions wait for a later complaint.
func TestPlaceNeverDelaysAnEmergency(t *testing.T) {
	e, cases, _, _ := newPlaceEngine(t)
	c := atTriage(t, e, "en")
	first := c.send("my father can't move his left arm")
	checkEmergencyFirst(t, e, "en", first)
	if _, state := c.triageState(); state != trEmergency {
		t.Errorf("state %s, want the emergency", state)
	}
	if got, _ := cases.all(); len(got) != 1 {
		t.Errorf("%d cases, want the emergency's at once", len(got))
	}
}

// TestPlaceAfterFacilityLink: a patient who came through a facility's
// link is asked whether they are a pilgrim, never where they are.
func TestPlaceAfterFacilityLink(t *testing.T) {
	e, _, _, _ := newPlaceEngine(t)
	c := newChat(t, e, "en")
	c.send("/start fac_makkah_ajyad")
	c.tapData(":o:lang:en")
	c.tapData(":o:agree")
	c.tapData(":o:m:doctor")
	c.send(routineWords["en"])
	c.answerCalmly(mustRules(t))
	c.tapAction("t:v:" + VisitorResident)
	if _, state := c.triageState(); state != trRoutine {
		t.Errorf("state %s, want the decision (the link says where the case goes)", state)
	}
}

// TestPlaceLongList: a network of many clinics lists them a page at a
// time (four, then "More clinics"), and after the last page the first
// again; a clinic of the first page is still chosen by its button.
func TestPlaceLongList(t *testing.T) {
	e, _, ps, pl := newPlaceEngine(t)
	for i := range 9 {
		code := fmt.Sprintf("unit_%d", i+1)
		pl.extra = append(pl.extra, FacilityChoice{Code: code,
			Names: locales.Names{"ar": fmt.Sprintf("الوحدة %d", i+1), "en": fmt.Sprintf("Unit %d", i+1)}})
	}
	c := atTriage(t, e, "en")
	c.send(routineWords["en"])
	c.answerCalmly(mustRules(t))
	c.tapAction("t:v:" + VisitorResident)
	page := func() []string {
		t.Helper()
		for _, r := range c.last {
			if len(r.Buttons) > 0 {
				return labels(r)
			}
		}
		return nil
	}
	want := [][]string{
		{"Makkah Clinic – Ajyad", "Madinah Clinic – Quba", "Unit 1", "Unit 2", "More clinics", "Skip"},
		{"Unit 3", "Unit 4", "Unit 5", "Unit 6", "More clinics", "Skip"},
		{"Unit 7", "Unit 8", "Unit 9", "More clinics", "Skip"},
		{"Makkah Clinic – Ajyad", "Madinah Clinic – Quba", "Unit 1", "Unit 2", "More clinics", "Skip"},
	}
	for i, w := range want {
		if i > 0 {
			c.tap("More clinics")
		}
		if got := page(); !slices.Equal(got, w) {
			t.Errorf("page %d = %q, want %q", i+1, got, w)
		}
		if _, state := c.triageState(); state != trPlace {
			t.Fatalf("page %d: state %s, want the place question", i+1, state)
		}
	}
	c.tap("Madinah Clinic – Quba")
	if id := c.session().PatientID; ps.facility[id] != "madinah_quba" {
		t.Errorf("facility = %q, want the one chosen after paging", ps.facility[id])
	}
}
