package triage

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Internal concepts compiled from [modifiers].
const (
	modNeg          = "_neg"
	modNegBefore    = "_neg_before"
	modNegClosing   = "_neg_closing"
	modNegLead      = "_neg_lead"
	modBecame       = "_became"
	modPseudo       = "_pseudo"
	modHist         = "_hist"
	modMed          = "_med"
	modResolved     = "_resolved"
	modResolvedVerb = "_resolved_verb"
	modDistant      = "_distant"
	modPastPoint    = "_past_point"
	modDaysBack     = "_days_back"
	modFeared       = "_feared"
	modAsked        = "_asked"
	modAnsweredNo   = "_answered_no"
)

const defaultWindow = 8

type wordPat struct {
	text   string
	prefix bool // matches any word starting with text
	exact  bool // never spell-corrected
	verb   bool // +stem: any Arabic person, aspect or future prefix (verbForms)
	suffix bool // word+: any attached Arabic pronoun (suffixForms)
}

type term struct {
	concept int32
	words   []int32
}

type concept struct {
	id        string
	helper    bool
	diagnosis bool
	modifier  bool  // one of _neg, _pseudo, _hist, _med, or an except list
	except    int32 // concept holding this concept's except phrases, -1 none
	near      [][]int32
	window    int
	ordered   bool
	anyOf     []int32
	elsewhere []int32 // not read in a sentence naming one of these (a term, or built by near)
	across    bool    // near groups may span the sentences of a short message
}

// lexicon is the compiled vocabulary: word patterns indexed for lookup,
// phrases indexed by their first word, and composite concepts in the order
// they can be computed.
type lexicon struct {
	concepts  []concept
	index     map[string]int32
	pats      []wordPat
	patIndex  map[wordPat]int32
	exactIdx  map[string][]int32 // word -> patterns it matches exactly
	prefixIdx map[string][]int32 // prefix -> prefix patterns
	fuzzyIdx  map[string][]int32 // word or word less one letter -> spell-correctable patterns
	byFirst   map[int32][]int32  // pattern -> terms starting with it
	terms     []term
	known     map[string]bool // words never spell-corrected nor stripped of clitics
	stops     map[string]bool
	conts     map[string]bool
	breaks    map[string]bool
	fillers   map[string]bool
	noStrip   map[string]bool // Arabic words whose first letters are not clitics (لما, كلمني)
	// french holds the words of the French lexicon (lexicon_lang_fr.toml)
	// and those after "la" in any term: in an Arabizi message "la" before one is the French article ("la
	// cheville", "la tension"), not the Arabic negation لا
	french    map[string]bool
	topo      []int32 // composite concepts, components first
	maxPrefix int     // longest prefix pattern, in bytes
	scope     int
	arabizi   *arabiziReader
	// an episode that ended switches off endedOff, and recentStays when it
	// ended weeks or more back
	recentStays, endedOff map[int32]bool
	// an episode that ended a day or more back switches off daysBackOff
	daysBackOff map[int32]bool
	// and makes daysBackOver past, with no same-day assessment after it
	daysBackOver map[int32]bool
	// a sentence dated months or years back makes these past besides symptoms
	pastPointOff map[int32]bool
	// and these, only when the point is a year or more back
	yearsBackOff map[int32]bool
	nowWords     map[string]bool // a sentence dated to a past point is back to now from these words
}

// Arabic clitics stripped from a word that is not itself known: a
// conjunction, then a preposition or the article, or a Maghrebi verb prefix.
// The East's demonstrative «هال» (this) is glued as the article is:
// «رح موت من هالكحة», this cough (h122-029), read no cough, so the sleep
// it cost was the mind's complaint, asked about ending one's life.
var (
	conjClitics  = []string{"و", "ف"}
	innerClitics = []string{"بال", "كال", "لل", "هال", "ال", "ب", "ل", "ك", "ع"}
	verbClitics  = []string{"كي", "كن", "كت", "تي", "تن", "تا"}
)

const (
	minFuzzyLatin  = 5 // letters a word needs before a one-letter typo is forgiven
	minFuzzyArabic = 6
)

