package triage

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// maxTokens bounds the words read from one message; a longer message is
// read up to here (red flags come early in what patients write).
const maxTokens = 1500

func (lx *lexicon) tokenize(a *analysis, text string) {
	var clause, phrase int32
	words := strings.Fields(Normalize(text))
	reads := arabiziCache{}
	arabizi := lx.arabiziMessage(words, reads)
	z := lx.arabizi.forWords(words)
	if arabizi && strings.Contains(text, "-") {
		// Arabizi hyphenates one word ("bet-rod" بترد, "7rarat-ha")
		words = strings.Fields(Normalize(joinHyphens(text)))
	}
	// glue is a clitic written apart from its word ("و ايدو", Arabizi
	// "w jismah", "el dam"), read glued to the next word as Arabic script
	// writes it.
	var glue string
	flush := func() {
		if glue != "" {
			lx.addToken(a, glue, clause, phrase)
			glue = ""
		}
	}
	for k, w := range words {
		if len(a.toks) >= maxTokens {
			break
		}
		text, alts := w, []string(nil)
		// a prefix written apart from its word: glued below
		apart := ""
		if arabizi && k+1 < len(words) {
			apart = lx.arabiziApart(z, words, k, reads)
		}
		if apart != "" {
			text = apart
		} else if arabizi && !lx.frenchArticle(z, words, k, reads) {
			if r := lx.arabiziReadings(z, w, reads); len(r) > 0 {
				text, alts = r[0], r[1:]
				// a short word may stand for several ("3ala" على)
				if i := strings.LastIndexByte(text, ' '); i >= 0 {
					for _, p := range strings.Fields(text[:i]) {
						lx.addToken(a, p, clause, phrase)
					}
					text = text[i+1:]
				}
			}
		}
		// «غير» is "but" and breaks the clause, except after «من»: «من غير
		// فقاقيع» is "without blisters", a negation (h47-016); and after
		// the Levantine progressive «عم», where it is the first person of
		// changing: «عم غير الفوطة تقريبا كل ساعة» (I am changing the pad
		// about every hour, set 105's tests) was cut in two.
		// «بس» before a count is "only", not "but": «طحت من الدرج، بس ثلاث
		// درجات» (I fell down the stairs, only three steps, h101-019) keeps
		// the few steps in the fall's sentence.
		if text == clauseMark || lx.breaks[text] && !(text == "غير" && glue == "" && lastWordIs(a, clause, "من", "ومن", "عم", "وعم")) &&
			!(text == "بس" && k+1 < len(words) && countWord(words[k+1])) {
			flush()
			clause++
			phrase++
			continue
		}
		if text == phraseMark {
			flush()
			phrase++
			continue
		}
		if glue != "" && isArabicWord(text) {
			text = glue + text
			for i := range alts {
				alts[i] = glue + alts[i]
			}
			glue = ""
		}
		flush()
		if k+1 < len(words) && (text == "و" || arabizi && arabiziGlue[text]) {
			glue = text
			continue
		}
		// A negation glued to its verb ("مابقاتش", "مايقدر") reads as two
		// words when the rest is a word the lexicon knows.
		if pre, rest, ok := lx.splitNegation(text); ok {
			lx.addToken(a, pre, clause, phrase)
			text = rest
		}
		lx.addTokenReadings(a, text, alts, clause, phrase)
	}
	flush()
}

// frenchArticle reports whether words[k] of an Arabizi message is the
// French article "la" before a French word it borrows ("9tst la tension",
// "ntfekhet 3and la cheville"), which stays a French word (a filler), not
// the Arabic negation لا: read as لا, an ankle swollen after a twist was
// no ankle (h42-033). Before a word read as Arabic ("la 7rara la walo") or
// an English word of no French ("la fever") it is still the negation.
func (lx *lexicon) frenchArticle(z *arabiziReader, words []string, k int, reads arabiziCache) bool {
	if words[k] != "la" || k+1 >= len(words) {
		return false
	}
	next := words[k+1]
	if !isLatinWord(next) {
		return false
	}
	// A French word of four letters or more is the article's even when its
	// letters also spell an Arabic word: "ratat la séance" (she missed the
	// session, h120-038) read «لا سنكي», and its "no" undid the missed
	// dialysis; "la crise", "la cuisse", "la grippe" too. Shorter ones
	// ("la ma", "la bas", "la fin") are the negation's as often.
	if lx.french[next] && len(next) >= 4 {
		return true
	}
	return len(lx.arabiziReadings(z, next, reads)) == 0 && (lx.french[next] || !lx.englishWord(next))
}

