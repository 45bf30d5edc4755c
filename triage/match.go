package triage

import (
	"slices"
	"strings"
)

type token struct {
	text     string
	clause   int32 // sentence: near groups and history stay inside one
	phrase   int32 // comma-separated part: phrases and negation stay inside one
	pat0     int32 // this token's patterns are pats[pat0:pat1]
	pat1     int32
	fullHit  bool // the word as typed (no clitic stripped) matched a pattern
	isArabic bool
}

// occ is one occurrence of a concept in the message.
type occ struct {
	concept    int32
	start, end int32 // token positions, inclusive
	clause     int32
	comp0      int32 // components are comps[comp0:comp1]
	comp1      int32
	off        bool // negated, or a condition named in a history/medication clause
	ended      bool // in an episode that has ended ("went away"): past, not now
	used       bool // a helper occurrence some composite was built from
}

// analysis is what the lexicon found in one message.
type analysis struct {
	toks    []token
	pats    []int32
	occs    []occ
	comps   []int32
	first   []int32 // per concept: first occurrence, -1 if none
	next    []int32 // per occurrence: next occurrence of the same concept
	present []bool  // per concept: found and not switched off
	pos     []int32 // per concept: earliest position where present
	negated []bool  // per token
	ended   []bool  // per token: inside an episode that has ended (nil: none)
	past    []bool  // per concept: found, but only in an episode that has ended
	daysAgo []bool  // per concept: ended a day or more back, still within days (nil: none)
	scratch []byte
	nums    *measures // the numbers read (measured), once
}

func (lx *lexicon) analyze(text string) *analysis {
	a := &analysis{first: make([]int32, len(lx.concepts))}
	for i := range a.first {
		a.first[i] = -1
	}
	lx.tokenize(a, text)
	lx.matchTerms(a)
	lx.dropExcepted(a)
	lx.matchComposites(a)
	lx.applyNegation(a)
	lx.applyResolution(a)
	lx.applyPastPoint(a)
	lx.applyConditionDurations(a)
	lx.applyShortSpells(a)
	lx.applyOtherTraveller(a)
	lx.applyLocalWarmth(a)
	lx.applySimiles(a)
	a.present = make([]bool, len(lx.concepts))
	a.pos = make([]int32, len(lx.concepts))
	a.past = make([]bool, len(lx.concepts))
	for i := range a.occs {
		o := &a.occs[i]
		if o.off || lx.concepts[o.concept].modifier {
			continue
		}
		if o.ended {
			a.past[o.concept] = true
			continue
		}
		if !a.present[o.concept] || o.start < a.pos[o.concept] {
			a.pos[o.concept] = o.start
		}
		a.present[o.concept] = true
	}
	for c, p := range a.past {
		a.past[c] = p && !a.present[c]
	}
	return a
}

func (a *analysis) tokenHas(i int, p int32) bool {
	t := a.toks[i]
	for _, q := range a.pats[t.pat0:t.pat1] {
		if q == p {
			return true
		}
	}
	return false
}

// matchTerms finds every phrase of the lexicon. A phrase's words must follow
// each other in one clause, skipping at most two filler words between them.
func (lx *lexicon) matchTerms(a *analysis) {
	for i := range a.toks {
		t := a.toks[i]
		for _, p := range a.pats[t.pat0:t.pat1] {
			for _, ti := range lx.byFirst[p] {
				tm := lx.terms[ti]
				end, ok := i, true
				for _, w := range tm.words[1:] {
					ok = false
					for j, skipped := end+1, 0; j < len(a.toks) && a.toks[j].phrase == t.phrase; j++ {
						if a.tokenHas(j, w) {
							end, ok = j, true
							break
						}
						if !lx.fillers[a.toks[j].text] || skipped == 2 {
							break
						}
						skipped++
					}
					if !ok {
						break
					}
				}
				if ok {
					a.addOcc(occ{concept: tm.concept, start: int32(i), end: int32(end), clause: t.clause})
				}
			}
		}
	}
}