func buildLexicon(s *ruleSet) (*lexicon, error) {
	m := s.modifiers
	lx := &lexicon{
		index: map[string]int32{}, patIndex: map[wordPat]int32{},
		exactIdx: map[string][]int32{}, prefixIdx: map[string][]int32{}, fuzzyIdx: map[string][]int32{},
		byFirst: map[int32][]int32{}, known: map[string]bool{},
		stops: wordSet(m.Stops), conts: wordSet(m.Continuers), breaks: wordSet(m.ClauseBreaks), fillers: wordSet(m.Fillers),
		noStrip: wordSet(m.NoStrip), nowWords: wordSet(m.NowWords),
		scope: m.Scope,
	}
	if lx.scope <= 0 {
		lx.scope = 5
	}
	for _, w := range s.knownWords {
		lx.known[Normalize(w)] = true
	}
	for _, w := range m.Common {
		for _, p := range strings.Fields(Normalize(w)) {
			lx.known[p] = true
		}
	}
	for _, id := range factConcepts {
		lx.addConcept(concept{id: id, except: -1})
	}
	mods := []struct {
		id    string
		terms []string
	}{{modNeg, m.Negation}, {modNegBefore, m.NegationAfter}, {modNegClosing, m.NegationClosing},
		{modNegLead, m.NegationLead}, {modBecame, m.Became}, {modPseudo, m.PseudoNegation}, {modHist, m.History}, {modMed, m.Medication},
		{modResolved, m.Resolved}, {modResolvedVerb, m.ResolvedVerbs}, {modDistant, m.Distant},
		{modPastPoint, m.PastPoint}, {modDaysBack, m.DaysBack}, {modFeared, m.Feared},
		{modAsked, m.Asked}, {modAnsweredNo, m.AnsweredNo}}
	for _, md := range mods {
		ci := lx.addConcept(concept{id: md.id, modifier: true, except: -1})
		for _, t := range md.terms {
			if err := lx.addTerm(ci, "="+strings.Join(strings.Fields(t), " =")); err != nil {
				return nil, fmt.Errorf("triage: %s: modifiers %s: %w", s.modifiersFile, md.id[1:], err)
			}
		}
	}
	for i, c := range s.concepts {
		file := s.conceptFile[i]
		if !plainIDPattern.MatchString(c.ID) {
			return nil, loadError(file, "concept", c.ID, "id must be lower_snake_case")
		}
		if _, dup := lx.index[c.ID]; dup {
			return nil, loadError(file, "concept", c.ID, "defined twice")
		}
		if len(c.Terms) == 0 && len(c.Near) == 0 && len(c.AnyOf) == 0 {
			return nil, loadError(file, "concept", c.ID, "needs terms, near or any_of")
		}
		w := c.Window
		if w == 0 {
			w = defaultWindow
		}
		lx.addConcept(concept{id: c.ID, helper: c.Helper, diagnosis: c.Diagnosis, window: w, ordered: c.Ordered, across: c.Across, except: -1})
	}
	for i, m := range s.more {
		ci, ok := lx.index[m.ID]
		if !ok || lx.concepts[ci].modifier {
			return nil, loadError(s.moreFile[i], "more", m.ID, "adds terms to a concept that does not exist")
		}
		if s.moreFile[i] == frenchLexiconFile {
			lx.addFrenchWords(m.Terms)
		}
		for _, t := range m.Terms {
			if err := lx.addTerm(ci, t); err != nil {
				return nil, loadError(s.moreFile[i], "more", m.ID, "%v", err)
			}
		}
	}
	// Second pass: terms and references, now that every id is known.
	for i, c := range s.concepts {
		file := s.conceptFile[i]
		ci := lx.index[c.ID]
		for _, t := range c.Terms {
			if err := lx.addTerm(ci, t); err != nil {
				return nil, loadError(file, "concept", c.ID, "%v", err)
			}
		}
		if len(c.Except) > 0 {
			ei := lx.addConcept(concept{id: "_except_" + c.ID, modifier: true, except: -1})
			lx.concepts[ci].except = ei
			for _, t := range c.Except {
				if err := lx.addTerm(ei, t); err != nil {
					return nil, loadError(file, "concept", c.ID, "except: %v", err)
				}
			}
		}
		for _, n := range c.Elsewhere {
			j, ok := lx.index[n]
			if !ok {
				return nil, loadError(file, "concept", c.ID, "elsewhere names unknown concept %q", n)
			}
			lx.concepts[ci].elsewhere = append(lx.concepts[ci].elsewhere, j)
		}
		for _, g := range c.Near {
			if len(g) < 2 {
				return nil, loadError(file, "concept", c.ID, "a near group needs two concepts or more")
			}
			var grp []int32
			for _, n := range g {
				j, ok := lx.index[n]
				if !ok || strings.HasPrefix(n, "_") || strings.HasPrefix(n, "@") {
					return nil, loadError(file, "concept", c.ID, "near names unknown concept %q (facts, @..., belong in rules)", n)
				}
				grp = append(grp, j)
			}
			lx.concepts[ci].near = append(lx.concepts[ci].near, grp)
		}
		for _, n := range c.AnyOf {
			j, ok := lx.index[n]
			if !ok || strings.HasPrefix(n, "_") || strings.HasPrefix(n, "@") {
				return nil, loadError(file, "concept", c.ID, "any_of names unknown concept %q (facts, @..., belong in rules)", n)
			}
			lx.concepts[ci].anyOf = append(lx.concepts[ci].anyOf, j)
		}
	}
	for _, l := range []struct {
		name  string
		ids   []string
		field *map[int32]bool
	}{{"recent_stays", m.RecentStays, &lx.recentStays}, {"ended_off", m.EndedOff, &lx.endedOff}, {"days_back_off", m.DaysBackOff, &lx.daysBackOff},
		{"days_back_over", m.DaysBackOver, &lx.daysBackOver}, {"past_point_off", m.PastPointOff, &lx.pastPointOff},
		{"years_back_off", m.YearsBackOff, &lx.yearsBackOff}} {
		*l.field = map[int32]bool{}
		for _, id := range l.ids {
			ci, ok := lx.index[id]
			if !ok {
				return nil, fmt.Errorf("triage: %s: modifiers %s: unknown concept %q", s.modifiersFile, l.name, id)
			}
			(*l.field)[ci] = true
		}
	}
	if err := lx.sortComposites(); err != nil {
		return nil, err
	}
	for _, c := range lx.concepts {
		for _, j := range c.elsewhere {
			// dropExcepted runs before composites are built
			if w := lx.concepts[j]; len(w.near) > 0 || len(w.anyOf) > 0 {
				return nil, fmt.Errorf("triage: concept %q: elsewhere names %q, which is built of other concepts; name concepts of words", c.id, w.id)
			}
		}
	}
	lx.indexFuzzy()
	z, err := buildArabizi(s.arabizi, s.arabiziFile, lx.arabicWords, lx.arabicStems)
	if err != nil {
		return nil, err
	}
	lx.arabizi = z
	return lx, nil
}

