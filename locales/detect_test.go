package locales

import "testing"

func TestDetect(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"عندي ألم في صدري من الصبح", "ar"},
		{"I have had chest pain since this morning", "en"},
		{"my son has a fever", "en"},
		{"😷😷", ""},
		{"3andi alam f sdri", ""}, // Arabizi: not told by words
		{"ok", ""},
	} {
		if got := Detect(tc.text); got != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDetectEachLanguage: every language with common words is told from a
// message made of a few of them, so a new language's row is checked too.
func TestDetectEachLanguage(t *testing.T) {
	for _, l := range All() {
		if len(l.Words) < 3 {
			continue
		}
		text := l.Words[0] + " " + l.Words[1] + " " + l.Words[2]
		if got := Detect(text); got != l.Code {
			t.Errorf("Detect(%q) = %q, want %s", text, got, l.Code)
		}
	}
}

func TestNamesIn(t *testing.T) {
	n := Names{"ar": "الطب العام", "en": "General practice"}
	for _, tc := range []struct{ lang, want string }{
		{"ar", "الطب العام"}, {"en", "General practice"}, {"fr", "General practice"}, {"", "General practice"},
	} {
		if got := n.In(tc.lang); got != tc.want {
			t.Errorf("In(%q) = %q, want %q", tc.lang, got, tc.want)
		}
	}
	if got := (Names{"ur": "x", "fr": "y"}).In("id"); got != "y" {
		t.Errorf("without English or Arabic, the first by code: got %q", got)
	}
	if got := (Names{}).In("ar"); got != "" {
		t.Errorf("no names: got %q", got)
	}
}