// joinedByAnd reports whether an Arabic word after the first of x begins
// with the conjunction و, read only with it stripped: an except phrase does
// not run across "and". «كتير خايفة» is how scared the writer is, but in
// «بيوجعني كتير وخايفة» the pain hurts a lot, and the writer is scared.
func (a *analysis) joinedByAnd(x occ, lx *lexicon) bool {
	for k := x.start + 1; k <= x.end; k++ {
		t := a.toks[k]
		if t.isArabic && !t.fullHit && !lx.noStrip[t.text] && strings.HasPrefix(t.text, "و") {
			return true
		}
	}
	return false
}

// dropExcepted removes term matches that lie inside one of their concept's
// except phrases ("blood" inside "blood pressure"), then indexes the rest
// by concept.
func (lx *lexicon) dropExcepted(a *analysis) {
	inside := func(o occ) bool { return lx.excepted(a, o.concept, o.start, o.end) }
	// a term of a concept with elsewhere words does not count in a
	// sentence naming one of them ("the left side" beside a throat)
	elsewhere := func(o occ) bool {
		ws := lx.concepts[o.concept].elsewhere
		if len(ws) == 0 {
			return false
		}
		for _, x := range a.occs {
			if x.clause == o.clause && slices.Contains(ws, x.concept) {
				return true
			}
		}
		return false
	}
	var drop []bool
	for i, o := range a.occs {
		if inside(o) || elsewhere(o) {
			if drop == nil {
				drop = make([]bool, len(a.occs))
			}
			drop[i] = true
		}
	}
	if drop == nil {
		return
	}
	kept := a.occs
	a.occs, a.next = nil, a.next[:0]
	for i := range a.first {
		a.first[i] = -1
	}
	for i, o := range kept {
		if !drop[i] {
			a.addOcc(o)
		}
	}
}

// excepted reports whether the words start..end lie inside one of concept
// c's except phrases ("blood" inside "blood pressure"). The except phrases
// are terms, matched before any composite is built, so a composite is
// checked against them as it is built (matchComposites) as a term is in
// dropExcepted.
func (lx *lexicon) excepted(a *analysis, c, start, end int32) bool {
	ex := lx.concepts[c].except
	if ex < 0 {
		return false
	}
	for i := a.first[ex]; i >= 0; i = a.next[i] {
		if x := a.occs[i]; x.start <= start && end <= x.end && !a.joinedByAnd(x, lx) {
			return true
		}
	}
	return false
}

// addOcc records an occurrence unless the same concept already occurs
// over the same words. Occurrences of one concept are chained through
// first and next, newest first.
func (a *analysis) addOcc(o occ) {
	for i := a.first[o.concept]; i >= 0; i = a.next[i] {
		if x := a.occs[i]; x.start == o.start && x.end == o.end {
			return
		}
	}
	if o.comp1 == 0 {
		o.comp0, o.comp1 = int32(len(a.comps)), int32(len(a.comps))
	}
	a.next = append(a.next, a.first[o.concept])
	a.first[o.concept] = int32(len(a.occs))
	a.occs = append(a.occs, o)
}

// each calls f with the index of every occurrence of concept c.
func (a *analysis) each(c int32, f func(i int32)) {
	for i := a.first[c]; i >= 0; i = a.next[i] {
		f(i)
	}
}

// maxCombos bounds the occurrence combinations tried for one near group,
// so a message that repeats a word a thousand times stays fast.
const maxCombos = 4096