// arabiziApart reads words[k] of an Arabizi message as a prefix written
// apart from its word, to be glued to the next one as Arabic script writes
// it: the Levantine and Egyptian present's «بت» ("ma bt ro7" ما بتروح,
// "bet 2oul"), and "la" before a direction ("la 2eddam" لقدام, "la wara"),
// which is the preposition ل, not the negation لا. A child's rash that
// "ma bt ro7 lama edghat" (does not fade when I press) was no
// non-blanching rash, and a head he cannot lower "la 2eddam" no stiff neck
// (h94-025; NICE NG240).
func (lx *lexicon) arabiziApart(z *arabiziReader, words []string, k int, reads arabiziCache) string {
	next := words[k+1]
	if !isLatinWord(next) {
		return ""
	}
	switch words[k] {
	case "bt", "bet", "bit", "btt":
		if len(lx.arabiziReadings(z, next, reads)) > 0 && !lx.englishWord(next) {
			return "بت"
		}
	case "la", "l":
		for _, r := range lx.arabiziReadings(z, next, reads) {
			if arabiziDirections[r] {
				return "ل"
			}
		}
		// "la" after a verb of coming out or happening is the Gulf's
		// «له» (to him), never the negation: "6ala3 la jir7 ta7t rijla"
		// (a wound came up under his foot, h111-006) denied the wound.
		if words[k] == "la" && k > 0 {
			for _, r := range lx.arabiziReadings(z, words[k-1], reads) {
				if arabiziLaVerbs[r] {
					return "له"
				}
			}
		}
	}
	return ""
}

// arabiziLaVerbs are the verbs of something coming out, coming or
// happening to someone ("6ala3 la", "9ar la", "jat la"), after which the
// Gulf's "la" is «له», to him: nothing is denied after them.
var arabiziLaVerbs = map[string]bool{
	"طلع": true, "طالع": true, "طلعت": true, "صار": true, "صارت": true, "جا": true, "جات": true, "جاه": true,
	"بان": true, "بانت": true, "سوينا": true, "سويت": true, "حصل": true, "حصلت": true,
}

// arabiziDirections are the directions "la" goes to in Arabizi ("la
// 2eddam", "la wara", "la ta7t", "la fo2").
var arabiziDirections = map[string]bool{"قدام": true, "ورا": true, "تحت": true, "فوق": true, "جوا": true, "برا": true}

// arabiziGlue are the clitics Arabizi writes as words of their own ("w",
// "el", "b", "l", "f", "bel", "fel" في ال), which Arabic script glues to
// the next word.
var arabiziGlue = map[string]bool{"و": true, "ال": true, "ب": true, "ل": true, "ف": true, "بال": true, "لل": true, "بت": true}

func (lx *lexicon) addToken(a *analysis, w string, clause, phrase int32) {
	lx.addTokenReadings(a, w, nil, clause, phrase)
}

// addTokenReadings adds the word w, which also matches what the words in
// alts match (other readings of one Arabizi word).
func (lx *lexicon) addTokenReadings(a *analysis, w string, alts []string, clause, phrase int32) {
	r, _ := utf8.DecodeRuneInString(w)
	t := token{text: w, clause: clause, phrase: phrase, isArabic: isArabicLetter(r)}
	t.pat0 = int32(len(a.pats))
	lx.lookupWord(a, &t)
	for _, alt := range alts {
		at := token{text: alt, isArabic: true}
		lx.lookupWord(a, &at)
		t.fullHit = t.fullHit || at.fullHit
	}
	t.pat1 = int32(len(a.pats))
	a.toks = append(a.toks, t)
}

// arabiziReadings returns the Arabic a Latin word of an Arabizi message
// reads as with reader z (the message's dialect), likeliest first, or nothing. A word the lexicon knows as an
// English word ("fever", "cough" in a mixed message) stays English.
func (lx *lexicon) arabiziReadings(z *arabiziReader, w string, reads arabiziCache) []string {
	if !isLatinWord(w) {
		return nil
	}
	if _, short := z.words[w]; !short && !z.markers[w] && lx.englishWord(w) {
		return nil
	}
	// an English word behind an Arabic article or preposition:
	// "l'eczema", "el fever" written as one word
	for _, pre := range arabiziEnglishClitics {
		// five letters or more: "wheat" is not و + heat
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 5 && lx.englishWord(rest) {
			return []string{rest}
		}
	}
	return reads.read(z, w)
}

