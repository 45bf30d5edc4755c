package triage

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// dictionary is a word list of the system (Debian: apt-get install
// wamerican). The test that keeps rules/known_words.toml up to date needs
// it and is skipped without it.
const dictionary = "/usr/share/dict/words"

// TestKnownEnglishWords: every real English word that is one typo away
// from a spell-correctable word of the lexicon, and is not an inflection of
// it ("ached" for "aches" is corrected, "scaly" for "scald" is not), is in
// rules/known_words.toml, so it is never read as the symptom it resembles.
// FD_WRITE_KNOWN_WORDS=1 rewrites the file after a lexicon change.
func TestKnownEnglishWords(t *testing.T) {
	f, err := os.Open(dictionary)
	if err != nil {
		t.Skipf("no word list: %v", err)
	}
	defer f.Close()
	lx := mustLoad(t).lex
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if !isLowerASCII(w) || len(lx.exactIdx[w]) > 0 {
			continue
		}
		a := &analysis{}
		lx.lookupForm(a, w, 0)
		if len(a.pats) > 0 {
			continue
		}
		lx.fuzzyMatches(a, w, 0)
		inflection := false
		for _, p := range a.pats {
			inflection = inflection || sameStem(w, lx.pats[p].text)
		}
		if len(a.pats) > 0 && !inflection {
			want = append(want, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	if os.Getenv("FD_WRITE_KNOWN_WORDS") != "" {
		writeKnownWords(t, want)
		return
	}
	var missing []string
	for _, w := range want {
		if !lx.known[w] {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d real words would be spell-corrected into lexicon words: %v\n(FD_WRITE_KNOWN_WORDS=1 go test -run TestKnownEnglishWords ./triage/ rewrites rules/known_words.toml)", len(missing), missing)
	}
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// sameStem reports whether a and b are one word with different English
// endings ("ached", "aches").
func sameStem(a, b string) bool {
	for _, x := range stems(a) {
		for _, y := range stems(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

func stems(w string) []string {
	out := []string{w}
	for _, suf := range []string{"ing", "ed", "es", "s", "er", "ers", "ly", "e"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			out = append(out, base)
		}
	}
	return out
}

func writeKnownWords(t *testing.T, words []string) {
	var b strings.Builder
	b.WriteString(`# Real English words one typo away from a spell-correctable word of the
# lexicon, not inflections of it: they are never spell-corrected ("scaly" is
# not "scald", "childs" not "chills"). Generated from the system word list
# (Debian wamerican) by
#   FD_WRITE_KNOWN_WORDS=1 go test -run TestKnownEnglishWords ./triage/
# which fails when a lexicon change makes a new one.

[known_words]
english = [
`)
	line := " "
	for _, w := range words {
		item := fmt.Sprintf(" %q,", w)
		if len(line)+len(item) > 118 {
			b.WriteString(line + "\n")
			line = " "
		}
		line += item
	}
	if line != " " {
		b.WriteString(line + "\n")
	}
	b.WriteString("]\n")
	if err := os.WriteFile("rules/known_words.toml", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d words to rules/known_words.toml", len(words))
}
