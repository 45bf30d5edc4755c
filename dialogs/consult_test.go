package dialogs

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/triage"
)

// TestConsultWalk walks a quick consult in each language: the queue with
// its estimated wait, words, a photo and a location added while waiting,
// a wait update, the claim with the video link, messages both ways, the
// closing with a follow-up and the rating. The transcript is a golden file.
func TestConsultWalk(t *testing.T) {
	cases := []struct{ name, lang string }{{"arabic", "ar"}, {"english", "en"}}
	for _, l := range locales.All()[2:] { // and every other language, by its code
		cases = append(cases, struct{ name, lang string }{l.Code, l.Code})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, m := newConsultEngine(t)
			tt := func(id string, data map[string]any) string { return e.Text.Text(tc.lang, id, data) }
			c, id := queued(t, e, tc.lang)
			decision := c.last[len(c.last)-1]
			if !strings.Contains(decision.Text, waitLine(e, tc.lang, WaitFigures{Position: 1, Online: 2, Busy: 2, Typical: 10 * time.Minute})) ||
				!slices.Contains(labels(decision), tt("consult_leave_button", nil)) {
				t.Errorf("queued reply %q %q lacks the estimated wait or the way out", decision.Text, labels(decision))
			}
			if len(m.told) != 1 || m.told[0].Position != 1 {
				t.Errorf("figures told = %+v, want the one estimate given", m.told)
			}

			words := langWords[tc.lang].note
			got := c.send(words)
			if len(got) != 1 || !strings.HasPrefix(got[0].Text, tt("consult_note_added", nil)) {
				t.Errorf("words added while waiting got %q", replyTexts(got))
			}
			c.input(Input{}, "a photo")
			c.input(Input{Location: &Location{Latitude: 21.4225, Longitude: 39.8262}}, "a location")
			notes := m.allNotes()
			if len(notes) != 3 || notes[0].Kind != NoteText || notes[0].Text != words ||
				notes[1].Kind != NoteMedia || notes[2].Kind != NoteLocation || notes[2].Location.Latitude != 21.4225 {
				t.Fatalf("notes = %+v, want the words verbatim, the photo and the location", notes)
			}

			// The queue moves: the patient hears it, with buttons that work.
			update := c.event(ConsultEvent{CaseID: id, Kind: ConsultWait, Wait: WaitFigures{Position: 1, Online: 3, Busy: 1}})
			if len(update) != 1 || !strings.HasPrefix(update[0].Text, tt("consult_wait_update", nil)) ||
				!strings.Contains(update[0].Text, tt("consult_wait_soon", nil)) {
				t.Errorf("wait update = %q", replyTexts(update))
			}
			if got := c.tapAction("t:pos"); len(got) != 1 || strings.Contains(got[0].Text, tt("dialogs_stale_button", nil)) {
				t.Errorf("place button of the update: %q", replyTexts(got))
			}

			m.claim(id, drKhalid)
			link := "https://meet.example.org/abcdefghijklmnopqrstuvwxyz?jwt=patient"
			claimed := c.event(ConsultEvent{CaseID: id, Kind: ConsultClaimed, Clinician: drKhalid, Link: link})
			doctor := drKhalid.Name(tc.lang)
			if len(claimed) != 1 || claimed[0].Text != tt("consult_claimed", map[string]any{"Doctor": doctor}) ||
				len(claimed[0].Buttons) != 1 || claimed[0].Buttons[0][0].URL != link {
				t.Errorf("claim = %+v, want the doctor's name and the join link", claimed)
			}
			if _, state := c.triageState(); state != trClaimed {
				t.Errorf("state after the claim = %s", state)
			}

			msg := langWords[tc.lang].doctor
			fromDoc := c.event(ConsultEvent{CaseID: id, Kind: ConsultMessage, Clinician: drKhalid, Text: msg})
			if len(fromDoc) != 1 || fromDoc[0].Text != tt("consult_from_doctor", map[string]any{"Doctor": doctor, "Text": msg}) {
				t.Errorf("clinician's message = %q", replyTexts(fromDoc))
			}
			reply := langWords[tc.lang].reply
			sent := c.send(reply)
			if len(sent) != 1 || sent[0].Text != tt("consult_sent", map[string]any{"Doctor": doctor}) {
				t.Errorf("patient's reply got %q", replyTexts(sent))
			}
			if notes := m.allNotes(); notes[len(notes)-1].Text != reply {
				t.Errorf("patient's reply not in the thread: %+v", notes[len(notes)-1])
			}

			m.close(id, DispositionFollowUp)
			at := time.Date(2026, 5, 3, 7, 30, 0, 0, time.UTC) // Sunday 10:30 in Makkah
			closed := c.event(ConsultEvent{CaseID: id, Kind: ConsultClosed, Clinician: drKhalid,
				Disposition: DispositionFollowUp, FollowUp: &Appointment{Start: at}})
			if len(closed) != 2 || !strings.HasPrefix(closed[0].Text, tt("consult_closed", map[string]any{"Doctor": doctor})) ||
				len(closed[1].Buttons) != 2 || len(closed[1].Buttons[0]) != 5 {
				t.Fatalf("closing = %q, want the outcome, then five rating buttons", replyTexts(closed))
			}
			thanks := c.tap(tt("consult_rate_button", map[string]any{"Stars": numerals.In(tc.lang, "4")}))
			if m.ratings[id] != 4 || thanks[0].Text != tt("consult_rate_thanks", nil) {
				t.Errorf("rating %d, reply %q; want 4 and thanks", m.ratings[id], replyTexts(thanks))
			}
			if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
				t.Errorf("after rating: %s/%s, want the menu", s.Flow, s.State)
			}
			c.golden("consult_walk_" + tc.name)
		})
	}
}