// matchComposites builds near and any_of concepts, components first. A
// composite honours its except phrases as a term does, and, built in
// order, never from a component its own except phrases dropped.
func (lx *lexicon) matchComposites(a *analysis) {
	var pick [4]int32
	for _, ci := range lx.topo {
		c := &lx.concepts[ci]
		for _, m := range c.anyOf {
			// members are chained newest first; collect before adding
			// (adding to ci never changes m's chain)
			for oi := a.first[m]; oi >= 0; oi = a.next[oi] {
				o := a.occs[oi]
				// a member read inside the composite's own except
				// phrases is not the composite ("I cannot take air"
				// is the writer's breath, no one unresponsive)
				if lx.excepted(a, ci, o.start, o.end) {
					continue
				}
				c0 := int32(len(a.comps))
				a.comps = append(a.comps, oi)
				a.addOcc(occ{concept: ci, start: o.start, end: o.end, clause: o.clause, comp0: c0, comp1: c0 + 1})
			}
		}
		for _, g := range c.near {
			combos := 1
			for _, m := range g {
				n := 0
				a.each(m, func(int32) { n++ })
				combos *= n
			}
			if combos == 0 || len(g) > len(pick) {
				continue
			}
			tried := 0
			var walk func(k int)
			walk = func(k int) {
				if tried >= maxCombos {
					return
				}
				if k == len(g) {
					tried++
					lx.addNear(a, ci, c, pick[:len(g)])
					return
				}
				for oi := a.first[g[k]]; oi >= 0; oi = a.next[oi] {
					pick[k] = oi
					walk(k + 1)
				}
			}
			walk(0)
		}
	}
}

func (lx *lexicon) addNear(a *analysis, ci int32, c *concept, pick []int32) {
	first := a.occs[pick[0]]
	start, end := first.start, first.end
	across := false
	for k, oi := range pick {
		o := a.occs[oi]
		if o.clause != first.clause {
			if !c.across || len(pick) < 3 || !lx.shortAbout(a, first, pick, k == len(pick)-1) {
				return
			}
			across = true
		}
		if c.ordered && k > 0 && o.start <= a.occs[pick[k-1]].end {
			return
		}
		for _, pj := range pick[:k] { // components may not share words
			p := a.occs[pj]
			if o.start <= p.end && p.start <= o.end {
				return
			}
		}
		start, end = min(start, o.start), max(end, o.end)
	}
	if int(end-start+1) > c.window && !across {
		return
	}
	if c.ordered && len(pick) > 1 && (lx.negOwnedBetween(a, a.occs[pick[0]], a.occs[pick[1]]) ||
		lx.negOwnsManner(a, a.occs[pick[0]], a.occs[pick[len(pick)-1]])) {
		return
	}
	// as for a term (dropExcepted): not in a sentence naming an elsewhere
	// word — a cheek swollen beside a tooth is the tooth's swelling
	for _, x := range a.occs {
		if x.clause == first.clause && slices.Contains(c.elsewhere, x.concept) {
			return
		}
	}
	// as for a term (dropExcepted): not inside one of its except phrases
	if lx.excepted(a, ci, start, end) {
		return
	}
	c0 := int32(len(a.comps))
	a.comps = append(a.comps, pick...)
	a.addOcc(occ{concept: ci, start: start, end: end, clause: first.clause, comp0: c0, comp1: int32(len(a.comps))})
}

// owningComplaints are the everyday complaints that, named between a
// negation and the rest of an ordered composite, own the negation
// (negOwnedBetween).
var owningComplaints = []string{"vomiting", "diarrhea", "nausea", "cough", "pain", "headache", "rash", "bleeding"}

func (lx *lexicon) owningComplaint(c int32) bool {
	for _, id := range owningComplaints {
		if i, ok := lx.index[id]; ok && i == c {
			return true
		}
	}
	return false
}