// arabiziEnglishClitics are the Arabic clitics Arabizi glues to an English
// word it borrows.
var arabiziEnglishClitics = []string{"el", "il", "al", "l", "bel", "bil", "b", "fel", "fil", "w"}

// splitNegation splits "ما"/"وما" from the word it is glued to, and the
// Egyptian and Maghrebi م…ش negation ("مبيردش" reads "ما بيردش", "ومبيردش"
// "وما بيردش").
func (lx *lexicon) splitNegation(w string) (string, string, bool) {
	if lx.known[w] || lx.noStrip[w] {
		return "", "", false
	}
	for _, pre := range []string{"وما", "ما"} {
		rest, ok := strings.CutPrefix(w, pre)
		if !ok || utf8.RuneCountInString(rest) < 3 {
			continue
		}
		if lx.knownForm(rest) || lx.hasPrefixPattern(rest) {
			return pre, rest, true
		}
	}
	// the م…ش negation after "and": «ومبيردش» reads "وما بيردش"
	for _, pre := range []string{"وم", "م"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && strings.HasSuffix(rest, "ش") && utf8.RuneCountInString(rest) >= 4 {
			if lx.knownForm(rest) {
				return pre + "ا", rest, true
			}
		}
	}
	return "", "", false
}

// knownForm reports whether w, or w without the negation's final ش, is a
// word the lexicon knows.
func (lx *lexicon) knownForm(w string) bool {
	if lx.known[w] {
		return true
	}
	base, ok := strings.CutSuffix(w, "ش")
	return ok && utf8.RuneCountInString(base) >= 3 && len(lx.exactIdx[base]) > 0
}

func (lx *lexicon) hasPrefixPattern(w string) bool {
	n := 0
	for i := range w {
		if n >= 2 && len(lx.prefixIdx[w[:i]]) > 0 {
			return true
		}
		n++
	}
	return len(lx.prefixIdx[w]) > 0
}

// lookupWord finds the patterns a word matches: as typed, with Arabic
// clitics stripped (unless it is a function word such as لما, where the
// clitic is not one), and failing any match, with one typo forgiven.
func (lx *lexicon) lookupWord(a *analysis, t *token) {
	w := t.text
	from := len(a.pats)
	lx.lookupForm(a, w, from)
	t.fullHit = len(a.pats) > from
	if t.isArabic && !lx.noStrip[w] {
		// MSA accusative: "مائلاً" is written مايلا, "مغشياً" مغشيا.
		if base, ok := strings.CutSuffix(w, "ا"); ok && utf8.RuneCountInString(base) >= 3 {
			lx.lookupForm(a, base, from)
		}
		for _, c := range conjClitics {
			if rest, ok := stripClitic(w, c, 2); ok {
				lx.lookupForm(a, rest, from)
				// "and" before a word whose first letters only look
				// like clitics keeps it whole: «وعسل» is and honey, not
				// ع + سل (tuberculosis), as «عسل» alone is.
				if lx.noStrip[rest] {
					continue
				}
				for _, c2 := range innerClitics {
					if rest2, ok := stripClitic(rest, c2, 2); ok {
						lx.lookupForm(a, rest2, from)
					}
				}
				for _, c2 := range verbClitics {
					if rest2, ok := stripClitic(rest, c2, 3); ok {
						lx.lookupForm(a, rest2, from)
					}
				}
			}
		}
		for _, c := range innerClitics {
			if rest, ok := stripClitic(w, c, 2); ok {
				lx.lookupForm(a, rest, from)
			}
		}
		for _, c := range verbClitics {
			if rest, ok := stripClitic(w, c, 3); ok {
				lx.lookupForm(a, rest, from)
			}
		}
	}
	// An English plural or possessive ("childs" from "child's") is read
	// as its singular before any typo is forgiven.
	if base, ok := strings.CutSuffix(w, "s"); ok && len(a.pats) == from && !t.isArabic && len(base) >= 3 {
		lx.lookupForm(a, base, from)
	}
	if len(a.pats) == from {
		lx.lookupFuzzy(a, w, from)
	}
}

// stripClitic removes prefix c from w if at least minRunes letters remain.
func stripClitic(w, c string, minRunes int) (string, bool) {
	if !strings.HasPrefix(w, c) {
		return "", false
	}
	rest := w[len(c):]
	if utf8.RuneCountInString(rest) < minRunes {
		return "", false
	}
	return rest, true
}

