package numerals

import "testing"

func TestFold(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"ascii untouched", "age 67", "age 67"},
		{"arabic-indic", "عمري ٦٧", "عمري 67"},
		{"persian", "۴۵ سال", "45 سال"},
		{"mixed", "١2۳", "123"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestAtoi(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     int
		wantErr  bool
	}{
		{"ascii", "42", 42, false},
		{"arabic-indic with space", " ٤٢ ", 42, false},
		{"persian", "۷", 7, false},
		{"words", "ten", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Atoi(tc.in)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Errorf("Atoi(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	if got := Format("ar", 1447); got != "١٤٤٧" {
		t.Errorf(`Format("ar", 1447) = %q`, got)
	}
	if got := Format("en", 1447); got != "1447" {
		t.Errorf(`Format("en", 1447) = %q`, got)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"١٢٣", "۴۵", "abc", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if hasEasternDigit(out) {
			t.Errorf("Fold(%q) left an eastern digit: %q", s, out)
		}
	})
}

// TestDigitsFollowTheLanguage: a language writes in the digits registered
// for it (Use), Western when none is.
func TestDigitsFollowTheLanguage(t *testing.T) {
	Use("xx-arabext", SetExtended)
	Use("xx-latn", SetWestern)
	for _, tc := range []struct{ lang, want string }{
		{"ar", "١٢"}, {"xx-arabext", "۱۲"}, {"xx-latn", "12"}, {"unregistered", "12"},
	} {
		if got := Format(tc.lang, 12); got != tc.want {
			t.Errorf("Format(%s, 12) = %q, want %q", tc.lang, got, tc.want)
		}
	}
}