// negOwnedBetween reports whether a negation word that begins an ordered
// composite already has its own object: a symptom named between it and the
// composite's next part. «ما عندي حرارة وآكل وأشرب عادي» is no fever, and
// eating as usual, not "not eating"; the negation belongs to the symptom it
// reaches first.
func (lx *lexicon) negOwnedBetween(a *analysis, neg, next occ) bool {
	// "ما" and "ما فيني" (Levantine "I can't", Gulf "there is not in me")
	if neg.concept != lx.index["neg_word"] && neg.concept != lx.index["cannot"] {
		return false
	}
	fever, negWord := lx.index["fever"], lx.index["neg_word"]
	// a negation reaches the end of its phrase and no further
	// (scopeNegation): "he feel fine, not thirsty, eating normal" (h100-032)
	// denies the thirst and eats; it is no "not eating"
	if a.toks[next.start].phrase != a.toks[neg.end].phrase {
		return true
	}
	// a word glued to و past the negation's own word starts an act of its
	// own, as it ends the negation's scope (scopeNegation): «وما ياكل
	// ويتنفس بسرعه» (not eating, and breathing fast, h86-014) is no "not
	// breathing"; «ما عاد يتنفس» still is
	for p := neg.end + 2; p <= next.start && int(p) < len(a.toks); p++ {
		if lx.newActAt(a, int(p)) {
			return true
		}
	}
	for _, o := range a.occs {
		// a symptom, not a person or a word of time between them: "can't
		// get him to wake" is still not waking. The everyday complaints
		// count too: «ما استفرغت واقدر اشرب», "ma astafragt w a9dar
		// ashrab" (I have not vomited and I can drink, h61-035) was
		// vomiting and "cannot drink"
		if o.start > neg.end && o.end < next.start && (lx.symptom(o.concept) || o.concept == fever || lx.owningComplaint(o.concept)) {
			return true
		}
		// a second negation between them owns what follows it: «ما فيها
		// طفح ولا تنفسها سريع» (no rash, nor fast breathing) is no "can't
		// breathe"
		if o.concept == negWord && o.start > neg.end && o.end < next.start {
			return true
		}
	}
	return false
}

// negOwnsManner reports whether a negation that begins an ordered
// composite negates the manner told right after it rather than the act,
// in a list of what is absent: «ما فيها طفح ولا تنفسها سريع», "no rash, no
// cough, not breathing fast" deny fast breathing; they are no "not
// breathing". Without a negation before it in its sentence the act stays
// negated: "my son is not breathing quick help" is a child not breathing.
func (lx *lexicon) negOwnsManner(a *analysis, neg, last occ) bool {
	if neg.concept != lx.index["neg_word"] && neg.concept != lx.index["cannot"] {
		return false
	}
	if !lx.deniedBefore(a, neg) {
		return false
	}
	after := last.end + 1
	if int(after) >= len(a.toks) || a.toks[after].phrase != a.toks[last.end].phrase {
		return false
	}
	fast := lx.index["fast_word"]
	for oi := a.first[fast]; oi >= 0; oi = a.next[oi] {
		if a.occs[oi].start == after {
			return true
		}
	}
	return false
}

// deniedBefore reports whether something is denied earlier in neg's
// sentence: a negation (not one inside a pseudo-negation such as «بعد
// ما» or "not sure") ends before it.
func (lx *lexicon) deniedBefore(a *analysis, neg occ) bool {
	negs := []int32{lx.index["neg_word"], lx.index["cannot"], lx.index[modNeg]}
	pseudo := lx.index[modPseudo]
	for _, o := range a.occs {
		if !slices.Contains(negs, o.concept) || o.end >= neg.start || o.clause != neg.clause {
			continue
		}
		inPseudo := false
		for pi := a.first[pseudo]; pi >= 0; pi = a.next[pi] {
			if p := a.occs[pi]; p.start <= o.start && o.end <= p.end {
				inPseudo = true
				break
			}
		}
		if !inPseudo {
			return true
		}
	}
	return false
}

// conditionGap is how many words may stand between a long-term condition
// and the duration that is its own: "diabetic for 20 years", «عنده ضغط
// وسكر من عشر سنين», "BP since many years".
const conditionGap = 3

// applyConditionDurations switches off a "for years" that tells how long a
// long-term condition has been there ("has had diabetes for years and now
// her face is drooping"): the condition's history, not a symptom that has
// lasted, so the stroke rules (which leave out weakness for weeks) still
// see a new weakness. A duration after a symptom stays ("diabetic, weak
// legs for months").
func (lx *lexicon) applyConditionDurations(a *analysis) {
	chronic, cond := lx.index["chronic"], lx.index["long_term_condition"]
	if a.first[chronic] < 0 || a.first[cond] < 0 {
		return
	}
	for i := range a.occs {
		if o := &a.occs[i]; o.concept == chronic && !o.off && conditionBefore(a, cond, o.start) {
			o.off = true
		}
	}
}

