package triage

import (
	"fmt"
	"maps"
	"sort"
	"strings"
	"unicode/utf8"
)

// Arabizi is Arabic written in Latin letters and digits ("3andi wja3 f
// sdri"). A message that shows Arabizi has each Latin word that is not an
// English word of the lexicon read into Arabic script: the word is aligned,
// letter by letter, with the Arabic words the lexicon knows (a trie of every
// form it matches exactly), so only spellings that mean something are made,
// and short vowels — written in Arabizi, not in Arabic script — may stand
// for no letter. The Arabic spelling then goes through the same reading as
// Arabic typed in Arabic script: clitics, negation, morphology.

// arabiziSpec is the [arabizi] section of the rules (lexicon_arabizi.toml).
type arabiziSpec struct {
	Letters    map[string][]string  `toml:"letters"`     // Latin unit -> Arabic letters it stands for
	Words      map[string]string    `toml:"words"`       // short words read as they stand
	Markers    []string             `toml:"markers"`     // dialect words that show a message is Arabizi
	NotArabizi []string             `toml:"not_arabizi"` // Latin words with digits that are not Arabizi
	Dialects   []arabiziDialectSpec `toml:"dialect"`     // a dialect's own letters, shown by its words
}

// arabiziDialectSpec is one [[arabizi.dialect]]: words only one dialect
// group writes, and the letters it writes differently from the others
// (Egyptian g is ج, never the Gulf ق: "waga3" وجع, not واقع).
type arabiziDialectSpec struct {
	Name    string              `toml:"name"`
	Markers []string            `toml:"markers"`
	Letters map[string][]string `toml:"letters"`
}

// arabiziOption is one Arabic reading of a Latin unit.
type arabiziOption struct {
	ar    string // "" for no letter (a short vowel)
	cost  int    // in costUnit: 0 likely, costUnit less likely; plus its place in the list
	start bool   // only at the start of a word
	end   bool   // only at its end
}

type arabiziReader struct {
	units   map[string][]arabiziOption
	maxUnit int // longest unit, in bytes
	words   map[string]string
	markers map[string]bool
	not     map[string]bool
	// trie of the Arabic words the lexicon knows
	edges map[trieEdge]int32
	word  []string // per node: the word ending there, or ""
	// per node: the stem of a word* pattern ending there, or ""; read, with
	// an attached pronoun or without, only for a Latin word that has no
	// reading as a whole word (a last resort: "dra3ha" دراعها)
	stem []string
	// dialects are readers sharing this trie whose letters follow one
	// dialect group, chosen by a word only that group writes
	dialects []arabiziDialect
}

type arabiziDialect struct {
	markers map[string]bool
	z       *arabiziReader
}

// forWords returns the reader for a message's words: the first dialect
// whose own words the message uses, or the reader of every dialect.
func (z *arabiziReader) forWords(words []string) *arabiziReader {
	for _, d := range z.dialects {
		for _, w := range words {
			if d.markers[w] {
				return d.z
			}
		}
	}
	return z
}

type trieEdge struct {
	node int32
	r    rune
}

// Minimum lengths: a Latin word read letter by letter (shorter ones only
// through [arabizi.words]) and the Arabic word it is read as.
const (
	minArabiziLatin  = 3
	minArabiziArabic = 2
	maxArabiziLatin  = 24 // longer Latin words are not Arabizi
	minArabiziStem   = 3  // a stem read as a last resort, or a word read with a pronoun
)