func (lx *lexicon) lookupForm(a *analysis, w string, from int) {
	a.pats = appendPats(a.pats, lx.exactIdx[w], from)
	// The Egyptian and Maghrebi negation ends the verb with ش ("ما
	// كيفيقش", "ما يردش"): the verb is also looked up without it.
	if base, ok := strings.CutSuffix(w, "ش"); ok && utf8.RuneCountInString(base) >= 3 {
		a.pats = appendPats(a.pats, lx.exactIdx[base], from)
	}
	// Prefix patterns: every leading part of w, two letters or longer.
	n := 0
	for i := range w {
		if i > lx.maxPrefix {
			break
		}
		if n >= 2 {
			a.pats = appendPats(a.pats, lx.prefixIdx[w[:i]], from)
		}
		n++
	}
	if len(w) <= lx.maxPrefix && n >= 2 {
		a.pats = appendPats(a.pats, lx.prefixIdx[w], from)
	}
}

func (lx *lexicon) lookupFuzzy(a *analysis, w string, from int) {
	if lx.known[w] {
		return
	}
	lx.fuzzyMatches(a, w, from)
	if len(a.pats) == from && isArabicWord(w) {
		lx.shortArabicSlips(a, w, from)
	}
}

// shortArabicSlips reads an Arabic word too short to spell-correct (fewer
// than minFuzzyArabic letters, where one changed letter makes another real
// word: مراره is not حراره) through the two slips of a thumb that seldom
// make one: two neighbouring letters swapped («حرراه» حراره, «نجبي» جنبي)
// and a letter typed twice («صدااع» صداع, «عورره» عوره). Arabic spells no
// doubled letter inside a word (the shadda is not written), except where a
// prefix meets its word (ممرض, للطوارئ), so the first two letters are left.
// Only a whole word the lexicon knows counts.
func (lx *lexicon) shortArabicSlips(a *analysis, w string, from int) {
	r := []rune(w)
	if len(r) < 4 || len(r) > minFuzzyArabic {
		return
	}
	try := func(c []rune) {
		a.pats = appendPats(a.pats, lx.exactIdx[string(c)], from)
	}
	c := make([]rune, 0, len(r))
	for i := 1; i < len(r); i++ {
		if r[i] == r[i-1] {
			if i >= 2 {
				try(append(append(c[:0], r[:i]...), r[i+1:]...))
			}
			continue
		}
		if len(r) < minFuzzyArabic {
			c = append(c[:0], r...)
			c[i-1], c[i] = c[i], c[i-1]
			try(c)
		}
	}
}

// fuzzyMatches adds the spell-correctable patterns one typo away from w.
func (lx *lexicon) fuzzyMatches(a *analysis, w string, from int) {
	if !fuzzyEligible(w, 1) {
		return
	}
	check := func(ps []int32) {
		for _, p := range ps {
			if osaWithin1(w, lx.pats[p].text) {
				a.pats = appendPat(a.pats, p, from)
			}
		}
	}
	check(lx.fuzzyIdx[w])
	for i, r := range w {
		a.scratch = append(append(a.scratch[:0], w[:i]...), w[i+utf8.RuneLen(r):]...)
		check(lx.fuzzyIdx[string(a.scratch)])
	}
}

// appendPats appends the patterns not already among the current token's,
// which start at dst[from].
func appendPats(dst, src []int32, from int) []int32 {
	for _, p := range src {
		dst = appendPat(dst, p, from)
	}
	return dst
}

func appendPat(dst []int32, p int32, from int) []int32 {
	for _, q := range dst[from:] {
		if q == p {
			return dst
		}
	}
	return append(dst, p)
}

// joinHyphens drops a hyphen between two Latin letters or digits.
func joinHyphens(s string) string {
	b := []byte(s)
	out := b[:0:0]
	for i, c := range b {
		if c == '-' && i > 0 && i+1 < len(b) && isAlnumASCII(b[i-1]) && isAlnumASCII(b[i+1]) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

func isAlnumASCII(c byte) bool {
	return isLatinLetter(lower(c)) || isDigit(c)
}

// lastWordIs reports whether the last token read is one of words, in clause.
func lastWordIs(a *analysis, clause int32, words ...string) bool {
	if len(a.toks) == 0 {
		return false
	}
	t := a.toks[len(a.toks)-1]
	return t.clause == clause && slices.Contains(words, t.text)
}

// countWord reports whether w is a count: a number ("3", "٣" folded) or
// one written as a word («ثلاث», «كم»).
func countWord(w string) bool {
	return isNumber(w) || numberWords[w] > 0
}