// applyShortSpells switches off a recurrence ("on and off", "comes and
// goes") told with a span of hours or days right beside it ("headache on
// and off for 2 days", "a temp on and off since yesterday", short_spell):
// it comes and goes within a short illness, and is no complaint of weeks
// or years (chronic). A count of two weeks or more still makes it
// long-standing through its duration (@dur_14d).
func (lx *lexicon) applyShortSpells(a *analysis) {
	chronic, okC := lx.index["chronic"]
	inter, okI := lx.index["intermittent_word"]
	spell, okS := lx.index["short_spell"]
	if !okC || !okI || !okS || a.first[chronic] < 0 || a.first[spell] < 0 {
		return
	}
	for i := range a.occs {
		o := &a.occs[i]
		if o.concept != chronic || o.off {
			continue
		}
		same := false
		a.each(inter, func(k int32) {
			x := a.occs[k]
			same = same || x.start == o.start && x.end == o.end
		})
		if !same {
			continue
		}
		a.each(spell, func(k int32) {
			if x := a.occs[k]; x.start <= o.start && o.end <= x.end {
				o.off = true
			}
		})
	}
}

// conditionBefore reports whether a long-term condition (concept cond) is
// named just before token i, in its phrase, conditionGap words at most
// between them.
func conditionBefore(a *analysis, cond, i int32) bool {
	for k := a.first[cond]; k >= 0; k = a.next[k] {
		c := a.occs[k]
		if c.end < i && i-c.end-1 <= conditionGap && a.toks[c.end].phrase == a.toks[i].phrase {
			return true
		}
	}
	return false
}

// applyOtherTraveller switches off a malaria area told of someone other
// than the patient: "my son has a fever, his father just came back from
// Addis Ababa" (the child did not go). The place is another's when, in its
// phrase and before it, a traveller is named (other_traveller) who is not
// the first person the message names (the patient), the phrase does not
// bring the patient along (with_patient: "we", «رجعنا», "with him"), and
// no fever follows the traveller there (the traveller's own fever may make
// the traveller the patient). The patient's own stay ("we came back from
// Lagos", «رجعنا من نيجيريا», "he came back from Kano") stays.
func (lx *lexicon) applyOtherTraveller(a *analysis) {
	mal, okM := lx.index["malaria_area"]
	trav, okT := lx.index["other_traveller"]
	with, okW := lx.index["with_patient"]
	if !okM || !okT || !okW || a.first[mal] < 0 || a.first[trav] < 0 {
		return
	}
	// the first person named is the patient
	var first occ
	found := false
	for _, c := range []int32{lx.index["other_person"], trav} {
		for i := a.first[c]; i >= 0; i = a.next[i] {
			if o := a.occs[i]; !found || o.start < first.start {
				first, found = o, true
			}
		}
	}
	fevers := []int32{lx.index["fever"], lx.index["chills"], lx.index["temp_word"]}
	inPhrase := func(c, ph, from, to int32) bool {
		for i := a.first[c]; i >= 0; i = a.next[i] {
			if o := a.occs[i]; !o.off && a.toks[o.start].phrase == ph && o.start >= from && o.start <= to {
				return true
			}
		}
		return false
	}
	for i := range a.occs {
		m := &a.occs[i]
		if m.concept != mal || m.off {
			continue
		}
		ph := a.toks[m.start].phrase
		var t occ
		other := false
		for k := a.first[trav]; k >= 0; k = a.next[k] {
			o := a.occs[k]
			if o.off || a.toks[o.start].phrase != ph || o.end >= m.start || lx.samePerson(a, o, first) {
				continue
			}
			if !other || o.start < t.start {
				t, other = o, true
			}
		}
		if !other || inPhrase(with, ph, 0, int32(len(a.toks))) {
			continue
		}
		feverAfter := false
		for _, f := range fevers {
			feverAfter = feverAfter || inPhrase(f, ph, t.end+1, int32(len(a.toks)))
		}
		if !feverAfter {
			m.off = true
		}
	}
}

