package triage

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"صدري يوجعني وعرقان", "my father can't move his left arm", "ما فيني حرارة", "مافي دم", "no fever, chest pain",
	"واااجع مرررره!!!", "BP 190/115", "حرارته ٣٨٫٥", "ﻻ", "\u200f\u200e", "للـinsulin", "38.5c 102f 1,5", "a/b/c",
	"ماعنديش", "وما", "....", "\xff\xfe", "😢😢", "I'm 30 weeks pregnant", "عمره سنتين", "ma9dertch ntnfs",
}

// FuzzNormalize: Normalize never panics, returns valid UTF-8, and is
// idempotent.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, n, again)
		}
	})
}

// FuzzClassify: Classify never panics and always gives a valid urgency and
// specialty, the same each time.
func FuzzClassify(f *testing.F) {
	e, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, age int) {
		facts := Facts{AgeYears: age % 130}
		d := e.Classify(s, facts)
		if !d.Urgency.Valid() || !validSpecialty(d.Specialty) {
			t.Fatalf("Classify(%q) = %q/%q", s, d.Urgency, d.Specialty)
		}
		if d2 := e.Classify(s, facts); d2.Urgency != d.Urgency || d2.Specialty != d.Specialty {
			t.Fatalf("Classify(%q) not deterministic", s)
		}
	})
}

// TestLongMessage: a 5,000-character message is classified (red flag at the
// start found, and one buried at the end of a long benign message too).
func TestLongMessage(t *testing.T) {
	e := mustLoad(t)
	filler := strings.Repeat("I have been feeling a bit tired and my knee aches sometimes. ", 100)
	msgs := []string{
		"crushing chest pain and sweating. " + filler,
		filler[:4900] + " now I can't breathe",
		strings.Repeat("وجع ", 1250),
		strings.Repeat("ا", 5000),
	}
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m); n < 4900 {
			t.Fatalf("message %d has %d characters", i, n)
		}
		d := e.Classify(m, Facts{})
		if !d.Urgency.Valid() {
			t.Errorf("message %d: urgency %q", i, d.Urgency)
		}
		if i < 2 && d.Urgency != Emergency {
			t.Errorf("message %d: %s, want emergency", i, d.Urgency)
		}
	}
}
