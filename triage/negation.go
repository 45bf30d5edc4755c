package triage

import "strings"

// applyNegation switches off what negations reach and conditions named in a
// history or medication clause. A negation is kept by a phrase that contains
// it and states a symptom ("can't breathe", "not responding"), and a pseudo
// negation ("بعد ما", "not sure") cancels it.
func (lx *lexicon) applyNegation(a *analysis) {
	for i := range a.occs {
		o := a.occs[i]
		for _, ci := range a.comps[o.comp0:o.comp1] {
			if lx.concepts[a.occs[ci].concept].helper {
				a.occs[ci].used = true
			}
		}
	}
	neg, pseudo := lx.index[modNeg], lx.index[modPseudo]
	negBefore, feared := lx.index[modNegBefore], lx.index[modFeared]
	negClosing := lx.index[modNegClosing]
	negLead, became := lx.index[modNegLead], lx.index[modBecame]
	hist, med := lx.index[modHist], lx.index[modMed]
	a.negated = make([]bool, len(a.toks))
	var marked []int32   // clauses with a history or medication phrase
	var inside []keptNeg // negations a symptom phrase kept, and the words it holds after them
	for i := range a.occs {
		o := a.occs[i]
		switch o.concept {
		case hist, med:
			marked = append(marked, o.clause)
		case neg:
			if a.startsWith(became, o) && !a.negated[o.start] && !a.negationBefore(lx, o, neg) {
				// «ولا كيعرج»: became or or, not nor
				continue
			}
			if !a.keepsNegation(lx, o, pseudo) {
				lx.scopeNegation(a, o)
			} else {
				inside = append(inside, a.keptInside(lx, o)...)
			}
		case negLead:
			// only the first word negates, and what follows it from the
			// next word on; the first word itself is no walking
			first := occ{concept: o.concept, start: o.start, end: o.start, clause: o.clause}
			if !a.keepsNegation(lx, first, pseudo) {
				a.negated[o.start] = true
				lx.scopeNegation(a, first)
			}
		case feared:
			lx.scopeFeared(a, o)
		case negBefore:
			if !a.keepsNegation(lx, o, pseudo) {
				lx.scopeNegationBack(a, o)
			}
		case negClosing:
			if a.closesPhrase(lx, o) && !a.keepsNegation(lx, o, pseudo) {
				lx.scopeClosingBack(a, o)
			}
		}
	}
	lx.scopeAskedAndDenied(a)
	marked = append(marked, datedClauses(a)...)
	innerOff := map[int32]bool{}
	for i := range a.occs {
		o := &a.occs[i]
		c := lx.concepts[o.concept]
		if o.comp1 > o.comp0 {
			// composite: "no purple spots, a mild rash" is no purple rash,
			// so a composite is off when any of its parts is; a part denied
			// only inside a symptom phrase's negation does not deny a
			// composite built on that negation itself ("msh 3am yet7arak",
			// not + moving, is not moving)
			inner := false
			for _, ci := range a.comps[o.comp0:o.comp1] {
				if innerOff[ci] {
					inner = true
					continue
				}
				o.off = o.off || a.occs[ci].off
			}
			if inner && !o.off && !a.builtOnKept(*o, inside) {
				// denied only inside the phrase, and so is what is built
				// on it, unless it is built on the negation itself
				o.off = true
				innerOff[int32(i)] = true
			}
		} else {
			// A phrase that states a symptom with its own negation ("مش
			// بيرد" after "مش بيتكلم") is not negated again by one before.
			o.off = a.negated[o.start] && !a.hasNegInside(lx, *o, neg) && !a.hasNegInside(lx, *o, negBefore)
			// The other readings of the words a symptom phrase holds after
			// its negation are denied with it: «وما كلاش» (and he did not
			// eat) is poor feeding, and its «كلا» is no eating of
			// anything, an allergen or pills (h96-033, a man on insulin
			// who had not eaten, read as an overdose and an allergy)
			if !o.off && !c.modifier && !a.hasNegInside(lx, *o, neg) {
				for _, k := range inside {
					if o.start > k.negEnd && o.end <= k.end {
						o.off = true
						innerOff[int32(i)] = true
						break
					}
				}
			}
		}
		if c.diagnosis && !o.off {
			for _, cl := range marked {
				if cl == o.clause {
					o.off = true
				}
			}
		}
	}
}

