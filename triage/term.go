package triage

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// parseTerm splits a lexicon phrase into word patterns. A word may be
// marked: "word*" matches any word starting with it; "=word" is never
// spell-corrected; "+stem" matches the Arabic verb stem with any person,
// aspect or future prefix (see verbForms); "word+" matches the word with any
// attached pronoun (see suffixForms). The Arabic marks may be combined
// ("+عور+": يعورني, بتعوره, كيعورها).
func parseTerm(raw string) ([]wordPat, error) {
	var out []wordPat
	for _, w := range strings.Fields(raw) {
		exact := strings.HasPrefix(w, "=")
		core := strings.TrimPrefix(w, "=")
		verb := strings.HasPrefix(core, "+")
		core = strings.TrimPrefix(core, "+")
		prefix := strings.HasSuffix(core, "*")
		core = strings.TrimSuffix(core, "*")
		suffix := strings.HasSuffix(core, "+")
		core = strings.TrimSuffix(core, "+")
		if strings.ContainsAny(core, "*=+") {
			return nil, fmt.Errorf("term %q: * only ends a word, = only starts one, + only starts or ends one", raw)
		}
		if prefix && (verb || suffix) {
			return nil, fmt.Errorf("term %q: a prefix word* cannot also take + forms", raw)
		}
		parts := strings.Fields(Normalize(core))
		if len(parts) == 0 {
			return nil, fmt.Errorf("term %q: word %q is empty after normalization", raw, w)
		}
		if (verb || suffix) && (len(parts) != 1 || !isArabicWord(parts[0])) {
			return nil, fmt.Errorf("term %q: + forms are for one Arabic word", raw)
		}
		for i, p := range parts {
			if p == clauseMark {
				return nil, fmt.Errorf("term %q: clause punctuation inside a term", raw)
			}
			wp := wordPat{text: p, exact: exact, prefix: prefix && i == len(parts)-1, verb: verb, suffix: suffix}
			if wp.prefix && utf8.RuneCountInString(p) < 2 {
				return nil, fmt.Errorf("term %q: a prefix needs two letters or more", raw)
			}
			out = append(out, wp)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty term")
	}
	return out, nil
}

func isArabicWord(w string) bool {
	for _, r := range w {
		if !isArabicLetter(r) {
			return false
		}
	}
	return w != ""
}

// Verb prefixes of the imperfect across the dialects, after the person
// letter: the MSA/Gulf person prefixes; the Egyptian and Levantine
// b-imperfect and the Gulf b-future (بيتنفس, بتتنفس, بنتنفس); the Egyptian
// ha- and Levantine/Egyptian ḥa- future (هيتنفس, حيتنفس); the Maghrebi
// ka- imperfect (كيتنفس, كنتنفس; the northern تي/تن is stripped as a clitic
// when a message is read, leaving the bare stem).
var (
	personPrefixes = []string{"ي", "ت", "ن"}
	aspectPrefixes = []string{"", "ب", "ه", "ح", "ك", "عم"}
)

// verbForms returns the surface forms of an imperfect verb stem written
// without its person letter ("تنفس" for يتنفس, "اخد" for ياخد): the bare
// stem, the first person (ا + stem, or the stem when it starts with ا), and
// each person and aspect prefix. "عم" is the Levantine progressive when
// written glued ("عميتنفس" is a common typo).
func verbForms(stem string) []string {
	first := "ا" + stem
	if strings.HasPrefix(stem, "ا") {
		first = stem
	}
	out := []string{stem, first}
	for _, a := range aspectPrefixes {
		if a == "ب" || a == "ه" || a == "ح" {
			out = append(out, a+stem) // first person: بتنفس, هاخد (Maghrebi كن is ك + ن below)
		}
		for _, p := range personPrefixes {
			out = append(out, a+p+stem)
		}
	}
	return out
}

// pronounSuffixes are the attached pronouns of nouns (صدري, صدره, صدرها,
// صدرو) and the object pronouns of verbs (يعورني, يوجعه), with the plural
// verb ending (ياخدو, ياخدوا).
var pronounSuffixes = []string{"ي", "ه", "ها", "هو", "و", "وا", "ك", "كي", "نا", "هم", "هن", "كم", "ني"}

// suffixForms returns w and w with each attached pronoun. A word ending in
// ه may be a ta marbuta (حراره, normalized from حرارة), which is written ت
// before a pronoun (حرارته), so both spellings are produced.
func suffixForms(w string) []string {
	out := []string{w}
	for _, s := range pronounSuffixes {
		out = append(out, w+s)
	}
	if base, ok := strings.CutSuffix(w, "ه"); ok && utf8.RuneCountInString(base) >= 2 {
		for _, s := range pronounSuffixes {
			out = append(out, base+"ت"+s)
		}
	}
	return out
}

// forms returns every surface form a pattern matches exactly.
func (w wordPat) forms() []string {
	stems := []string{w.text}
	if w.verb {
		stems = verbForms(w.text)
	}
	if !w.suffix {
		return stems
	}
	var out []string
	for _, s := range stems {
		out = append(out, suffixForms(s)...)
	}
	return out
}
