package dialogs

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/frontdoor-health/frontdoor/triage"
)

// heldOutCase is one line of triage/testdata/conv_holdout*.jsonl: the
// first message and the truth about the patient.
type heldOutCase struct {
	ID       string          `json:"id"`
	Lang     string          `json:"lang"`
	Text     string          `json:"text"`
	Age      float64         `json:"age"`
	Sex      string          `json:"sex"`
	Findings map[string]bool `json:"findings"`
}

func (c heldOutCase) patient() triage.CasePatient {
	p := triage.CasePatient{AgeYears: int(c.Age), Sex: c.Sex, Findings: c.Findings, MissingIsNo: true}
	if c.Age < 1 {
		p.AgeMonths = int(c.Age*12 + 0.5)
	}
	return p
}

func readHeldOut(t *testing.T, path string) []heldOutCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []heldOutCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c heldOutCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases = append(cases, c)
	}
	return cases
}

// TestTheChatPlaysAsSimulated: the conversation a patient has in the chat
// — the words typed after "Talk to a doctor now", each question answered
// by its button — asks the same questions in the same order and ends in
// the same decision as triage.Walk, which "frontdoor triage simulate" and
// every held-out figure in docs/TRIAGE.md are measured with. Played for
// the sealed sets, written blind, in both languages. The one difference
// by design: words that tell of no problem at all (triage.Unread) are
// shown the topics first, where simulate goes on to the general
// questions; a choice with no "not sure" button is answered by typing it.
func TestTheChatPlaysAsSimulated(t *testing.T) {
	if raceEnabled {
		t.Skip("run without the race detector by scripts/test (see raceEnabled)")
	}
	rules := mustRules(t)
	sets := []string{"conv_holdout32.jsonl", "conv_holdout37.jsonl", "conv_holdout43.jsonl"}
	if testing.Short() {
		sets = sets[2:]
	}
	for _, set := range sets {
		for _, hc := range readHeldOut(t, filepath.Join("..", "triage", "testdata", set)) {
			t.Run(hc.ID, func(t *testing.T) {
				p := hc.patient()
				want := rules.Walk(hc.Text, triage.Facts{Lang: hc.Lang}, "", p.Answer)
				e, _ := newTriageEngine(t)
				c := atTriage(t, e, hc.Lang)
				c.send(hc.Text)
				if _, state := c.triageState(); state == trProblem {
					// words that tell of no problem at all: the topics, as
					// Unread says, where simulate asks the general questions
					if !rules.Unread(hc.Text, triage.Facts{Lang: hc.Lang}) {
						t.Errorf("the topics were offered for words triage reads:\n%s", c.log.String())
					}
					return
				}
				var asked []string
				for range 25 {
					d, state := c.triageState()
					if state != trQuestion {
						break
					}
					q, ok := rules.Question(d.Q)
					if !ok {
						t.Fatalf("asking unknown question %q", d.Q)
					}
					asked = append(asked, q.ID)
					v := p.Answer(q)
					if v == triage.Unsure && !hasUnsure(q) {
						// no button: typed, as the question's hint invites
						c.send(dontKnow[hc.Lang])
						continue
					}
					c.tapAction("t:a:" + v)
				}
				d, state := c.triageState()
				if d.Urgency != string(want.Decision.Urgency) || !slices.Equal(asked, want.Asked) {
					t.Errorf("chat: %s (%s) after %v\nsimulate: %s after %v\n%s", d.Urgency, state, asked, want.Decision.Urgency, want.Asked, c.log.String())
				}
			})
		}
	}
}

// dontKnow is "I don't know" as a patient types it.
var dontKnow = map[string]string{"en": "I don't know", "ar": "ما اعرف"}

func hasUnsure(q triage.Question) bool {
	if q.Kind == triage.KindYesNo {
		return true
	}
	for _, o := range q.Options {
		if o.Value == triage.Unsure {
			return true
		}
	}
	return false
}
