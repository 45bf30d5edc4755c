package triage

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestArabicForms(t *testing.T) {
	for _, tc := range []struct {
		name     string
		pat      wordPat
		want     []string
		wantNone []string
	}{
		{"verb person and aspect", wordPat{text: "تنفس", verb: true},
			[]string{"تنفس", "اتنفس", "يتنفس", "تتنفس", "نتنفس", "بتنفس", "بيتنفس", "بتتنفس", "هيتنفس", "حيتنفس", "كيتنفس", "كنتنفس"}, nil},
		{"verb stem with alef", wordPat{text: "اخد", verb: true},
			[]string{"اخد", "ياخد", "تاخد", "ناخد", "باخد", "بياخد", "هاخد"}, []string{"ااخد"}},
		{"pronoun suffixes", wordPat{text: "نفس", suffix: true},
			[]string{"نفس", "نفسي", "نفسه", "نفسها", "نفسو", "نفسك", "نفسنا", "نفسهم"}, nil},
		{"ta marbuta before a pronoun", wordPat{text: "حراره", suffix: true},
			[]string{"حراره", "حرارتي", "حرارته", "حرارتها"}, nil},
		{"verb with object pronoun", wordPat{text: "عور", verb: true, suffix: true},
			[]string{"يعورني", "بتعوره", "كيعورها", "عور"}, nil},
		{"plain word", wordPat{text: "صدر"}, []string{"صدر"}, []string{"صدري", "يصدر"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.pat.forms()
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("forms of %+v lack %q", tc.pat, w)
				}
			}
			for _, w := range tc.wantNone {
				if slices.Contains(got, w) {
					t.Errorf("forms of %+v include %q", tc.pat, w)
				}
			}
		})
	}
}

// TestMorphologyInTerms checks that the + marks reach matching: a concept
// written once as a stem matches every person, aspect and pronoun, the
// negation's final ش is looked through, and the م…ش negation is split. It
// checks that the words are found, whether or not a negation then switches
// them off.
func TestMorphologyInTerms(t *testing.T) {
	files := embeddedFiles(t)
	files["zz_morph.toml"] = &fstest.MapFile{Data: []byte(`
[[concept]]
id = "zz_take_breath"
terms = ["+اخد نفس+"]

[[concept]]
id = "zz_answer"
terms = ["+جاوب"]
`)}
	e, err := LoadFS(files)
	if err != nil {
		t.Fatalf("LoadFS: %v", err)
	}
	for _, tc := range []struct {
		name, text, concept string
		found               bool
	}{
		{"egyptian third person", "مش قادر ياخد نفسه", "zz_take_breath", true},
		{"levantine b-imperfect", "ما عم بتاخد نفسها", "zz_take_breath", true},
		{"maghrebi ka-imperfect", "ما كناخدش نفسي", "zz_take_breath", true},
		{"other verb is no match", "ياكل نفسه", "zz_take_breath", false},
		{"negation final sh", "ما كيجاوبش", "zz_answer", true},
		{"glued m-sh negation", "مبيجاوبش", "zz_answer", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := e.lex.analyze(tc.text)
			if got := a.first[e.lex.index[tc.concept]] >= 0; got != tc.found {
				t.Errorf("%q: %s found = %v, want %v", tc.text, tc.concept, got, tc.found)
			}
		})
	}
	// "مبيجاوبش" reads as the negation "ما" and the verb.
	a := e.lex.analyze("مبيجاوبش")
	var words []string
	for _, tk := range a.toks {
		words = append(words, tk.text)
	}
	if got := strings.Join(words, " "); got != "ما بيجاوبش" {
		t.Errorf("tokens of مبيجاوبش = %q, want %q", got, "ما بيجاوبش")
	}
}

func TestTermMarksRejected(t *testing.T) {
	for _, tc := range []struct{ name, term string }{
		{"plus inside a word", "ab+cd"},
		{"prefix and plus", "+ضرب*"},
		{"plus on latin", "+walk"},
		{"plus on a phrase word that splits", "+مع٣"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseTerm(tc.term); err == nil {
				t.Errorf("parseTerm(%q) accepted a malformed term", tc.term)
			}
		})
	}
}
