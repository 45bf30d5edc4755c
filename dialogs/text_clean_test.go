package dialogs

import (
	"testing"
	"unicode/utf8"
)

func TestCleanText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "chest pain", "chest pain"},
		{"nul after a red flag", "crushing chest pain \u0000 help", "crushing chest pain  help"},
		{"escape and bell", "a\x1b[31mb\x07", "a[31mb"},
		{"c1 controls", "a\u0085b\u009bc", "abc"},
		{"line endings", "one\r\ntwo\rthree\n", "one\ntwo\nthree\n"},
		{"tab kept", "a\tb", "a\tb"},
		{"arabic with marks kept", "ألم في الصدر\u200f!", "ألم في الصدر\u200f!"},
		{"invalid utf-8", "a\xffb", "a\uFFFDb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := CleanText(tc.in); got != tc.want {
				t.Errorf("CleanText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "chest pain \x00", "\r\n", "ألم\u202e", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanText(s)
		if !utf8.ValidString(got) {
			t.Fatalf("CleanText(%q) = %q: not UTF-8", s, got)
		}
		for _, r := range got {
			if isControl(r) || r == '\r' {
				t.Fatalf("CleanText(%q) = %q keeps control %U", s, got, r)
			}
		}
		if CleanText(got) != got {
			t.Fatalf("CleanText is not idempotent on %q", s)
		}
	})
}
