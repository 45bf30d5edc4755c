package locales

import (
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestSameIDsInEveryLanguage fails when an area file defines a message in one
// language and not the other.
func TestSameIDsInEveryLanguage(t *testing.T) {
	names, err := fs.Glob(files, "*.en.toml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no English message files: %v", err)
	}
	for _, en := range names {
		area := strings.TrimSuffix(en, ".en.toml")
		for _, lang := range Languages {
			other := area + "." + lang + ".toml"
			a, b := mustMessages(t, en), mustMessages(t, other)
			for id := range a {
				if _, ok := b[id]; !ok {
					t.Errorf("%s: message %q missing (it is in %s)", other, id, en)
				}
			}
			for id := range b {
				if _, ok := a[id]; !ok {
					t.Errorf("%s: message %q missing (it is in %s)", en, id, other)
				}
			}
		}
	}
}

// TestPluralsComplete fails when a counted message lacks one of its
// language's plural forms (Arabic has six, Indonesian one) or carries a
// form the language does not have.
func TestPluralsComplete(t *testing.T) {
	for _, l := range All() {
		names, _ := fs.Glob(files, "*."+l.Code+".toml")
		for _, name := range names {
			for id, m := range mustMessages(t, name) {
				if !counted(m) {
					continue
				}
				for _, f := range l.Plurals {
					if _, ok := m[f]; !ok {
						t.Errorf("%s: %q lacks the plural form %q", name, id, f)
					}
				}
				for f := range m {
					if f != "description" && !slices.Contains(l.Plurals, f) {
						t.Errorf("%s: %q has the form %q, which %s does not use", name, id, f, l.English)
					}
				}
			}
		}
	}
}

// counted reports whether a message has plural forms: any form besides
// "other" (and a translator's "description").
func counted(m map[string]any) bool {
	for f := range m {
		if f != "other" && f != "description" {
			return true
		}
	}
	return false
}

// TestEveryLanguageHasEveryFile lists the message files a language lacks:
// a new language needs one file per area (the English files name them).
func TestEveryLanguageHasEveryFile(t *testing.T) {
	names, _ := fs.Glob(files, "*.en.toml")
	for _, l := range All() {
		for _, en := range names {
			want := strings.TrimSuffix(en, ".en.toml") + "." + l.Code + ".toml"
			if _, err := fs.Stat(files, want); err != nil {
				t.Errorf("%s needs locales/%s", l.English, want)
			}
		}
	}
}

// TestLanguagesAreWellFormed keeps the language list usable by every page
// and picker that reads it.
func TestLanguagesAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range All() {
		switch {
		case seen[l.Code]:
			t.Errorf("%s listed twice", l.Code)
		case l.Name == "" || l.English == "":
			t.Errorf("%s: a language needs its own name and its English name", l.Code)
		case l.Dir != "rtl" && l.Dir != "ltr":
			t.Errorf("%s: direction %q", l.Code, l.Dir)
		case !slices.Contains([]string{DigitsArabic, DigitsExtended, DigitsWestern}, l.Digits):
			t.Errorf("%s: digits %q", l.Code, l.Digits)
		case !slices.Contains(l.Plurals, "other"):
			t.Errorf("%s: every language has the plural form \"other\"", l.Code)
		}
		seen[l.Code] = true
	}
}

func TestCatalogRendersBothLanguages(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Text("en", "error_generic", map[string]any{"Emergency": "997"}); !strings.Contains(got, "997") {
		t.Errorf("en error_generic = %q", got)
	}
	for _, tc := range []struct {
		name string
		lang string
		n    int
		want string
	}{
		{"ar zero", "ar", 0, "٠ دقيقة"},
		{"ar one", "ar", 1, "دقيقة واحدة"},
		{"ar two", "ar", 2, "دقيقتان"},
		{"ar few", "ar", 3, "٣ دقائق"},
		{"ar many", "ar", 11, "١١ دقيقة"},
		{"ar other", "ar", 100, "١٠٠ دقيقة"},
		{"en one", "en", 1, "1 minute"},
		{"en other", "en", 5, "5 minutes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.Count(tc.lang, "minutes", tc.n, nil); got != tc.want {
				t.Errorf("Count(%s, minutes, %d) = %q, want %q", tc.lang, tc.n, got, tc.want)
			}
		})
	}
	if !c.Has("ar", "minutes") || c.Has("ar", "no_such_message") {
		t.Error("Has does not tell present from missing messages")
	}
}

func TestLang(t *testing.T) {
	for in, want := range map[string]string{"ar": "ar", "ar-SA": "ar", "EN_us": "en", "xx": "", "xx-YY": "", "": ""} {
		if got := Lang(in); got != want {
			t.Errorf("Lang(%q) = %q, want %q", in, got, want)
		}
	}
	if !slices.Contains(Languages, "ar") {
		t.Error("Arabic is not a language")
	}
}

func mustMessages(t *testing.T, name string) map[string]map[string]any {
	t.Helper()
	raw, err := fs.ReadFile(files, name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	var m map[string]map[string]any
	if err := toml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return m
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)`)

// TestSamePlaceholdersInEveryLanguage fails when a translation drops or
// invents a template value: a missing {{.Emergency}} would hide the number
// to call. Forms are pooled per message, since Arabic's "one" form may
// say the number in words.
func TestSamePlaceholdersInEveryLanguage(t *testing.T) {
	names, _ := fs.Glob(files, "*.en.toml")
	for _, en := range names {
		area := strings.TrimSuffix(en, ".en.toml")
		want := placeholders(mustMessages(t, en))
		for _, lang := range Languages {
			name := area + "." + lang + ".toml"
			got := placeholders(mustMessages(t, name))
			for id, w := range want {
				if g := got[id]; !maps.Equal(g, w) {
					t.Errorf("%s: %q uses %v, English uses %v", name, id, slices.Sorted(maps.Keys(g)), slices.Sorted(maps.Keys(w)))
				}
			}
		}
	}
}

// placeholders returns, per message id, the template values its forms use.
// Count is left out: a plural form may spell the number ("one minute").
func placeholders(msgs map[string]map[string]any) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for id, m := range msgs {
		set := map[string]bool{}
		for form, v := range m {
			s, ok := v.(string)
			if !ok || form == "description" {
				continue
			}
			for _, p := range placeholder.FindAllStringSubmatch(s, -1) {
				if p[1] != "Count" {
					set[p[1]] = true
				}
			}
		}
		out[id] = set
	}
	return out
}

// TestStyleSheetFollowsTheList: a language with its own fonts or a tall
// script gets a :lang rule, and one without none.
func TestStyleSheetFollowsTheList(t *testing.T) {
	css := string(StyleSheet())
	for _, l := range All() {
		rule := ":lang(" + l.Code + ")"
		if want := l.Fonts != "" || l.Tall; strings.Contains(css, rule) != want {
			t.Errorf("%s: rule present %v, want %v:\n%s", l.Code, !want, want, css)
		}
		if l.Fonts != "" && !strings.Contains(css, l.Fonts) {
			t.Errorf("%s: fonts missing:\n%s", l.Code, css)
		}
	}
}
