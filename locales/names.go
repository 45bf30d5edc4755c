package locales

import (
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Names are one thing's names by language code: a facility, a specialty,
// a clinician. A clinic names its things in the languages it has staff to
// write; every other reader gets a fallback (In).
type Names map[string]string

// Fallback is the language a name is shown in when the reader's own is
// missing: pilgrims of every nationality read English more often than
// Arabic.
const Fallback = "en"

// In returns the name in lang, else in Fallback, else in the default
// language, else any name (the first by code), else "".
func (n Names) In(lang string) string {
	for _, l := range []string{lang, Fallback, all[0].Code} {
		if s := n[l]; s != "" {
			return s
		}
	}
	codes := make([]string, 0, len(n))
	for c, s := range n {
		if s != "" {
			codes = append(codes, c)
		}
	}
	if len(codes) == 0 {
		return ""
	}
	sort.Strings(codes)
	return n[codes[0]]
}

// LanguageName names language code in the reader's language ("ur" for an
// Arabic reader: «الأوردية»), from CLDR's names, so that adding a language
// needs no message naming it in every other. An unknown code is returned
// as it is.
func LanguageName(reader, code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	if n := display.Tags(language.Make(reader)).Name(tag); n != "" {
		return n
	}
	return code
}

// RequiredNames are the languages every facility, specialty and clinician
// must be named in: the default language and the fallback, so that every
// reader finds a name (In).
func RequiredNames() []string {
	if all[0].Code == Fallback {
		return []string{Fallback}
	}
	return []string{all[0].Code, Fallback}
}

// Missing returns the required languages n has no name in, in the order
// of RequiredNames.
func (n Names) Missing() []string {
	var out []string
	for _, l := range RequiredNames() {
		if strings.TrimSpace(n[l]) == "" {
			out = append(out, l)
		}
	}
	return out
}