// keptNeg is a negation a symptom phrase containing it kept, and the end
// of that phrase: the words between are denied inside it.
type keptNeg struct{ negStart, negEnd, end int32 }

// keptInside returns the negation n with the end of each symptom phrase
// that contains it and keeps it («وما كلاش», poor feeding). Not a phrase
// built on the negation: "never had a headache like this" affirms the
// headache it is built with.
func (a *analysis) keptInside(lx *lexicon, n occ) []keptNeg {
	var out []keptNeg
	for i := range a.occs {
		o := a.occs[i]
		c := lx.concepts[o.concept]
		if c.modifier || c.helper || o.comp1 > o.comp0 || o.start > n.start || o.end <= n.end {
			continue
		}
		out = append(out, keptNeg{negStart: n.start, negEnd: n.end, end: o.end})
	}
	return out
}

// builtOnKept reports whether composite o has a part lying on a kept
// negation: it was built with the negation, and its denied parts are its
// meaning, not a denial of it.
func (a *analysis) builtOnKept(o occ, kept []keptNeg) bool {
	for _, ci := range a.comps[o.comp0:o.comp1] {
		p := a.occs[ci]
		for _, k := range kept {
			if p.start <= k.negEnd && p.end >= k.negStart {
				return true
			}
		}
	}
	return false
}

// negationBefore reports whether a negation ends in o's phrase before it
// with no stop word between, as «ما كياكلش» before «ولا كيشرب» (its own
// symptom phrase keeps it from reaching on).
func (a *analysis) negationBefore(lx *lexicon, o occ, neg int32) bool {
	for i := a.first[neg]; i >= 0; i = a.next[i] {
		n := a.occs[i]
		if n.end >= o.start || a.toks[n.end].phrase != a.toks[o.start].phrase {
			continue
		}
		stopped := false
		for p := n.end + 1; p < o.start; p++ {
			stopped = stopped || lx.stops[a.toks[p].text]
		}
		if !stopped {
			return true
		}
	}
	return false
}

// startsWith reports whether an occurrence of concept c begins where o
// does.
func (a *analysis) startsWith(c int32, o occ) bool {
	for i := a.first[c]; i >= 0; i = a.next[i] {
		if a.occs[i].start == o.start {
			return true
		}
	}
	return false
}

func (a *analysis) hasNegInside(lx *lexicon, o occ, neg int32) bool {
	if lx.concepts[o.concept].modifier || lx.concepts[o.concept].helper {
		return false
	}
	for i := a.first[neg]; i >= 0; i = a.next[i] {
		if n := a.occs[i]; n.start >= o.start && n.end <= o.end {
			return true
		}
	}
	return false
}

func (a *analysis) keepsNegation(lx *lexicon, n occ, pseudo int32) bool {
	for i := range a.occs {
		o := a.occs[i]
		if o.start > n.end || n.start > o.end {
			continue
		}
		c := lx.concepts[o.concept]
		switch {
		case o.concept == pseudo && o.start <= n.start:
			// a pseudo-negation that begins inside a longer negation does
			// not undo it: Tunisian «فما» (there is) in «دم ما فماش»
			return true
		case o.concept == pseudo:
		case c.modifier:
		case c.helper:
			// a helper built with the negation ("not" + "waking"), not
			// one whose window merely spans it: "the redness is not
			// spreading" is red beside spreading, and the "not" still
			// denies the spreading (h49-037)
			if o.used && a.partCovers(i, n) {
				return true
			}
		case o.comp1 == o.comp0: // a symptom phrase containing the negation
			// but not a word that is only a part of the negation's own
			// words («من», since, in «من غير», without: h47-016)
			if o.start >= n.start && o.end <= n.end && o.end-o.start < n.end-n.start {
				continue
			}
			return true
		}
	}
	return false
}

// partCovers reports whether occurrence i, or one of the parts it was
// built from, lies on the negation n.
func (a *analysis) partCovers(i int, n occ) bool {
	o := a.occs[i]
	if o.start > n.end || n.start > o.end {
		return false
	}
	if o.comp1 == o.comp0 {
		return true
	}
	for _, ci := range a.comps[o.comp0:o.comp1] {
		if a.partCovers(int(ci), n) {
			return true
		}
	}
	return false
}