func TestConsultLeaveQueue(t *testing.T) {
	e, m := newConsultEngine(t)
	c, id := queued(t, e, "en")
	c.tapAction("t:lv")
	if _, state := c.triageState(); state != trLeaving {
		t.Fatalf("after “leave”: %s, want the question", state)
	}
	if got := c.tap("No, keep my place"); !strings.HasPrefix(got[0].Text, e.Text.Text("en", "consult_stay", nil)) {
		t.Errorf("staying got %q", replyTexts(got))
	}
	if _, state := c.triageState(); state != trQueued || m.status(id) != CaseWaiting {
		t.Errorf("after staying: %s, case %s", state, m.status(id))
	}
	c.tapAction("t:lv")
	got := c.tap("Yes, leave the queue")
	if got[0].Text != e.Text.Text("en", "consult_left", nil) || m.status(id) != CaseLeft {
		t.Errorf("leaving got %q, case %s; want it left", replyTexts(got), m.status(id))
	}
	if s := c.session(); s.State != stMenu {
		t.Errorf("after leaving: %s, want the menu", s.State)
	}
}

// TestConsultRaces: the store moved on before the conversation heard (a
// claim not yet delivered); the patient's next input finds out.
func TestConsultRaces(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(c *chat, claim func()) []Reply
	}{
		{"leave after the claim", func(c *chat, claim func()) []Reply { claim(); return c.tapAction("t:lv") }},
		{"claim while asked to confirm leaving", func(c *chat, claim func()) []Reply {
			c.tapAction("t:lv")
			claim()
			return c.tap("Yes, leave the queue")
		}},
		{"place after the claim", func(c *chat, claim func()) []Reply { claim(); return c.tapAction("t:pos") }},
		{"words after the claim", func(c *chat, claim func()) []Reply { claim(); return c.send("are you there?") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, m := newConsultEngine(t)
			c, id := queued(t, e, "en")
			got := tc.act(c, func() { m.claim(id, drKhalid) })
			if got[0].Text != e.Text.Text("en", "consult_claimed_no_link", map[string]any{"Doctor": drKhalid.Names["en"]}) {
				t.Errorf("got %q, want to hear who took the case", replyTexts(got))
			}
			if _, state := c.triageState(); state != trClaimed || m.status(id) != CaseClaimed {
				t.Errorf("state %s, case %s; want in consult", state, m.status(id))
			}
		})
	}
}