func buildArabizi(spec *arabiziSpec, file string, arabicWords, arabicStems func(func(string))) (*arabiziReader, error) {
	z := &arabiziReader{
		units: map[string][]arabiziOption{}, words: map[string]string{}, markers: map[string]bool{}, not: map[string]bool{},
		edges: map[trieEdge]int32{}, word: []string{""}, stem: []string{""},
	}
	if spec == nil {
		return z, nil
	}
	if err := z.addLetters(spec.Letters, file); err != nil {
		return nil, err
	}
	for latin, ar := range spec.Words {
		l, a := Normalize(latin), Normalize(ar)
		for _, w := range strings.Fields(a) {
			if !isArabicWord(w) {
				return nil, fmt.Errorf("triage: %s: arabizi word %q: %q is not Arabic", file, latin, ar)
			}
		}
		z.words[l] = a
	}
	for _, m := range spec.Markers {
		z.markers[Normalize(m)] = true
	}
	for _, m := range spec.NotArabizi {
		z.not[Normalize(m)] = true
	}
	arabicWords(func(w string) { z.add(w, false) })
	arabicStems(func(w string) {
		// a stem of two letters («جو*») fits too many Latin words
		if utf8.RuneCountInString(w) >= minArabiziStem {
			z.add(w, true)
		}
	})
	for _, d := range spec.Dialects {
		dz := *z
		dz.units, dz.dialects = maps.Clone(z.units), nil
		if err := dz.addLetters(d.Letters, file); err != nil {
			return nil, fmt.Errorf("%w (in arabizi dialect %q)", err, d.Name)
		}
		ad := arabiziDialect{markers: map[string]bool{}, z: &dz}
		for _, m := range d.Markers {
			ad.markers[Normalize(m)] = true
		}
		z.dialects = append(z.dialects, ad)
	}
	return z, nil
}

// addLetters sets the Arabic letters each Latin unit stands for, replacing
// what a unit stood for before.
func (z *arabiziReader) addLetters(letters map[string][]string, file string) error {
	for unit := range letters {
		delete(z.units, Normalize(unit))
	}
	for unit, opts := range letters {
		u := Normalize(unit)
		if u == "" || strings.ContainsRune(u, ' ') {
			return fmt.Errorf("triage: %s: arabizi letter %q is not one unit", file, unit)
		}
		for k, o := range opts {
			opt := arabiziOption{}
			o, opt.cost = cutMark(o, "?", costUnit)
			opt.cost += k // ties go to the reading listed first
			var ok bool
			if o, ok = strings.CutSuffix(o, "^"); ok {
				opt.start = true
			}
			if o, ok = strings.CutSuffix(o, "$"); ok {
				opt.end = true
			}
			if o != "_" {
				opt.ar = Normalize(o)
				if !isArabicWord(opt.ar) || utf8.RuneCountInString(opt.ar) != 1 {
					return fmt.Errorf("triage: %s: arabizi letter %q: option %q is not one Arabic letter or _", file, unit, o)
				}
			}
			z.units[u] = append(z.units[u], opt)
		}
		z.maxUnit = max(z.maxUnit, len(u))
	}
	return nil
}

func cutMark(s, mark string, cost int) (string, int) {
	if r, ok := strings.CutSuffix(s, mark); ok {
		return r, cost
	}
	return s, 0
}

// add puts an Arabic word, or the stem of a word* pattern, in the trie.
func (z *arabiziReader) add(w string, stem bool) {
	if !isArabicWord(w) || utf8.RuneCountInString(w) < minArabiziArabic {
		return
	}
	n := int32(0)
	for _, r := range w {
		next, ok := z.edges[trieEdge{n, r}]
		if !ok {
			next = int32(len(z.word))
			z.word = append(z.word, "")
			z.stem = append(z.stem, "")
			z.edges[trieEdge{n, r}] = next
		}
		n = next
	}
	if stem {
		z.stem[n] = w
	} else {
		z.word[n] = w
	}
}

// digitUnit matches a number with a unit after it ("3am", "5yo", "39c",
// "2nd", "10mg"), which is not Arabizi.
func digitUnit(w string) bool {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.') {
		i++
	}
	if i == 0 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th", "am", "pm", "yo", "y", "yr", "yrs", "h", "hr", "hrs", "m", "min", "mins", "d",
		"days", "w", "wk", "wks", "mo", "mos", "kg", "g", "mg", "mcg", "ml", "l", "cm", "mm", "c", "f", "x", "s",
		"k", "bpm", "mmhg", "mmol", "iu", "u", "ish", "weeks", "months", "years":
		return true
	}
	return false
}

// marked reports whether a normalized word is written with the digits of
// Arabizi: a 3, 5, 7 or 9 standing alone beside a letter ("3andi", "7ar",
// "ma3"), or a 2, 6 or 8 between two letters ("ma2to3", "l2ard"); a
// number with its unit ("3am", "39c") and the words of not_arabizi are
// not.
func (z *arabiziReader) marked(w string) bool {
	if len(w) > maxArabiziLatin || z.not[w] || digitUnit(w) {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		if isLatinLetter(w[i]) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			continue
		}
		before := i > 0 && isLatinLetter(w[i-1])
		after := i+1 < len(w) && isLatinLetter(w[i+1])
		lone := (i == 0 || !isDigit(w[i-1])) && (i+1 == len(w) || !isDigit(w[i+1]))
		switch c {
		case '3', '5', '7', '9':
			if lone && (before || after) {
				return true
			}
		case '2', '6', '8':
			if before && after {
				return true
			}
		}
	}
	return false
}