// newActAt reports whether token p is an Arabic word glued to و that is
// not itself a known word («وعرقان», «ويتنفس»): what it says is told apart
// from a negation before it.
func (lx *lexicon) newActAt(a *analysis, p int) bool {
	t := a.toks[p]
	return t.isArabic && strings.HasPrefix(t.text, "و") && !lx.conts[t.text] && !lx.known[t.text] && !t.fullHit
}

func (lx *lexicon) scopeNegation(a *analysis, n occ) {
	for p, steps := int(n.end)+1, 0; p < len(a.toks) && steps < lx.scope; p, steps = p+1, steps+1 {
		t := a.toks[p]
		if t.phrase != a.toks[n.start].phrase || lx.stops[t.text] {
			return
		}
		// An Arabic word glued to و that is not itself a known word starts
		// a new phrase: "ما فيني حرارة وعرقان" negates the fever only.
		if p > int(n.end)+1 && lx.newActAt(a, p) {
			return
		}
		// Sleep denied "from" something tells its cause, which is not
		// denied: «ما عم تنام من الوجع بصدرها» (she can't sleep from the
		// pain in her chest) is a chest pain.
		if t.text == "من" && p > 0 && sleepVerbs[a.toks[p-1].text] {
			return
		}
		a.negated[p] = true
	}
}

// sleepVerbs are the forms of "to sleep" whose denial may be followed by
// its cause («ما نمت من الالم»).
var sleepVerbs = map[string]bool{
	"انام": true, "تنام": true, "ينام": true, "ننام": true, "نمت": true, "نامت": true, "نام": true, "ناموا": true,
	"ينامو": true, "تنامي": true, "نعست": true, "ارقد": true, "ترقد": true, "يرقد": true, "نرقد": true, "رقدت": true,
	"نرقدش": true, "نعسش": true, "نمتش": true, "نامش": true, "ننعس": true, "نعس": true, "يغمض": true, "تغمض": true,
}

// scopeFeared switches off what a fear of its coming back names, the
// fear's own words included ("خايفه ترجع له التشنجات": ترجع is also
// vomiting), up to the end of its phrase or scope words after it: a fit
// six months ago that a mother fears will come back is not a fit now.
func (lx *lexicon) scopeFeared(a *analysis, n occ) {
	for p := n.start; p <= n.end; p++ {
		a.negated[p] = true
	}
	for p, steps := int(n.end)+1, 0; p < len(a.toks) && steps < lx.scope && a.toks[p].phrase == a.toks[n.start].phrase; p, steps = p+1, steps+1 {
		a.negated[p] = true
	}
}

// askedAnswerReach is how many words a reported question may run before
// the "no" that answers it.
const askedAnswerReach = 12

// scopeAskedAndDenied switches off what a relative reports having asked
// when the answer reported after it is a plain "no": «سألته اذا يفكر يأذي
// نفسه قال لا ما عندي نية» (h39-020) told no self-harm, and read as one.
// The answer must close its phrase or be followed by a negation of its own
// ("he said no, ...", «قال لا ما عندي»): «قال لا تخافي» (he said don't
// worry) is no answer, and a "yes", or no answer at all, leaves the
// question's words read as the message tells them, the safer side.
func (lx *lexicon) scopeAskedAndDenied(a *analysis) {
	asked, answered, neg := lx.index[modAsked], lx.index[modAnsweredNo], lx.index[modNeg]
	for i := a.first[asked]; i >= 0; i = a.next[i] {
		q := a.occs[i]
		for j := a.first[answered]; j >= 0; j = a.next[j] {
			n := a.occs[j]
			if n.clause != q.clause || n.start <= q.end || n.start-q.end > askedAnswerReach || !a.closesAnswer(n, neg) {
				continue
			}
			for p := q.start; p < n.start; p++ {
				a.negated[p] = true
			}
			break
		}
	}
}

// closesAnswer reports whether a reported "no" ends its phrase or is
// followed at once by a negation, so that it answers what was asked.
func (a *analysis) closesAnswer(n occ, neg int32) bool {
	next := n.end + 1
	if int(next) >= len(a.toks) || a.toks[next].phrase != a.toks[n.end].phrase {
		return true
	}
	for k := a.first[neg]; k >= 0; k = a.next[k] {
		if a.occs[k].start == next {
			return true
		}
	}
	return false
}

