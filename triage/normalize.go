package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/frontdoor-health/frontdoor/numerals"
)

// clauseMark ends a sentence in normalized text and phraseMark a phrase
// (a comma): negation stops at either, symptoms are paired across commas
// but not across sentences. questionMark is a word of its own at the end of
// a sentence asked with a question mark, before its clauseMark: only asking
// tells «دي حالة طوارئ؟» (is this an emergency?) from the same words said.
const (
	clauseMark   = "."
	phraseMark   = ","
	questionMark = "?"
)

// Normalize returns s in the form triage matches on, for Arabic and English
// alike: compatibility forms folded (as NFKC does) and then every combining
// mark dropped, so tashkeel, accents and the hamza on أ إ آ ؤ ئ go; tatweel
// and invisible bidi and joiner marks go; ٱ→ا, ى→ي, ة→ه; ظ→ض, ذ→د and
// ث→ت, which dialect speakers write for each other ("ضهر", "دراع",
// "كتير"); Persian and Maghrebi letter forms to their Arabic base;
// Arabic-Indic and Persian
// digits to ASCII (numerals.Fold); Latin letters lower-cased; a letter
// repeated three or more times collapsed (Arabic to one, Latin to two:
// "واااجع"→"واجع", "sooo"→"soo"); apostrophes inside words dropped
// ("can't"→"cant"); Arabic and Latin/digits split where they touch.
// Sentence punctuation (. : ! ? ؟ and line breaks) becomes a "." word, and a
// question mark a "?" word before it (at the very end, the "?" alone);
// phrase punctuation (, ; ، ؛) a "," word; other punctuation and symbols
// become spaces, except a "." or "/" between digits ("38.5", "190/110").
// Words are separated by one space.
//
// The result is for matching only; show patients and clinicians the
// original text. Normalize is pure and safe for concurrent use.
func Normalize(s string) string {
	s = numerals.Fold(s)
	if strings.IndexByte(s, '+') >= 0 {
		s = gestationWeeks(s)
	}
	if !isASCII(s) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, " ") // NFKD stops decomposing at a bad byte
		}
		s = norm.NFKD.String(s)
	}
	n := normalizer{buf: make([]byte, 0, len(s)+8)}
	for i, r := range s {
		n.add(r, s, i)
	}
	if n.pending == '?' && n.words > 0 {
		n.buf = append(n.buf, " "+questionMark...)
	}
	return string(n.buf)
}