// arabicWords calls f with every Arabic word the lexicon knows as it
// stands: the forms its phrases match and the words of the modifiers.
func (lx *lexicon) arabicWords(f func(string)) {
	for _, set := range []map[string]bool{lx.known, lx.stops, lx.conts, lx.breaks, lx.fillers, lx.noStrip} {
		for w := range set {
			f(w)
		}
	}
	for w := range lx.exactIdx {
		f(w)
	}
}

// arabicStems calls f with the Arabic stems of the lexicon's word*
// patterns, which match the stem as it stands and with any ending
// ("دراع*": دراع, دراعها).
func (lx *lexicon) arabicStems(f func(string)) {
	for w := range lx.prefixIdx {
		f(w)
	}
}

func wordSet(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		for _, p := range strings.Fields(Normalize(w)) {
			out[p] = true
		}
	}
	return out
}

func (lx *lexicon) addConcept(c concept) int32 {
	i := int32(len(lx.concepts))
	lx.concepts = append(lx.concepts, c)
	lx.index[c.id] = i
	return i
}

func (lx *lexicon) addTerm(ci int32, raw string) error {
	words, err := parseTerm(raw)
	if err != nil {
		return err
	}
	t := term{concept: ci}
	for _, w := range words {
		t.words = append(t.words, lx.pattern(w))
	}
	// a term borrowed from French with its article ("la tension") names
	// a French word
	if len(words) > 1 && words[0].text == "la" {
		lx.addFrenchWords([]string{words[1].text})
	}
	ti := int32(len(lx.terms))
	lx.terms = append(lx.terms, t)
	lx.byFirst[t.words[0]] = append(lx.byFirst[t.words[0]], ti)
	return nil
}

