package locales

import (
	"io/fs"
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

// TestArabicPluralsComplete fails when a counted message lacks one of
// Arabic's six plural forms.
func TestArabicPluralsComplete(t *testing.T) {
	names, _ := fs.Glob(files, "*.ar.toml")
	forms := []string{"zero", "one", "two", "few", "many", "other"}
	for _, name := range names {
		for id, m := range mustMessages(t, name) {
			if len(m) == 1 {
				continue // a plain message: only "other"
			}
			for _, f := range forms {
				if _, ok := m[f]; !ok {
					t.Errorf("%s: %q lacks the plural form %q", name, id, f)
				}
			}
		}
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
	for in, want := range map[string]string{"ar": "ar", "ar-SA": "ar", "EN_us": "en", "fr": "", "": ""} {
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
