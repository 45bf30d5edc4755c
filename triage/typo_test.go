package triage

import (
	"slices"
	"testing"
)

// TestShortArabicSlips: an Arabic word too short to spell-correct is still
// read through two neighbouring letters swapped or a letter typed twice;
// a word one changed letter away is not (مراره, the gall bladder, is not
// حراره, a fever).
func TestShortArabicSlips(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, want string }{
		{"بنتي عمرها شهرين وعندها حرراه", "RF-CHILD-04"},
		{"ولدي عمره شهر وعنده حرااره", "RF-CHILD-04"},
	} {
		if d := e.Classify(c.text, Facts{AgeMonths: 2}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
	if d := e.Classify("بنتي عمرها شهرين وعندها مراره", Facts{AgeMonths: 2}); slices.Contains(d.RedFlags, "RF-CHILD-04") {
		t.Errorf("مراره read as a fever: %v", d.RedFlags)
	}
}