// TestConsultEvents: events reach a conversation wherever it is, except a
// wait update, which speaks only to a patient still waiting; an event
// handled twice in a row says the same and saves once.
func TestConsultEvents(t *testing.T) {
	e, m := newConsultEngine(t)
	ss := e.Sessions.(*memSessions)
	c, id := queued(t, e, "ar")
	c.send("/menu")
	before := ss.saveCount()
	if got := c.event(ConsultEvent{CaseID: id, Kind: ConsultWait, Wait: WaitFigures{Position: 1}}); len(got) != 0 || ss.saveCount() != before {
		t.Errorf("a wait update to a patient at the menu said %q (saves %d → %d)", replyTexts(got), before, ss.saveCount())
	}
	m.claim(id, drKhalid)
	ev := ConsultEvent{ID: "case:1:message:9", CaseID: id, Kind: ConsultMessage, Clinician: drKhalid, Text: "مرحبًا"}
	first := c.event(ev)
	if len(first) != 1 || !strings.Contains(first[0].Text, "د. خالد العتيبي") || !strings.Contains(first[0].Text, "مرحبًا") {
		t.Errorf("message to a patient at the menu = %q", replyTexts(first))
	}
	if _, state := c.triageState(); state != trClaimed {
		t.Errorf("state %s, want the consult", state)
	}
	saves := ss.saveCount()
	again := c.event(ev)
	if !slices.EqualFunc(first, again, func(a, b Reply) bool { return a.Text == b.Text }) || ss.saveCount() != saves {
		t.Errorf("the same event again said %q and saved %d times", replyTexts(again), ss.saveCount()-saves)
	}

	// A conversation whose session was lost still hears the closing, with
	// buttons that work.
	if err := ss.Delete(t.Context(), c.key); err != nil {
		t.Fatal(err)
	}
	m.close(id, DispositionAdvice)
	closed := c.event(ConsultEvent{CaseID: id, Kind: ConsultClosed, Clinician: drKhalid, Disposition: DispositionAdvice})
	if len(closed) != 2 || !strings.Contains(closed[0].Text, e.Text.Text("ar", "consult_disposition_advice", map[string]any{"Emergency": "٩٩٧"})) {
		t.Fatalf("closing after a lost session = %q", replyTexts(closed))
	}
	c.send("٥")
	if m.ratings[id] != 5 {
		t.Errorf("typed rating kept %d, want 5", m.ratings[id])
	}
}

// TestConsultEscalation: words added while waiting that make the case an
// emergency give the emergency advice first and a new case at the top of
// the queue, which takes the old one's place.
func TestConsultEscalation(t *testing.T) {
	e, m := newConsultEngine(t)
	c, id := queued(t, e, "en")
	got := c.send("now I have crushing chest pain and I am sweating")
	checkEmergencyFirst(t, e, "en", got)
	d, state := c.triageState()
	if state != trEmergency || d.Case == id || m.status(id) != CaseLeft || m.status(d.Case) != CaseWaiting {
		t.Errorf("state %s, case %d (old %d: %s); want a new waiting emergency case replacing the old", state, d.Case, id, m.status(id))
	}
	if u := triage.Urgency(d.Urgency); u != triage.Emergency {
		t.Errorf("urgency %s", u)
	}
}