func isLatinLetter(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }

// isLatinWord reports whether a normalized word is Latin letters and
// digits with at least one letter.
func isLatinWord(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isLatinLetter(c):
			letter = true
		case isDigit(c):
		default:
			return false
		}
	}
	return letter
}

// maxArabiziGate bounds the words read to decide whether a message is
// Arabizi.
const maxArabiziGate = 60

// arabiziMessage reports whether the words of a normalized message show
// Arabizi: one word written with its digits ("3andi", "7ar"), or, without
// digits ("ma agdar atnaffas"), two words or more that read as Arabic words
// the lexicon knows and outnumber twice over the words it knows as English.
func (lx *lexicon) arabiziMessage(words []string, reads arabiziCache) bool {
	z := lx.arabizi.forWords(words)
	if len(z.units) == 0 {
		return false
	}
	for _, w := range words {
		if z.marked(w) {
			return true
		}
	}
	// English words first: a message mostly English is not read further.
	latin, english := 0, 0
	for _, w := range words {
		if !isLatinWord(w) {
			continue
		}
		if latin++; latin > maxArabiziGate {
			break
		}
		if _, short := z.words[w]; !short && !z.markers[w] && lx.englishWord(w) {
			english++
		}
	}
	if other := min(latin, maxArabiziGate) - english; other < 2 || other <= 2*english {
		return false
	}
	arabic, english, seen := 0, 0, 0
	for _, w := range words {
		if !isLatinWord(w) {
			continue
		}
		if seen++; seen > maxArabiziGate {
			break
		}
		_, short := z.words[w]
		switch {
		case z.markers[w] || short && len(w) >= 2:
			arabic++
		case lx.englishWord(w):
			english++
		case len(reads.read(z, w)) > 0:
			arabic++
		}
	}
	return arabic >= 2 && arabic > 2*english
}

// englishWord reports whether the lexicon knows a Latin word.
func (lx *lexicon) englishWord(w string) bool {
	return lx.known[w] || lx.stops[w] || lx.fillers[w] || lx.conts[w] || lx.breaks[w] || len(lx.exactIdx[w]) > 0
}

// arabiziCache keeps the readings of the words of one message, which is
// read twice (to decide whether it is Arabizi, then word by word).
type arabiziCache map[string][]string

func (c arabiziCache) read(z *arabiziReader, w string) []string {
	r, ok := c[w]
	if !ok {
		r = z.read(w)
		c[w] = r
	}
	return r
}

// arabiziState is one step of the search: a position in the Latin word and
// a node of the trie (which fixes the Arabic letters read so far).
type arabiziState struct {
	i    int
	node int32
}

// arabiziPrefix is a clitic read before the trie word: the negation ما,
// the conjunctions و ف, the prepositions ب ل ك ع and the article.
type arabiziPrefix struct{ latin, ar string }

var arabiziPrefixes = func() [][]arabiziPrefix {
	neg := []arabiziPrefix{{"ma", "ما"}}
	conj := []arabiziPrefix{{"w", "و"}, {"wa", "و"}, {"we", "و"}, {"wi", "و"}, {"ou", "و"}, {"u", "و"}, {"f", "ف"}, {"fa", "ف"}}
	inner := []arabiziPrefix{
		{"b", "ب"}, {"bi", "ب"}, {"be", "ب"}, {"ba", "ب"}, {"l", "ل"}, {"li", "ل"}, {"le", "ل"}, {"la", "ل"},
		{"el", "ال"}, {"il", "ال"}, {"al", "ال"}, {"l", "ال"}, {"bel", "بال"}, {"bil", "بال"}, {"bl", "بال"},
		{"lel", "لل"}, {"lil", "لل"}, {"ll", "لل"}, {"3a", "ع"}, {"3", "ع"},
	}
	var out [][]arabiziPrefix
	for _, n := range append([]arabiziPrefix{{}}, neg...) {
		for _, c := range append([]arabiziPrefix{{}}, conj...) {
			for _, in := range append([]arabiziPrefix{{}}, inner...) {
				var p []arabiziPrefix
				for _, x := range []arabiziPrefix{n, c, in} {
					if x.latin != "" {
						p = append(p, x)
					}
				}
				out = append(out, p)
			}
		}
	}
	return out
}()

