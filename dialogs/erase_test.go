package dialogs

import (
	"slices"
	"strconv"
	"testing"
)

// eraseChat returns an English chat at the menu on an engine whose
// patient store can erase.
func eraseChat(t *testing.T) (*chat, *memPatients) {
	t.Helper()
	ps := newMemPatients()
	e := engineOn(t, newMemSessions(), ps)
	c := newChat(t, e, "en")
	c.send("/start")
	c.tap("English")
	c.tap("I agree")
	return c, ps
}

// askErase sends /deletemydata.
func askErase(t *testing.T, c *chat) []Reply {
	t.Helper()
	return c.send("/deletemydata")
}

func TestEraseConfirmed(t *testing.T) {
	c, ps := eraseChat(t)
	patient := c.session().PatientID
	ask := askErase(t, c)
	if got := labels(ask[len(ask)-1]); !slices.Equal(got, []string{"Yes, delete my data", "No, keep my data"}) {
		t.Fatalf("confirmation buttons %v", got)
	}
	yes := c.data("Yes, delete my data")
	got := replyTexts(c.press(yes))
	pressID := strconv.Itoa(c.n)
	if len(got) < 2 || got[0] != c.e.Text.Text("en", "erase_done", nil) {
		t.Fatalf("after yes: %q, want the erasure confirmed first", got)
	}
	if ids := ps.erasedIDs(); !slices.Equal(ids, []int64{patient}) {
		t.Errorf("erased %v, want [%d]", ids, patient)
	}
	if forgot := c.e.Sessions.(*memSessions).forgotten(); len(forgot) != 1 || forgot[0] != c.key {
		t.Errorf("conversations forgotten %v, want this one", forgot)
	}
	s := c.session()
	if s.PatientID != 0 || s.Lang != "" || s.Consented || len(s.Values) != 0 {
		t.Errorf("session after erasure %+v, want nothing of the patient", s)
	}

	// The same press delivered again (a redelivered update) and the old
	// button pressed again erase nothing more.
	c.input(Input{ID: pressID, Data: yes}, "yes again (redelivery)")
	c.press(yes)
	if ids := ps.erasedIDs(); len(ids) != 1 {
		t.Errorf("erased %d times, want once", len(ids))
	}

	// Writing again starts afresh, as a new patient.
	c.send("/start")
	if s := c.session(); s.PatientID == 0 || s.PatientID == patient {
		t.Errorf("after /start the conversation has patient %d, want a new one", s.PatientID)
	}
}

func TestEraseDeclined(t *testing.T) {
	c, ps := eraseChat(t)
	askErase(t, c)
	got := replyTexts(c.tap("No, keep my data"))
	if len(got) < 2 || got[0] != c.e.Text.Text("en", "erase_kept", nil) {
		t.Fatalf("after no: %q", got)
	}
	if len(ps.erasedIDs()) != 0 {
		t.Error("declining erased the patient")
	}
	if s := c.session(); s.Flow != homeFlow || s.State != stMenu || s.PatientID == 0 {
		t.Errorf("after no the session is %s/%s (patient %d), want the menu", s.Flow, s.State, s.PatientID)
	}
}

func TestEraseTypedTextAsksAgain(t *testing.T) {
	c, ps := eraseChat(t)
	askErase(t, c)
	got := c.send("yes please")
	if len(ps.erasedIDs()) != 0 || len(got) != 1 || len(labels(got[0])) != 2 {
		t.Errorf("typed words must not erase; got %q", replyTexts(got))
	}
}
