// Package numerals reads and writes numbers the way patients type and read
// them: Western (0-9), Arabic-Indic (٠-٩) and Persian (۰-۹) digits.
package numerals

import (
	"strconv"
	"strings"
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

// Format writes n in the digits readers of lang expect: Arabic-Indic for
// Arabic ("ar"), ASCII otherwise. No grouping separators: it is for small
// counts, ages, times and dates.
func Format(lang string, n int) string {
	s := strconv.Itoa(n)
	if lang != "ar" {
		return s
	}
	return Arabic(s)
}

// In writes the ASCII digits of s (a configured phone number, say) in the
// digits readers of lang expect: Arabic-Indic for Arabic ("ar"), as they
// are otherwise. Links (tel:) keep the ASCII form.
func In(lang, s string) string {
	if lang != "ar" {
		return s
	}
	return Arabic(s)
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