// prefixCost is what reading a clitic costs: a whole word is the likelier
// reading ("kalam" كلام, not ك + الام).
const prefixCost = 8

// suffixCost is what reading an attached pronoun costs: like a clitic
// before the word, a whole word is the likelier reading.
const suffixCost = prefixCost

// latinPronouns are the attached pronouns as Arabizi writes them (my, your,
// his, her, our, their, and a verb's "me"), with the Arabic they stand for.
var latinPronouns = map[string][]string{
	"i": {"ي"}, "y": {"ي"}, "ee": {"ي"},
	"o": {"ه"}, "ou": {"ه"}, "u": {"ه"}, "uh": {"ه"}, "oh": {"ه"}, "ah": {"ه"}, "eh": {"ه"},
	"ha": {"ها"}, "he": {"ها"}, "haa": {"ها"},
	"ak": {"ك"}, "ek": {"ك"}, "ik": {"ك"},
	"na": {"نا"}, "hom": {"هم"}, "hum": {"هم"}, "kom": {"كم"}, "kum": {"كم"},
	"ni": {"ني"}, "nee": {"ني"},
}

// costUnit is the cost of one less likely choice (a short vowel left out,
// an option marked "?"); below it, the order of the options breaks ties.
const costUnit = 10

// nearBest is how much costlier than the best reading another may be and
// still be kept: Arabic script leaves out what Arabizi writes, so "3arafa"
// is عرفه (Arafat) as well as عارفه (knowing).
const nearBest = 6

// Costs of what the Latin does not show: a short vowel Arabic script does
// not write, the article written as a doubled sun letter, an alif left out
// at the start.
const (
	shortVowelCost = 3
	sunArticleCost = 5
	startAlifCost  = 5
)

// sunLetters are the Latin first letters of the Arabic sun letters, before
// which the article is written as the doubled letter ("ddem", "ennafas").
const sunLetters = "tdrzsnl69"

// arabiziRead is one reading of a Latin word.
type arabiziRead struct {
	ar   string
	cost int
}

// read returns the Arabic spellings of a normalized Latin word that the
// lexicon knows, likeliest first (all of the lowest cost), or none.
func (z *arabiziReader) read(w string) []string {
	if ar, ok := z.words[w]; ok {
		return []string{ar}
	}
	if len(w) < minArabiziLatin || len(w) > maxArabiziLatin || len(z.word) < 2 {
		return nil
	}
	out := z.readAll(w, false)
	if len(out) == 0 {
		out = z.readAll(w, true)
	}
	return out
}

// readAll reads w through the trie with every clitic prefix; loose also
// reads the stems of word* patterns and an attached pronoun after a word
// or a stem.
func (z *arabiziReader) readAll(w string, loose bool) []string {
	var found []arabiziRead
	best := 1 << 30
	for _, pre := range arabiziPrefixes {
		rest, arPre, cost := w, "", prefixCost*len(pre)
		ok := true
		for _, p := range pre {
			if rest, ok = strings.CutPrefix(rest, p.latin); !ok {
				break
			}
			arPre += p.ar
		}
		if !ok || rest == "" {
			continue
		}
		z.readCore(rest, arPre, cost, loose, &found, &best)
		// the article before a sun letter: "ddem", "eddam", "wennafas"
		if len(pre) == 0 || pre[len(pre)-1].ar == "و" || pre[len(pre)-1].ar == "ف" || pre[len(pre)-1].ar == "ب" {
			r := rest
			if len(r) > 0 && strings.IndexByte("aei", r[0]) >= 0 {
				r = r[1:]
			}
			if len(r) >= 3 && r[0] == r[1] && strings.IndexByte(sunLetters, r[0]) >= 0 {
				z.readCore(r[1:], arPre+"ال", cost+sunArticleCost, loose, &found, &best)
			}
		}
	}
	// the likeliest first, then the near ones
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].cost != found[j].cost {
			return found[i].cost < found[j].cost
		}
		return found[i].ar < found[j].ar
	})
	var out []string
	for _, f := range found {
		if f.cost <= best+nearBest && !containsString(out, f.ar) {
			out = append(out, f.ar)
		}
	}
	return out
}