// gestationWeeks writes a pregnancy's weeks and days as midwives and
// mothers note them, "38+2" (38 weeks and 2 days), as the weeks alone,
// "38 weeks": split at the "+", the count read as nothing ("pretty sure
// my waters just went (38+2)", h116-019, was no pregnancy at term). Only
// 24 to 42 weeks and 0 to 6 days, a number of its own on both sides
// ("protein 2+" and "1+1" are not). A weeks word after the days is the
// same weeks: "38+2 weeks" and "38+2w" are "38 weeks", «٣٨+٢ اسبوع» is
// «38 اسبوع» (not "38 weeks weeks", whose second word would leave the
// first a duration).
func gestationWeeks(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '+' || i < 2 || i+1 >= len(s) {
			continue
		}
		d := s[i+1]
		if d < '0' || d > '6' || i+2 < len(s) && isDigitByte(s[i+2]) {
			continue
		}
		if !isDigitByte(s[i-1]) || !isDigitByte(s[i-2]) || i >= 3 && (isDigitByte(s[i-3]) || s[i-3] == '.') {
			continue
		}
		if w := int(s[i-2]-'0')*10 + int(s[i-1]-'0'); w < 24 || w > 42 {
			continue
		}
		b = append(b, s[last:i]...)
		end, kind := weeksWordAfter(s, i+2)
		switch kind {
		case weeksLatin:
			b = append(b, " weeks"...)
		case weeksOther:
			b = append(b, ' ')
			end = i + 2
		default:
			b = append(b, " weeks"...)
			end = i + 2
		}
		last = end
		i = end - 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

const (
	weeksNone = iota
	weeksLatin
	weeksOther
)

// weeksWordAfter tells whether a weeks word follows i (after spaces): an
// English one ("w", "wk", "wks", "week", "weeks", any case), with the
// index past it, or another language's (اسبوع, اسابيع, سيمانة, سمانة,
// semaine), which is kept as written.
func weeksWordAfter(s string, i int) (int, int) {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	switch w := strings.ToLower(s[j:k]); w {
	case "w", "wk", "wks", "week", "weeks":
		return k, weeksLatin
	case "semaine", "semaines", "sem":
		return k, weeksOther
	}
	for _, p := range []string{"اسبوع", "أسبوع", "اسابيع", "أسابيع", "سيمان", "سمان", "الاسبوع", "الأسبوع"} {
		if strings.HasPrefix(s[j:], p) {
			return j, weeksOther
		}
	}
	return i, weeksNone
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

type runeClass uint8

const (
	clsNone runeClass = iota
	clsArabic
	clsLatin
	clsDigit
)

type normalizer struct {
	buf     []byte
	last    rune      // last letter written, for elongation
	run     int       // how many times last was written in a row
	cls     runeClass // class of the last character written in this word
	pending byte      // ' ' or '.' owed before the next word
	words   int
}

func (n *normalizer) add(r rune, s string, i int) {
	switch {
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r), r == 'ـ':
		return // marks, tashkeel, bidi and joiners, tatweel
	case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´' || r == 'ʼ':
		if n.cls == clsLatin {
			return // "can't" -> "cant"
		}
		if n.arabiziApostrophe(s, i+utf8.RuneLen(r)) {
			return
		}
		n.space()
		return
	case r == '.' || r == ',' || r == '٫' || r == '/':
		if j := i + utf8.RuneLen(r); n.cls == clsDigit && j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if r == '/' {
				n.emit('/', clsDigit)
			} else {
				n.emit('.', clsDigit)
			}
			return
		}
		if n.letterAbbrev(s, i+utf8.RuneLen(r)) {
			return // "71 y.o.", "y/o", "b.p.": one word, "yo", "bp"
		}
		if r == '/' {
			n.space()
			return
		}
		if r == ',' {
			n.phrase()
			return
		}
		n.clause()
		return
	case r == '٬':
		return // Arabic thousands separator
	case r == '،' || r == ';' || r == '؛':
		n.phrase()
		return
	case r == '?' || r == '؟':
		n.question()
		return
	case isClausePunct(r):
		n.clause()
		return
	}
	r = foldLetter(r)
	switch {
	case r >= '0' && r <= '9':
		n.emit(r, clsDigit)
	case isArabicLetter(r):
		n.emit(r, clsArabic)
	case unicode.IsLetter(r):
		n.emit(unicode.ToLower(r), clsLatin)
	case unicode.IsDigit(r):
		n.space() // digits of other scripts are not numbers we read
	default:
		n.space()
	}
}

func isClausePunct(r rune) bool {
	switch r {
	case ':', '!', '\n', '\r', '…', '|', '•', '؞', '۔':
		return true
	}
	return false
}

func isArabicLetter(r rune) bool {
	return (r >= 0x0621 && r <= 0x064A) || (r >= 0x066E && r <= 0x06D3) || r == 0x06D5 || (r >= 0x06FA && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F)
}

// foldLetter maps letter variants to the base letter matching uses.
func foldLetter(r rune) rune {
	switch r {
	case 'ٱ', 'أ', 'إ', 'آ', 'ٲ', 'ٳ':
		return 'ا'
	case 'ى', 'ی', 'ې', 'ئ':
		return 'ي'
	case 'ؤ':
		return 'و'
	case 'ة', 'ۀ', 'ە', 'ھ', 'ہ', 'ۃ':
		return 'ه'
	case 'ظ':
		return 'ض' // written for each other in every dialect
	case 'ذ':
		return 'د' // ذراع/دراع: ذ is said and often written د
	case 'ث':
		return 'ت' // كثير/كتير, ثقيل/تقيل
	case 'ک', 'ڪ', 'چ':
		return 'ك'
	case 'گ', 'ڨ', 'ڭ', 'ڧ':
		return 'ق'
	case 'ڤ', 'ڥ':
		return 'ف'
	case 'پ':
		return 'ب'
	case 'ژ':
		return 'ز'
	}
	return r
}

