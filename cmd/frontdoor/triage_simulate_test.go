package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSimulateHeldOutConversations plays every conversation of the
// held-out conversation sets through "frontdoor triage simulate", strict
// and with -missing=no, as CI does on every run, and fails on any gold
// emergency the patient is not finally sent to the emergency number for,
// and on a set that asks too many questions (checkQuestionCounts). It logs
// the figures.
func TestSimulateHeldOutConversations(t *testing.T) {
	if raceEnabled {
		// scripts/test runs this test on its own without -race, beside
		// the triage package's plain run (see raceEnabled)
		t.Skip("pure computation: run without -race")
	}
	// Every held-out set, the newest included as soon as it is committed:
	// a set joins the regression tests the day its first run is recorded.
	names, err := filepath.Glob("../../triage/testdata/conv_holdout*.jsonl")
	if err != nil || len(names) == 0 {
		t.Fatalf("no held-out sets: %v", err)
	}
	// All the sets go through one simulate run per mode (each run loads
	// the rules, and a load cost more than a set's conversations); the
	// output is then split back into sets by case id, and each set is
	// checked and its figures logged on its own.
	var all strings.Builder
	sets := make([]string, len(names))
	raws := map[string]string{}
	setOf := map[string]string{}
	for i, path := range names {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sets[i] = filepath.Base(path)
		raws[sets[i]] = string(raw)
		for _, id := range caseIDs(t, string(raw)) {
			if prev, dup := setOf[id]; dup {
				t.Fatalf("case %s is in both %s and %s", id, prev, sets[i])
			}
			setOf[id] = sets[i]
		}
		all.WriteString(strings.TrimSpace(string(raw)) + "\n")
	}
	for _, mode := range [][]string{{"simulate"}, {"simulate", "-missing=no"}} {
		code, out, stderr := runTriageTest(t, all.String(), mode...)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", strings.Join(mode, " "), code, stderr)
		}
		outs := map[string]*strings.Builder{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct {
				ID string `json:"id"`
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%s: %q: %v", strings.Join(mode, " "), line, err)
			}
			set := setOf[r.ID]
			if outs[set] == nil {
				outs[set] = &strings.Builder{}
			}
			outs[set].WriteString(line + "\n")
		}
		for _, set := range sets {
			name := set + " " + strings.Join(mode, " ")
			if outs[set] == nil {
				t.Errorf("%s: no output", name)
				continue
			}
			checkQuestionCounts(t, name, outs[set].String())
			checkHeldOut(t, name, raws[set], outs[set].String())
		}
	}
}

// caseIDs lists the ids of a set's cases.
func caseIDs(t *testing.T, raw string) []string {
	t.Helper()
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	return ids
}

// checkHeldOut fails on a gold emergency of the set raw that one simulate
// run (out) did not end at the emergency number, and logs the figures.
func checkHeldOut(t *testing.T, name, raw, out string) {
	t.Helper()
	gold := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c struct {
			ID   string `json:"id"`
			Gold string `json:"gold_urgency"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		gold[c.ID] = c.Gold
	}
	var emergencies, caught, exact, over, non, asked int
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			ID        string   `json:"id"`
			Urgency   string   `json:"urgency"`
			Questions []string `json:"questions"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		want := gold[r.ID]
		asked += len(r.Questions)
		if r.Urgency == want {
			exact++
		}
		switch {
		case want == "emergency":
			emergencies++
			if r.Urgency == "emergency" {
				caught++
			} else {
				t.Errorf("%s %s: a gold emergency ended %s after %v", name, r.ID, r.Urgency, r.Questions)
			}
		default:
			non++
			if r.Urgency == "emergency" {
				over++
			}
		}
	}
	t.Logf("%s: emergencies caught %d/%d; exact urgency %d/%d; non-emergencies sent to emergency %d/%d; %d questions in all",
		name, caught, emergencies, exact, len(gold), over, non, asked)
	if len(gold) == 0 || emergencies == 0 {
		t.Fatalf("%s has no cases or no emergencies", name)
	}
}

// TestSimulateAndFindings: simulate answers from the findings and writes
// the questions asked; findings lists ids with both names.
func TestSimulateAndFindings(t *testing.T) {
	code, out, stderr := runTriageTest(t,
		`{"id":"c1","lang":"en","text":"my son has a fever and a headache","age":9,"sex":"m","findings":{"neck_stiffness":true}}`+"\n", "simulate")
	if code != exitOK {
		t.Fatalf("simulate exit %d: %s", code, stderr)
	}
	var r simulateResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if r.Urgency != "emergency" || len(r.Questions) == 0 || r.Findings["neck_stiffness"] == nil || !*r.Findings["neck_stiffness"] {
		t.Errorf("simulate = %s, want an emergency after questions, the stiff neck present", out)
	}
	code, out, _ = runTriageTest(t, "", "findings")
	if code != exitOK || !strings.Contains(out, `"id":"neck_stiffness"`) || !strings.Contains(out, `"ar":"تيبّس الرقبة"`) {
		t.Errorf("findings exit %d, output lacks the stiff neck in both languages:\n%.300s", code, out)
	}
	if code, _, _ := runTriageTest(t, "", "simulate", "-x"); code != exitConfig {
		t.Errorf("simulate -x exit %d, want %d", code, exitConfig)
	}
}