func TestWaitEstimate(t *testing.T) {
	typ := 10 * time.Minute
	for _, tc := range []struct {
		name   string
		f      WaitFigures
		want   time.Duration
		ok     bool
		bucket int
	}{
		{"nobody online", WaitFigures{Position: 1}, 0, false, waitUnknown},
		{"a free clinician", WaitFigures{Position: 1, Online: 1, Typical: typ}, 0, true, waitSoon},
		{"next, one busy clinician", WaitFigures{Position: 1, Online: 1, Busy: 1, Typical: typ}, 5 * time.Minute, true, 5},
		{"third, two busy", WaitFigures{Position: 3, Online: 2, Busy: 2, Typical: typ}, 12*time.Minute + 30*time.Second, true, 15},
		{"no history: the default length", WaitFigures{Position: 2, Online: 1, Busy: 1}, 15 * time.Minute, true, 15},
		{"long queue", WaitFigures{Position: 20, Online: 1, Busy: 1, Typical: typ}, 195 * time.Minute, true, waitLong},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.f.Estimate()
			if got != tc.want || ok != tc.ok || tc.f.waitBucket() != tc.bucket {
				t.Errorf("Estimate() = %v, %v (bucket %d); want %v, %v (%d)", got, ok, tc.f.waitBucket(), tc.want, tc.ok, tc.bucket)
			}
		})
	}
	for _, tc := range []struct {
		name     string
		old, new WaitFigures
		want     bool
	}{
		{"same", WaitFigures{Position: 3, Online: 2, Busy: 2}, WaitFigures{Position: 3, Online: 2, Busy: 2}, false},
		{"became next", WaitFigures{Position: 2, Online: 4}, WaitFigures{Position: 1, Online: 4}, true},
		{"a doctor came online", WaitFigures{Position: 2}, WaitFigures{Position: 2, Online: 1}, true},
		{"15 to 10 minutes", WaitFigures{Position: 3, Online: 2, Busy: 2, Typical: typ}, WaitFigures{Position: 2, Online: 2, Busy: 2, Typical: typ}, true},
		{"40 to 45 minutes is not worth a message", WaitFigures{Position: 9, Online: 1, Busy: 1, Typical: 5 * time.Minute},
			WaitFigures{Position: 10, Online: 1, Busy: 1, Typical: 5 * time.Minute}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.new.ChangedFrom(tc.old); got != tc.want {
				t.Errorf("ChangedFrom = %v, want %v (buckets %d → %d)", got, tc.want, tc.old.waitBucket(), tc.new.waitBucket())
			}
		})
	}
}

// TestConsultAcknowledgesOncePerBurst: lines typed to the clinician in a
// burst are all kept, and acknowledged once, without the video button;
// a line after a pause is acknowledged again.
func TestConsultAcknowledgesOncePerBurst(t *testing.T) {
	e, m := newConsultEngine(t)
	now := time.Date(2026, 5, 3, 7, 0, 0, 0, time.UTC)
	e.Now = func() time.Time { return now }
	c, id := queued(t, e, "en")
	m.claim(id, drKhalid)
	c.event(ConsultEvent{CaseID: id, Kind: ConsultClaimed, Clinician: drKhalid, Link: "https://meet.example.org/x"})
	var acks int
	for i := range 5 {
		got := c.send(fmt.Sprintf("line %d", i+1))
		for _, r := range got {
			if len(r.Buttons) > 0 {
				t.Errorf("acknowledgement %q carries buttons", r.Text)
			}
		}
		acks += len(got)
		now = now.Add(400 * time.Millisecond)
	}
	if acks != 1 {
		t.Errorf("%d acknowledgements for a burst of 5 lines, want 1", acks)
	}
	notes := m.allNotes()
	if len(notes) < 5 || notes[len(notes)-1].Text != "line 5" {
		t.Errorf("thread ends %+v, want all five lines", notes[max(0, len(notes)-5):])
	}
	now = now.Add(ackQuiet)
	if got := c.send("after a pause"); len(got) != 1 {
		t.Errorf("a line after a pause got %d replies, want the acknowledgement", len(got))
	}
}
