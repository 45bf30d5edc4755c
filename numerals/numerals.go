// Package numerals reads and writes numbers the way patients type and read
// them: Western (0-9), Arabic-Indic (٠-٩) and Persian (۰-۹) digits.
package numerals

import (
	"strconv"
	"strings"
	"sync"
)

// Fold returns s with every Arabic-Indic and Persian digit replaced by its
// ASCII digit, so "٣٧٫٥" reads as "37٫5". Everything else is left alone.
func Fold(s string) string {
	if !hasEasternDigit(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}

func hasEasternDigit(s string) bool {
	for _, r := range s {
		if (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹') {
			return true
		}
	}
	return false
}

// Atoi parses a whole number typed in any of the three digit sets, with
// surrounding space ignored.
func Atoi(s string) (int, error) {
	return strconv.Atoi(strings.TrimSpace(Fold(s)))
}

// Digit sets a language may read (CLDR's numbering system names).
const (
	SetArabic   = "arab"    // ٠١٢٣٤٥٦٧٨٩
	SetExtended = "arabext" // ۰۱۲۳۴۵۶۷۸۹ (Persian, some Urdu readers)
	SetWestern  = "latn"    // 0123456789
)

// sets maps a language code to the digits its readers expect. The
// language list (package locales) registers every language's at start-up
// (Use); Arabic reads Arabic-Indic digits before anything registers.
var sets sync.Map // string → string

func init() { sets.Store("ar", SetArabic) }

// Use records that readers of lang expect the digit set (SetArabic,
// SetExtended or SetWestern). Safe for concurrent use.
func Use(lang, set string) { sets.Store(lang, set) }

func setOf(lang string) string {
	if v, ok := sets.Load(lang); ok {
		return v.(string)
	}
	return SetWestern
}

// Format writes n in the digits readers of lang expect (Use): Arabic-Indic
// for Arabic, ASCII for a language that reads Western digits. No grouping
// separators: it is for small counts, ages, times and dates.
func Format(lang string, n int) string {
	return In(lang, strconv.Itoa(n))
}

// In writes the ASCII digits of s (a configured phone number, say) in the
// digits readers of lang expect (Use), as they are for Western digits.
// Links (tel:) keep the ASCII form.
func In(lang, s string) string {
	switch setOf(lang) {
	case SetArabic:
		return Arabic(s)
	case SetExtended:
		return Extended(s)
	}
	return s
}

// Extended returns s with ASCII digits written as Extended Arabic-Indic
// digits (۰-۹), as Persian and some Urdu readers write them.
func Extended(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '۰' + (r - '0')
		}
		return r
	}, s)
}

// Arabic returns s with ASCII digits written as Arabic-Indic digits.
func Arabic(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '٠' + (r - '0')
		}
		return r
	}, s)
}
