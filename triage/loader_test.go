package triage

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// embeddedFiles returns the embedded rules as a map file system, so a test
// can break one file and keep the rest.
func embeddedFiles(t *testing.T) fstest.MapFS {
	t.Helper()
	sub, err := fs.Sub(embedded, "rules")
	if err != nil {
		t.Fatal(err)
	}
	out := fstest.MapFS{}
	names, _ := fs.Glob(sub, "*.toml")
	for _, n := range names {
		b, err := fs.ReadFile(sub, n)
		if err != nil {
			t.Fatal(err)
		}
		out[n] = &fstest.MapFile{Data: b}
	}
	return out
}

func TestLoadFSAcceptsEmbeddedRules(t *testing.T) {
	if _, err := LoadFS(embeddedFiles(t)); err != nil {
		t.Fatalf("LoadFS(embedded copy) = %v", err)
	}
}

// TestLoadFSRejectsMalformedFiles: a malformed rules file fails Load with an
// error naming the file and the rule or concept.
func TestLoadFSRejectsMalformedFiles(t *testing.T) {
	validRule := `
[[rule]]
id = "RF-TEST-01"
urgency = "emergency"
title = "t"
source = "s"
pathway = "general"
any = ["chest_pain"]
[rule.examples]
en = ["x"]
gulf = ["x"]
egyptian = ["x"]
levantine = ["x"]
maghrebi = ["x"]
negated = ["x"]
`
	for _, tc := range []struct {
		name string
		file string
		want []string // all must appear in the error
	}{
		{"toml syntax", "[[rule]\nid = ", []string{"zz_bad.toml"}},
		{"unknown key", strings.Replace(validRule, `title = "t"`, "title = \"t\"\nsevere = true", 1), []string{"zz_bad.toml", "unknown keys", "severe"}},
		{"unknown concept", strings.Replace(validRule, `any = ["chest_pain"]`, `any = ["chest_pian"]`, 1), []string{"zz_bad.toml", "RF-TEST-01", "chest_pian"}},
		{"bad id", strings.Replace(validRule, "RF-TEST-01", "RF-test-1", 1), []string{"zz_bad.toml", "RF-test-1"}},
		{"wrong urgency", strings.Replace(validRule, `urgency = "emergency"`, `urgency = "urgent"`, 1), []string{"RF-TEST-01", "urgency"}},
		{"no source", strings.Replace(validRule, `source = "s"`, `source = ""`, 1), []string{"RF-TEST-01", "source"}},
		{"missing dialect examples", strings.Replace(validRule, "maghrebi = [\"x\"]\n", "", 1), []string{"RF-TEST-01", "maghrebi"}},
		{"unknown pathway", strings.Replace(validRule, `pathway = "general"`, `pathway = "nowhere"`, 1), []string{"RF-TEST-01", "nowhere"}},
		{"duplicate rule", strings.Replace(validRule, "RF-TEST-01", "RF-CHEST-01", 1), []string{"RF-CHEST-01", "twice"}},
		{"concept cycle", "[[concept]]\nid = \"loop_a\"\nany_of = [\"loop_b\"]\n[[concept]]\nid = \"loop_b\"\nany_of = [\"loop_a\"]\n", []string{"cycle", "loop_a"}},
		{"empty term", "[[concept]]\nid = \"bad_term\"\nterms = [\"!!\"]\n", []string{"zz_bad.toml", "bad_term", "empty"}},
		{"bad complaint urgency", "[[complaint]]\nid = \"bad_c\"\ntriggers = [\"fever\"]\npathway = \"fever\"\nspecialty = \"general_practice\"\nurgency = \"emergency\"\n", []string{"bad_c", "emergency"}},
		{"bad specialty", "[[complaint]]\nid = \"bad_s\"\ntriggers = [\"fever\"]\npathway = \"fever\"\nspecialty = \"surgery\"\nurgency = \"routine\"\n", []string{"bad_s", "surgery"}},
		{"long option value", "[[question]]\nid = \"bad_q\"\nkind = \"choice\"\n[[question.options]]\nvalue = \"a_value_longer_than_sixteen\"\n[[question.options]]\nvalue = \"b\"\n", []string{"bad_q", "a_value_longer_than_sixteen"}},
		{"more for no concept", "[[more]]\nid = \"no_such_concept\"\nterms = [\"x\"]\n", []string{"zz_bad.toml", "no_such_concept", "does not exist"}},
		{"scope set twice", "[modifiers]\nscope = 3\n", []string{"zz_bad.toml", "set once"}},
		{"unknown question kind", "[[question]]\nid = \"bad_k\"\nkind = \"slider\"\n", []string{"bad_k", "slider"}},
		{"unknown unsure_check", "[[question]]\nid = \"bad_u\"\nkind = \"yes_no\"\nfindings = [\"fever\"]\nunsure_check = \"no_such_q\"\n", []string{"bad_u", "no_such_q"}},
		{"unsure_check that may not fit", "[[question]]\nid = \"bad_f\"\nkind = \"yes_no\"\nfindings = [\"fever\"]\nunsure_check = \"child_breathing\"\n", []string{"bad_f", "fit every patient"}},
		{"elsewhere of a built concept", "[[concept]]\nid = \"bad_e\"\nterms = [\"zzside\"]\nelsewhere = [\"severe_flank_pain\"]\n", []string{"bad_e", "severe_flank_pain"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := embeddedFiles(t)
			files["zz_bad.toml"] = &fstest.MapFile{Data: []byte(tc.file)}
			_, err := LoadFS(files)
			if err == nil {
				t.Fatal("LoadFS accepted a malformed file")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
	if _, err := LoadFS(fstest.MapFS{}); err == nil {
		t.Error("LoadFS accepted no files")
	}
}

// TestLanguageFileAddsWords: a language's own file adds terms to a concept
// and words to the modifiers, so a new language reads into the same
// findings, with its negation, without editing the shared files.
func TestLanguageFileAddsWords(t *testing.T) {
	e := withLanguageFile(t, `negation = ["zorp"]`)
	if d := e.Classify("blorf glim", Facts{}); !slices.Contains(d.Complaints, "chest_pain") {
		t.Errorf("the added term is not read: complaints %v", d.Complaints)
	}
	if d := e.Classify("zorp blorf glim", Facts{}); slices.Contains(d.Complaints, "chest_pain") {
		t.Errorf("the added negation does not negate: complaints %v", d.Complaints)
	}
}

// TestNegationAfter: a language that puts its negation after what it
// negates (Urdu "درد نہیں ہے") declares it in negation_after; it reaches
// back within its phrase and no further.
func TestNegationAfter(t *testing.T) {
	e := withLanguageFile(t, `negation_after = ["zorp"]`)
	if d := e.Classify("blorf glim zorp", Facts{}); slices.Contains(d.Complaints, "chest_pain") {
		t.Errorf("the negation after does not negate: complaints %v", d.Complaints)
	}
	if d := e.Classify("blorf glim, and zorp", Facts{}); !slices.Contains(d.Complaints, "chest_pain") {
		t.Errorf("the negation after reaches into the phrase before: complaints %v", d.Complaints)
	}
}

// withLanguageFile loads the embedded rules with a made-up language's file
// beside them: the given [modifiers] line, and "blorf glim" as chest pain.
func withLanguageFile(t *testing.T, modifier string) *Engine {
	t.Helper()
	files := embeddedFiles(t)
	files["aa_lang_xx.toml"] = &fstest.MapFile{Data: []byte("[modifiers]\n" + modifier +
		"\n\n[[more]]\nid = \"chest_pain\"\nterms = [\"blorf glim\"]\n")}
	e, err := LoadFS(files)
	if err != nil {
		t.Fatalf("LoadFS = %v", err)
	}
	return e
}