func (lx *lexicon) pattern(w wordPat) int32 {
	if i, ok := lx.patIndex[w]; ok {
		return i
	}
	i := int32(len(lx.pats))
	lx.pats = append(lx.pats, w)
	lx.patIndex[w] = i
	if w.prefix {
		lx.prefixIdx[w.text] = append(lx.prefixIdx[w.text], i)
		lx.maxPrefix = max(lx.maxPrefix, len(w.text))
	} else {
		for _, f := range w.forms() {
			lx.exactIdx[f] = appendUnique(lx.exactIdx[f], i)
			lx.known[f] = true
		}
	}
	return i
}

// indexFuzzy indexes every spell-correctable word and its one-letter
// deletions, so a typed word finds its candidates by lookup (the
// symmetric-delete method) instead of by comparison with every word.
func (lx *lexicon) indexFuzzy() {
	for i, w := range lx.pats {
		if w.prefix || w.exact || !fuzzyEligible(w.text, 0) {
			continue
		}
		pi := int32(i)
		lx.fuzzyIdx[w.text] = append(lx.fuzzyIdx[w.text], pi)
		forDeletions(w.text, func(d string) {
			lx.fuzzyIdx[d] = appendUnique(lx.fuzzyIdx[d], pi)
		})
	}
}

// fuzzyEligible reports whether a word is long enough, less slack letters,
// to be spell-corrected; digits never are.
func fuzzyEligible(w string, slack int) bool {
	n, arabic := 0, false
	for _, r := range w {
		if r >= '0' && r <= '9' {
			return false
		}
		if isArabicLetter(r) {
			arabic = true
		}
		n++
	}
	if arabic {
		return n >= minFuzzyArabic-slack
	}
	return n >= minFuzzyLatin-slack
}

func forDeletions(w string, f func(string)) {
	for i, r := range w {
		f(w[:i] + w[i+utf8.RuneLen(r):])
	}
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// sortComposites orders composite concepts so each comes after the concepts
// it is built from, and rejects cycles.
func (lx *lexicon) sortComposites() error {
	state := make([]uint8, len(lx.concepts)) // 0 new, 1 visiting, 2 done
	var visit func(i int32, path []string) error
	visit = func(i int32, path []string) error {
		switch state[i] {
		case 1:
			return fmt.Errorf("triage: concepts refer to each other in a cycle: %s", strings.Join(append(path, lx.concepts[i].id), " -> "))
		case 2:
			return nil
		}
		state[i] = 1
		c := lx.concepts[i]
		deps := append([]int32(nil), c.anyOf...)
		for _, g := range c.near {
			deps = append(deps, g...)
		}
		for _, d := range deps {
			if err := visit(d, append(path, c.id)); err != nil {
				return err
			}
		}
		state[i] = 2
		if len(deps) > 0 {
			lx.topo = append(lx.topo, i)
		}
		return nil
	}
	for i := range lx.concepts {
		if err := visit(int32(i), nil); err != nil {
			return err
		}
	}
	return nil
}

// osaWithin1 reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of neighbouring letters.
func osaWithin1(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		diff := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if diff >= 0 {
					// two differences: only a swap of neighbours is one edit
					return i == diff+1 && ra[diff] == rb[i] && ra[i] == rb[diff] && string(ra[i+1:]) == string(rb[i+1:])
				}
				diff = i
			}
		}
		return true
	case 1:
		i := 0
		for i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return string(ra[i+1:]) == string(rb[i:])
	}
	return false
}

// frenchLexiconFile is the French lexicon, whose words an Arabizi message
// borrows with their article.
const frenchLexiconFile = "lexicon_lang_fr.toml"

// addFrenchWords notes each word of the French terms, as Normalize leaves
// it, without the term marks (= never corrected, * a prefix).
func (lx *lexicon) addFrenchWords(terms []string) {
	if lx.french == nil {
		lx.french = map[string]bool{}
	}
	for _, t := range terms {
		for _, w := range strings.Fields(Normalize(t)) {
			lx.french[strings.Trim(w, "=*")] = true
		}
	}
}