func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// readCore aligns the Latin word w with the trie from its root.
func (z *arabiziReader) readCore(w, arPre string, cost0 int, loose bool, found *[]arabiziRead, best *int) {
	seen := map[arabiziState]int{}
	var walk func(i int, node int32, cost int, inserted bool)
	walk = func(i int, node int32, cost int, inserted bool) {
		if cost > *best+nearBest {
			return
		}
		st := arabiziState{i, node}
		if c, ok := seen[st]; ok && c <= cost {
			return
		}
		seen[st] = cost
		word := z.word[node]
		if loose && word == "" {
			word = z.stem[node]
		}
		if i == len(w) {
			if word != "" {
				z.record(arPre+word, cost, found, best)
			}
			return
		}
		// the negation's final ش after a known word: "ma 3andich"
		if word != "" && (w[i:] == "sh" || w[i:] == "ch") {
			z.record(arPre+word+"ش", cost, found, best)
		}
		// an attached pronoun after a known word or stem, which the Arabic
		// lexicon reads as it reads صدرها: "dra3ha", "rejlo"
		if loose && utf8.RuneCountInString(word) >= minArabiziStem {
			for _, ar := range latinPronouns[w[i:]] {
				z.record(arPre+word+ar, cost+suffixCost, found, best)
			}
		}
		// a doubled consonant is one Arabic letter: "kallam", "ddem", and
		// a doubled digit letter too, the shadda Arabizi writes twice:
		// "ko77a" كحه (cough), "sa77" (h114-023's family)
		if i > 0 && w[i] == w[i-1] && (isLatinLetter(w[i]) && strings.IndexByte("aeiou", w[i]) < 0 || strings.IndexByte("35679", w[i]) >= 0) {
			walk(i+1, node, cost, inserted)
		}
		// an alif the Latin does not write at the start: "mmi", "bni"; only
		// before two consonants, where Arabic needs it to begin: a consonant
		// and its vowel ("gawi", "9oo2": قوي) begin the word themselves, and
		// an alif there makes another word (اقوى, the superlative)
		if node == 0 && !inserted && !consonantThenVowel(w) {
			if next, ok := z.edges[trieEdge{0, 'ا'}]; ok {
				walk(i, next, cost+startAlifCost, true)
			}
		}
		for n := min(z.maxUnit, len(w)-i); n >= 1; n-- {
			if n == 1 && strings.HasPrefix(w[i:], "kh") {
				// "kh" is خ, never ك then ح or ه: writers spell كح with the
				// 7 ("k7a"), and "khti" (my sister) read as «كحتي» (my
				// cough), "kha" as «كحه», "khra" as «كهره» (h120-038)
				continue
			}
			opts, ok := z.units[w[i:i+n]]
			if !ok {
				continue
			}
			atEnd := i+n == len(w)
			for _, o := range opts {
				if o.start && i != 0 || o.end && !atEnd {
					continue
				}
				if o.ar == "" {
					if atEnd || i == 0 {
						continue // a first or last vowel is a letter: ا ه ي و
					}
					walk(i+n, node, cost+shortVowelCost+o.cost, inserted)
					continue
				}
				r, _ := utf8.DecodeRuneInString(o.ar)
				if next, ok := z.edges[trieEdge{node, r}]; ok {
					walk(i+n, next, cost+o.cost, inserted)
				}
			}
		}
	}
	walk(0, 0, cost0, false)
}

func (z *arabiziReader) record(ar string, cost int, found *[]arabiziRead, best *int) {
	if cost < *best {
		*best = cost
	}
	*found = append(*found, arabiziRead{ar, cost})
}

// consonantThenVowel reports whether a Latin word begins with one Latin
// consonant followed by a vowel ("gawi", "9oo2", "bi"), so its first
// syllable needs no alif before it.
func consonantThenVowel(w string) bool {
	return len(w) >= 2 && strings.IndexByte("aeiou", w[0]) < 0 && strings.IndexByte("aeiou", w[1]) >= 0
}
