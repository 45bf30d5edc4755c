package bot

import (
	"strings"
	"unicode"
	"unicode/utf16"
)

// MaxTextLen is Telegram's limit on a message's text, in UTF-16 code units
// (an Arabic letter is one, most emoji two).
const MaxTextLen = 4096

// SplitText cuts s into parts of at most limit UTF-16 code units each,
// preferring, in this order, a paragraph break, a line break, the end of a
// sentence (. ! ? ؟ ؛ …), then a space, and never cutting inside a
// character. Parts are trimmed of surrounding space, so blank text gives no
// part at all. Joining the parts with spaces gives back the words of s.
func SplitText(s string, limit int) []string {
	if limit < 2 {
		limit = 2
	}
	var parts []string
	rest := []rune(s)
	for {
		rest = trimRunes(rest)
		if len(rest) == 0 {
			break
		}
		n, fits := prefixWithin(rest, limit)
		if fits {
			parts = append(parts, string(rest))
			break
		}
		cut := bestCut(rest[:n])
		parts = append(parts, string(trimRunes(rest[:cut])))
		rest = rest[cut:]
	}
	return parts
}

// prefixWithin returns how many runes of r fit in limit UTF-16 units, and
// whether that is all of r.
func prefixWithin(r []rune, limit int) (int, bool) {
	units := 0
	for i, c := range r {
		units += max(1, utf16.RuneLen(c))
		if units > limit {
			return i, false
		}
	}
	return len(r), true
}

// bestCut returns where to end a part taken from window (a prefix of the
// text that fits): just after the best boundary in its second half, or the
// whole window when there is none.
func bestCut(window []rune) int {
	floor := len(window) / 2
	find := func(ok func(i int) bool) int {
		for i := len(window) - 1; i >= floor; i-- {
			if ok(i) {
				return i + 1
			}
		}
		return -1
	}
	for _, ok := range []func(i int) bool{
		func(i int) bool { return window[i] == '\n' && i > 0 && window[i-1] == '\n' },
		func(i int) bool { return window[i] == '\n' },
		func(i int) bool {
			return isSentenceEnd(window[i]) && (i+1 == len(window) || unicode.IsSpace(window[i+1]))
		},
		func(i int) bool { return unicode.IsSpace(window[i]) },
	} {
		if at := find(ok); at > 0 {
			return at
		}
	}
	return len(window)
}

func isSentenceEnd(r rune) bool {
	return strings.ContainsRune(".!?؟؛…。۔", r)
}

func trimRunes(r []rune) []rune {
	for len(r) > 0 && unicode.IsSpace(r[0]) {
		r = r[1:]
	}
	for len(r) > 0 && unicode.IsSpace(r[len(r)-1]) {
		r = r[:len(r)-1]
	}
	return r
}