func (n *normalizer) emit(r rune, c runeClass) {
	if n.cls != clsNone && c != n.cls && (c == clsArabic || n.cls == clsArabic) {
		n.space() // Arabic glued to Latin or digits: two words
	}
	if n.cls == clsNone {
		n.flush()
	}
	if c != clsDigit && r == n.last {
		n.run++
		limit := 2
		if c == clsArabic {
			limit = 1
		}
		if n.run == 3 && limit == 1 {
			// third in a row: the run is an elongation, keep one letter.
			_, size := utf8.DecodeLastRune(n.buf)
			n.buf = n.buf[:len(n.buf)-size]
			return
		}
		if n.run >= 3 {
			return
		}
	} else {
		n.last, n.run = r, 1
	}
	n.buf = utf8.AppendRune(n.buf, r)
	n.cls = c
}

// flush writes the separator owed before a new word.
func (n *normalizer) flush() {
	if n.words > 0 {
		switch n.pending {
		case '.':
			n.buf = append(n.buf, " "+clauseMark+" "...)
		case '?':
			n.buf = append(n.buf, " "+questionMark+" "+clauseMark+" "...)
		case ',':
			n.buf = append(n.buf, " "+phraseMark+" "...)
		default:
			n.buf = append(n.buf, ' ')
		}
	}
	n.pending = 0
	n.words++
}

func (n *normalizer) space() {
	if n.cls != clsNone && n.pending == 0 {
		n.pending = ' '
	}
	n.cls, n.last, n.run = clsNone, 0, 0
}

func (n *normalizer) phrase() {
	n.space()
	if n.words > 0 && n.pending != '.' && n.pending != '?' {
		n.pending = ','
	}
}

func (n *normalizer) clause() {
	n.space()
	if n.words > 0 && n.pending != '?' {
		n.pending = '.' // "?!" and "?." still ask
	}
}

func (n *normalizer) question() {
	n.space()
	if n.words > 0 {
		n.pending = '?'
	}
}

// arabiziApostrophe writes the Arabizi letters made of a digit and an
// apostrophe as the Latin pairs that mean the same: 3' (غ) as "gh", 7' (خ)
// as "kh", 9' and 6' (ض, ظ) as "dh" — "3'ali", "ma7'noo2". It reports
// whether it did: the digit stands alone and a Latin letter other than a
// plural's s follows.
func (n *normalizer) arabiziApostrophe(s string, next int) bool {
	if n.cls != clsDigit || next >= len(s) || !isLatinLetter(lower(s[next])) {
		return false
	}
	if len(n.buf) >= 2 && isDigit(n.buf[len(n.buf)-2]) {
		return false
	}
	if lower(s[next]) == 's' && (next+1 == len(s) || !isLatinLetter(lower(s[next+1]))) {
		return false // "the 3's": a plural, not a letter
	}
	var pair string
	switch n.last {
	case '3':
		pair = "gh"
	case '7':
		pair = "kh"
	case '9', '6':
		pair = "dh"
	default:
		return false
	}
	n.buf = n.buf[:len(n.buf)-1]
	n.last, n.run = 0, 0
	for _, c := range pair {
		n.emit(c, clsLatin)
	}
	return true
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// letterAbbrev reports whether the '.' or '/' just read (the next byte at
// next) joins two single Latin letters of an abbreviation: "y.o." and "y/o"
// (years old, as second-language English writes an age: "my tatay 71
// y.o."), "b.p.", "e.g." — written as one word ("yo", "bp", "eg") so that
// the lexicon reads them, and the dot is no sentence end that cuts "71"
// from its "years old".
func (n *normalizer) letterAbbrev(s string, next int) bool {
	if n.cls != clsLatin || next >= len(s) || !isLatinLetter(lower(s[next])) {
		return false
	}
	if k := len(n.buf); k == 0 || (k >= 2 && n.buf[k-2] != ' ') {
		return false // the word before is longer than one letter
	}
	return next+1 == len(s) || !isLatinLetter(lower(s[next+1]))
}