// samePerson reports whether two occurrences name the same person: the
// same words, or the same place in the message.
func (lx *lexicon) samePerson(a *analysis, x, y occ) bool {
	if x.start == y.start {
		return true
	}
	if x.end-x.start != y.end-y.start {
		return false
	}
	for k := int32(0); k <= x.end-x.start; k++ {
		if a.toks[x.start+k].text != a.toks[y.start+k].text {
			return false
		}
	}
	return true
}

// localWarmthReach is how many words may stand between a fever word and
// the touch that tells it ("hot to touch", «وسخن شوي ع اللمس»).
const localWarmthReach = 3

// applyLocalWarmth switches off a fever word told with a touch (touch_told,
// in its phrase, at most localWarmthReach words away) when the part
// nearest it in its sentence is a foot, a leg, a joint, a wound or a breast
// (warm_part), not the body, the head or the forehead (warm_whole): the
// local heat of an inflammation, not a temperature. What was built from it
// goes with it. A part the touching hand is («نحط يدي») is no part.
func (lx *lexicon) applyLocalWarmth(a *analysis) {
	fever, ok1 := lx.index["fever"]
	touch, ok2 := lx.index["touch_told"]
	part, ok3 := lx.index["warm_part"]
	whole, ok4 := lx.index["warm_whole"]
	if !ok1 || !ok2 || !ok3 || !ok4 || a.first[fever] < 0 || a.first[touch] < 0 || a.first[part] < 0 {
		return
	}
	inTouch := func(o occ) bool {
		for i := a.first[touch]; i >= 0; i = a.next[i] {
			if t := a.occs[i]; o.start <= t.end && t.start <= o.end {
				return true
			}
		}
		return false
	}
	changed := map[int32]bool{}
	for i := a.first[fever]; i >= 0; i = a.next[i] {
		f := a.occs[i]
		if f.off || f.comp1 > f.comp0 {
			continue
		}
		ph := a.toks[f.start].phrase
		touched := false
		for k := a.first[touch]; k >= 0; k = a.next[k] {
			t := a.occs[k]
			if a.toks[t.start].phrase == ph && t.start <= f.end+localWarmthReach && t.end+localWarmthReach >= f.start {
				touched = true
			}
		}
		if !touched {
			continue
		}
		// the nearest part in the sentence decides
		best, local := int32(-1), false
		for _, c := range []int32{part, whole} {
			for k := a.first[c]; k >= 0; k = a.next[k] {
				p := a.occs[k]
				if p.clause != f.clause || inTouch(p) || p.start <= f.end && f.start <= p.end {
					continue
				}
				d := f.start - p.end
				if p.start > f.end {
					d = p.start - f.end
				}
				if best < 0 || d < best || d == best && c == whole {
					best, local = d, c == part
				}
			}
		}
		if local {
			a.occs[i].off = true
			changed[i] = true
		}
	}
	if len(changed) == 0 {
		return
	}
	for i := range a.occs {
		o := &a.occs[i]
		for _, ci := range a.comps[o.comp0:o.comp1] {
			if changed[ci] {
				o.off = true
				changed[int32(i)] = true
			}
		}
	}
}

// acrossMaxClauses is how many sentences a message may have for a near
// group marked across to be found in different sentences of it. Only a
// group of three concepts or more (the diabetes, the foot and its wound)
// is: two alone ("diabetes", "a wound") say too little apart. A "but" or
// an "and" begins a sentence here too, so six: "salam, i am 45. today stay
// long time in sun at mina ... got bad headache, vomited ... i rest in the
// AC tent ... but still dizzy ... i can talk normal, still sweating"
// (h110-033, heat exhaustion still unwell after cooling) has six.
const acrossMaxClauses = 6

