package locales

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Detect names the language a patient's message is most likely written in,
// or "" when it cannot tell: too few words, a tie, Arabic written in Latin
// letters (Arabizi: "3andi alam"), emoji only. It is a first guess for a
// patient who writes before choosing a language, never a decision: the
// patient can always change it.
//
// Arabic script is Arabic unless letters only another listed language
// uses (Urdu's ے ں ٹ) or that language's common words appear. Latin
// script is the listed language with the most of its common words, if it
// leads alone.
func Detect(text string) string {
	words := detectWords(text)
	if len(words) == 0 {
		return ""
	}
	if arabicScript(text) {
		return detectArabicScript(text, words)
	}
	if arabizi(text) {
		return "" // "ma 3andi": Arabic, whatever its Latin words look like
	}
	best, bestN, tie := "", 0, false
	for _, l := range all {
		if l.Dir != "ltr" {
			continue
		}
		n := countWords(words, l.Words)
		switch {
		case n > bestN:
			best, bestN, tie = l.Code, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie || bestN == 0 {
		return ""
	}
	return best
}

// detectArabicScript tells Arabic from the other languages in its script.
func detectArabicScript(text string, words []string) string {
	def := ""
	for _, l := range all {
		if l.Dir != "rtl" {
			continue
		}
		if def == "" && l.Letters == "" {
			def = l.Code // the script's own language: Arabic
		}
		if (l.Letters != "" && strings.ContainsAny(text, l.Letters)) || countWords(words, l.Words) > 0 {
			return l.Code
		}
	}
	return def
}

// arabizi reports whether a word mixes Latin letters with the digits
// Arabizi writes for Arabic letters (2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 8 ق, 9 ق/ص).
func arabizi(text string) bool {
	for _, w := range strings.Fields(text) {
		letter, digit := false, false
		for _, r := range w {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
				letter = true
			case strings.ContainsRune("2356789", r):
				digit = true
			}
		}
		if letter && digit {
			return true
		}
	}
	return false
}

func arabicScript(text string) bool {
	arabic, latin := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	return arabic > latin
}

// detectWords splits text into lower-case words without accents ("Fièvre"
// → "fievre"; "j'ai" → "j", "ai").
func detectWords(text string) []string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	plain, _, err := transform.String(t, strings.ToLower(text))
	if err != nil {
		plain = strings.ToLower(text)
	}
	return strings.FieldsFunc(plain, func(r rune) bool { return !unicode.IsLetter(r) })
}

func countWords(words, common []string) int {
	n := 0
	for _, w := range words {
		for _, c := range common {
			if w == c {
				n++
				break
			}
		}
	}
	return n
}
