package triage

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// parseTerm splits a lexicon phrase into word patterns.
func parseTerm(raw string) ([]wordPat, error) {
	var out []wordPat
	for _, w := range strings.Fields(raw) {
		exact := strings.HasPrefix(w, "=")
		prefix := strings.HasSuffix(w, "*")
		core := strings.TrimSuffix(strings.TrimPrefix(w, "="), "*")
		if strings.ContainsAny(core, "*=") {
			return nil, fmt.Errorf("term %q: * only ends a word and = only starts one", raw)
		}
		parts := strings.Fields(Normalize(core))
		if len(parts) == 0 {
			return nil, fmt.Errorf("term %q: word %q is empty after normalization", raw, w)
		}
		for i, p := range parts {
			if p == clauseMark {
				return nil, fmt.Errorf("term %q: clause punctuation inside a term", raw)
			}
			wp := wordPat{text: p, exact: exact, prefix: prefix && i == len(parts)-1}
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
