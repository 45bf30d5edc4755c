package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func runTriageTest(t *testing.T, input string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runTriage(context.Background(), args, strings.NewReader(input), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestTriageClassify(t *testing.T) {
	for _, tc := range []struct {
		name       string
		input      string
		wantCode   int
		wantLines  []string // decoded output, compared as JSON
		wantStderr []string
	}{
		{
			name:      "arabic emergency",
			input:     `{"id":"c1","lang":"ar","text":"صدري يوجعني وعرقان","age":67,"sex":"m"}` + "\n",
			wantCode:  0,
			wantLines: []string{`{"id":"c1","urgency":"emergency","specialty":"emergency_medicine","red_flags":["RF-CHEST-01","RF-CHEST-04"],"needs_more":false}`},
		},
		{
			name:      "routine refill, optional fields absent",
			input:     `{"id":"c2","text":"I need a repeat prescription for my blood pressure tablets"}`,
			wantCode:  0,
			wantLines: []string{`{"id":"c2","urgency":"routine","specialty":"general_practice","red_flags":[],"needs_more":true}`},
		},
		{
			name:      "numeric id and extra fields kept out",
			input:     `{"id":7,"lang":"en","text":"mild sore throat since yesterday","expected_urgency":"self_care"}`,
			wantCode:  0,
			wantLines: []string{`{"id":7,"urgency":"self_care","specialty":"ent","red_flags":[],"needs_more":true}`},
		},
		{
			name: "malformed lines are reported and the rest go on",
			input: `{"id":"ok1","text":"my father can't move his left arm"}
{"id":"bad-json","text":
{"id":"no-text","lang":"en"}

{"id":"bad-age","text":"cough","age":-3}
{"id":"bad-lang","text":"cough","lang":"xx"}
not json at all
{"id":"ok2","text":"عندي زكام خفيف","lang":"ar"}
`,
			wantCode: 1,
			wantLines: []string{
				`{"id":"ok1","urgency":"emergency","specialty":"emergency_medicine","red_flags":["RF-STROKE-02"],"needs_more":false}`,
				`{"id":"ok2","urgency":"self_care","specialty":"general_practice","red_flags":[],"needs_more":true}`,
			},
			wantStderr: []string{`line 2`, `line 3 (id "no-text")`, `no "text"`, `line 5 (id "bad-age")`, `line 6 (id "bad-lang")`, `line 7:`},
		},
		{
			name:      "infant age in years fraction",
			input:     `{"id":"b","text":"my baby has a fever","age":0.1}`,
			wantCode:  0,
			wantLines: []string{`{"id":"b","urgency":"emergency","specialty":"emergency_medicine","red_flags":["RF-CHILD-04"],"needs_more":false}`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runTriageTest(t, tc.input, "classify")
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d; stderr %q", code, tc.wantCode, errOut)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if out == "" {
				lines = nil
			}
			if len(lines) != len(tc.wantLines) {
				t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(tc.wantLines), out)
			}
			for i, want := range tc.wantLines {
				if !jsonEqual(t, lines[i], want) {
					t.Errorf("line %d = %s\nwant      %s", i+1, lines[i], want)
				}
			}
			for _, w := range tc.wantStderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q does not mention %q", errOut, w)
				}
			}
		})
	}
}

func TestTriageLongLine(t *testing.T) {
	text := strings.Repeat("my knee aches a little. ", 20000) + "now I can't breathe"
	line, _ := json.Marshal(map[string]string{"id": "long", "text": text})
	code, out, errOut := runTriageTest(t, string(line)+"\n", "classify")
	if code != 0 || !strings.Contains(out, `"id":"long"`) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestTriageUsage(t *testing.T) {
	if code, out, _ := runTriageTest(t, "", "help"); code != 0 || !strings.Contains(out, "frontdoor triage classify") {
		t.Errorf("help: exit %d, %q", code, out)
	}
	for _, args := range [][]string{nil, {"sort"}, {"classify", "file.jsonl"}} {
		if code, _, errOut := runTriageTest(t, "", args...); code != exitConfig || errOut == "" {
			t.Errorf("args %q: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// TestTriageEvalSet runs the whole evaluation set through the command: one
// output line per case, every line parsed.
func TestTriageEvalSet(t *testing.T) {
	raw, err := os.ReadFile("../../triage/testdata/eval.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runTriageTest(t, string(raw), "classify")
	want := strings.Count(strings.TrimSpace(string(raw)), "\n") + 1
	if got := strings.Count(strings.TrimSpace(out), "\n") + 1; code != 0 || got != want {
		t.Errorf("exit %d, %d lines for %d cases; stderr %q", code, got, want, errOut)
	}
}

func jsonEqual(t *testing.T, a, b string) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal([]byte(a), &x); err != nil {
		t.Errorf("output is not JSON: %s", a)
		return false
	}
	if err := json.Unmarshal([]byte(b), &y); err != nil {
		t.Fatalf("want is not JSON: %s", b)
	}
	xb, _ := json.Marshal(x)
	yb, _ := json.Marshal(y)
	return bytes.Equal(xb, yb)
}