// scopeNegationBack is scopeNegation for a negation that follows what it
// negates, as Urdu puts it ("سینے میں درد نہیں ہے": no chest pain): it
// reaches back over the words before it in its phrase, stopping at a stop
// word ("اور", and) or after scope words.
func (lx *lexicon) scopeNegationBack(a *analysis, n occ) {
	for p, steps := int(n.start)-1, 0; p >= 0 && steps < lx.scope; p, steps = p-1, steps+1 {
		t := a.toks[p]
		if t.phrase != a.toks[n.start].phrase || lx.stops[t.text] {
			return
		}
		a.negated[p] = true
	}
}

// closingReach is how many words a closing negation reaches back: the
// thing it denies and a word of it («ضيق تنفس ما فيش», «وجع صدر مفيش»).
const closingReach = 3

// closesPhrase reports whether n denies what comes before it: it is the
// last of its phrase (nothing follows before a comma, a stop word such as
// «بصح», but, or the end), is not glued to و (a clause of its own), and
// its phrase begins at most closingReach words before it.
func (a *analysis) closesPhrase(lx *lexicon, n occ) bool {
	if strings.HasPrefix(a.toks[n.start].text, "و") {
		return false
	}
	next := int(n.end) + 1
	if next < len(a.toks) && a.toks[next].phrase == a.toks[n.end].phrase && !lx.stops[a.toks[next].text] {
		return false
	}
	first := int(n.start) - closingReach
	return first < 0 || a.toks[first].phrase != a.toks[n.start].phrase || lx.stops[a.toks[first].text]
}

// scopeClosingBack is scopeNegationBack for an Arabic negation that closes
// its phrase after the thing it denies («سخانة ما عنديش», «دم ما فماش»).
// It also stops at a continuer: in «عندو سخانة ولا ما عندوش؟» (a fever or
// not?) the fever is asked about, not denied.
func (lx *lexicon) scopeClosingBack(a *analysis, n occ) {
	for p, steps := int(n.start)-1, 0; p >= 0 && steps < closingReach; p, steps = p-1, steps+1 {
		t := a.toks[p]
		if t.phrase != a.toks[n.start].phrase || lx.stops[t.text] || lx.conts[t.text] {
			return
		}
		a.negated[p] = true
	}
}

// yearWords are the units of "من 5 سنين" (five years ago, of a condition).
var yearWords = map[string]bool{"سنه": true, "سنين": true, "سنوات": true, "عام": true, "اعوام": true, "سنة": true, "سنتين": true}

// datedClauses are the clauses that date what they tell to an age or a
// year gone by: "my father had a heart attack at 50", "had a stroke in
// 2019", "جلطة سنة ٢٠١٩". A condition named there is history, the
// patient's or a relative's, not what is happening now (a family history
// is a risk factor, not a finding: NICE CG181, NICE CKS Chest pain).
// An age is 13 or more after "at" or "aged" ("at 3" is a time of day); a
// year is 1950 to 2025 (a later one may be this year: not dated as past,
// the safer side, so the bound only errs towards the emergency).
func datedClauses(a *analysis) []int32 {
	var out []int32
	for i := 0; i+1 < len(a.toks); i++ {
		w := a.toks[i].text
		v, suffix, ok := leadingNumber(a.toks[i+1].text)
		if n, word := numberWords[a.toks[i+1].text]; !ok && word && (w == "من" || w == "قبل") {
			// the count written as a word: «جلطه من خمس سنين» as «من 5
			// سنين» (h85-037)
			v, suffix, ok = float64(n), "", true
		}
		if !ok || suffix != "" || v != float64(int(v)) || a.toks[i].clause != a.toks[i+1].clause {
			continue
		}
		switch {
		case w == "at" || w == "aged":
			ok = v >= 13 && v <= 120
		case v >= 1950 && v <= 2025:
			// "in 2019", «سنة ٢٠١٩», and a year told bare after what
			// it dates: «صارت له جلطه 2019» (h68-025), "stroke 2019"
			_, _, prevNumber := leadingNumber(w)
			ok = !prevNumber
		case (w == "من" || w == "قبل") && v >= 1 && v <= 90 && i+2 < len(a.toks) && yearWords[a.toks[i+2].text] && a.toks[i+2].clause == a.toks[i].clause:
			// «جلطه من 5 سنين», «قبل ٣ سنوات»: a condition had years
			// ago, as «من سنين» and «قبل سنتين» (history) already were
			// (h68-027)
			ok = true
		default:
			ok = false
		}
		if ok {
			out = append(out, a.toks[i].clause)
		}
	}
	return out
}