// shortAbout reports whether the message is short (acrossMaxClauses
// sentences at most) and the sentence of o names no other person ("my
// mother has diabetes" is hers, not the writer's), or names one and the
// other sentences of the group are not the writer's own: "my father has
// diabetes. he got a blister on his foot ... red around" is the father's
// diabetic foot (h110-005), "my mother is diabetic. I have a blister on my
// heel, red" is not. A group's last component (a sign) may still be told
// in another sentence when the others are all told in o's: "My dad is
// diabetic and he's got a sore on the bottom of his foot ... it's a bit
// weepy" (h107-018) is his foot's sore that weeps.
func (lx *lexicon) shortAbout(a *analysis, o occ, pick []int32, last bool) bool {
	if len(a.toks) == 0 || a.readClauses() > acrossMaxClauses {
		return false
	}
	if last {
		return true
	}
	other, ok := lx.index["other_person"]
	if !ok {
		return true
	}
	named := false
	for i := a.first[other]; i >= 0; i = a.next[i] {
		if a.occs[i].clause == o.clause {
			named = true
			break
		}
	}
	if !named {
		return true
	}
	self, ok := lx.index["self_subject"]
	if !ok {
		return false
	}
	for _, oi := range pick {
		c := a.occs[oi].clause
		if c == o.clause {
			continue
		}
		for i := a.first[self]; i >= 0; i = a.next[i] {
			if a.occs[i].clause == c {
				return false
			}
		}
		for i := a.first[other]; i >= 0; i = a.next[i] {
			if a.occs[i].clause == c {
				return false
			}
		}
	}
	return true
}

// simileReach is how many words may stand between a simile's "like" and
// the crash it likens a feeling to: "like [ive been] hit by a bus",
// «كأن [تريلا] دعستني».
const simileReach = 3

// simileOff are the concepts a simile makes a figure of speech: a crash,
// a vehicle that hit, a crush.
var simileOff = []string{"major_trauma", "vehicle_hit", "crush_penetrating"}

// applySimiles switches off a high-energy injury told as what a feeling
// is like (simile_lead, then a crash within simileReach words in its
// phrase): "feel like ive been hit by a bus" of a flu (h122-001), «حاسس
// كأن تريلا دعستني» of aching limbs, are no road crash; the emergency
// number was the flu's advice. A crash told and then likened ("hit by a
// car, feels like his leg is broken") keeps its crash: the simile comes
// after it. What was built from it goes with it.
func (lx *lexicon) applySimiles(a *analysis) {
	lead, ok := lx.index["simile_lead"]
	if !ok || a.first[lead] < 0 {
		return
	}
	changed := map[int32]bool{}
	for _, id := range simileOff {
		c, ok := lx.index[id]
		if !ok {
			continue
		}
		for i := a.first[c]; i >= 0; i = a.next[i] {
			o := a.occs[i]
			if o.off {
				continue
			}
			for k := a.first[lead]; k >= 0; k = a.next[k] {
				l := a.occs[k]
				if !l.off && l.end < o.start && o.start-l.end-1 <= simileReach && a.toks[l.end].phrase == a.toks[o.start].phrase {
					a.occs[i].off = true
					changed[i] = true
					break
				}
			}
		}
	}
	if len(changed) == 0 {
		return
	}
	for i := range a.occs {
		o := &a.occs[i]
		for _, ci := range a.comps[o.comp0:o.comp1] {
			if changed[ci] {
				o.off = true
				changed[int32(i)] = true
			}
		}
	}
}

// readClauses counts the sentences in which some word was read: a
// greeting or a thanks alone ("Hi.", "Thanks!") tells nothing and does not
// make a message long. "Hi. I am diabetic 20 years. There is a small wound
// under my big toe ... No fever. My wife says it smell a little. What I
// do?" (h123-040) had seven sentences with its greeting, and its diabetic
// foot was not read.
func (a *analysis) readClauses() int {
	seen := map[int32]bool{}
	for _, o := range a.occs {
		seen[o.clause] = true
	}
	return len(seen)
}
