package triage

import (
	"strconv"
	"strings"
)

// applyResolution marks what an ended episode covers ("stopped after 10
// minutes, fine now", "back to 118", "الوجع راح"): the symptoms named in
// the phrase before an ending phrase — or, when there are none there,
// earlier in the sentence, or in the sentence before ("He had a fit. It
// stopped.") — are past, not now; an Arabic verb of ending also covers the
// symptom after it ("خفت الحرارة"). What it covers is past: the concepts
// in endedOff (emergencies only while they last) are switched off, and all
// of them when the episode is weeks or more back (a history or distant
// phrase, or a year, in its sentence: "last year I fainted once, all tests
// normal"); otherwise the others keep counting, recentStays included (a
// chest pain that stopped an hour ago).
func (lx *lexicon) applyResolution(a *analysis) {
	distant := map[int32]bool{}
	for _, c := range []int32{lx.index[modDistant], lx.index[modHist]} {
		a.each(c, func(i int32) { distant[a.occs[i].clause] = true })
	}
	for i, t := range a.toks {
		if isYear(t.text) || weeksBackAt(a, i) {
			distant[t.clause] = true
		}
	}
	// a day or more back: "yesterday", not "since yesterday"
	daysBack := map[int32]bool{}
	a.each(lx.index[modDaysBack], func(i int32) {
		if o := a.occs[i]; o.start == 0 || !durationStarts[a.toks[o.start-1].text] {
			daysBack[o.clause] = true
		}
	})
	pseudo := lx.index[modPseudo]
	for _, c := range []int32{lx.index[modResolved], lx.index[modResolvedVerb]} {
		verb := c == lx.index[modResolvedVerb]
		for ri := a.first[c]; ri >= 0; ri = a.next[ri] {
			r := a.occs[ri]
			if !lx.endsEpisode(a, r, pseudo) || lx.cameBack(a, r) {
				continue
			}
			lo, hi := lx.episodeSpan(a, r, verb)
			if lx.datedInPhrase(a, r) {
				// a test result months or years old ends only what its
				// own phrase tells: "my chest is tight and heavy, all
				// tests were normal last year" was routine
				for lo < hi && a.toks[lo].phrase != a.toks[r.start].phrase {
					lo++
				}
				for hi > lo && a.toks[hi].phrase != a.toks[r.start].phrase {
					hi--
				}
			}
			if lo > hi {
				continue
			}
			if a.ended == nil {
				a.ended = make([]bool, len(a.toks))
			}
			for p := lo; p <= hi; p++ {
				if p < r.start || p > r.end {
					a.ended[p] = true
				}
			}
			recent := lx.endedHoursAgo(a, r)
			for i := range a.occs {
				o := &a.occs[i]
				if o.start < lo || o.end > hi || o.start >= r.start && o.start <= r.end {
					continue
				}
				// an episode weeks or more back is over whatever it was;
				// one that ended minutes or hours ago is not, whatever the
				// sentence says of months («من شهور بيجيني وجع بصدري، راح
				// من ساعة»: the pain of the last hour, NICE CG95)
				far := (distant[o.clause] || distant[r.clause]) && !recent
				// what is told as now in a phrase of its own is not the
				// episode weeks back: "my chest is really tight right now.
				// Had the same 3 weeks ago, checked, nothing since"
				if far && !lx.endedOff[o.concept] && a.toks[o.start].phrase != a.toks[r.start].phrase && toldNowIn(a, a.toks[o.start].phrase) {
					continue
				}
				// chest pain that ended a day or more back is past the
				// hours in which it is an emergency (NICE CG95 1.1.2.1)
				days := (daysBack[o.clause] || daysBack[r.clause]) && lx.daysBackOff[o.concept]
				// an asthma attack the reliever settled last night, fine
				// today, is over: a routine review, not a same-day one
				// (the project's settled note; BTS/SIGN 158)
				over := (daysBack[o.clause] || daysBack[r.clause]) && lx.daysBackOver[o.concept]
				if !lx.endedOff[o.concept] && !far && !days && !over {
					continue
				}
				if days && !far && !lx.endedOff[o.concept] {
					if a.daysAgo == nil {
						a.daysAgo = make([]bool, len(lx.concepts))
					}
					a.daysAgo[o.concept] = true
				}
				o.ended = true
			}
		}
	}
}

// cameBack reports whether an ending phrase is undone: "until" right after
// it ("nothing since until this morning", «ما جاني شي لين اليوم»), or a
// return told after it in the message ("fine since, but this morning it
// came back", «بس اليوم رجعلي»; came_back_again).
func (lx *lexicon) cameBack(a *analysis, r occ) bool {
	if c, ok := lx.index["until_word"]; ok {
		found := false
		a.each(c, func(i int32) {
			o := a.occs[i]
			if o.start > r.end && o.start <= r.end+2 && a.toks[o.start].phrase == a.toks[r.end].phrase {
				found = true
			}
		})
		if found {
			return true
		}
	}
	if c, ok := lx.index["came_back_again"]; ok {
		found := false
		a.each(c, func(i int32) {
			if o := a.occs[i]; o.start > r.end && !o.off {
				found = true
			}
		})
		return found
	}
	return false
}

// strictNow are the words that put what their phrase tells at the time of
// writing: not "since", "today" or "started", which also date an episode.
var strictNow = map[string]bool{
	"now": true, "currently": true, "presently": true, "الحين": true, "الان": true, "هلق": true, "هلا": true,
	"دلوقتي": true, "دلوقت": true, "دابا": true, "دروك": true, "توا": true, "حاليا": true, "هسه": true,
	"هسا": true, "دحين": true, "ذلحين": true, "دلحين": true,
}

// toldNowIn reports whether phrase ph has a word of the time of writing
// ("right now", «الحين»), with or without the Arabic "and" glued to it.
func toldNowIn(a *analysis, ph int32) bool {
	for _, t := range a.toks {
		if t.phrase == ph && (strictNow[t.text] || strings.HasPrefix(t.text, "و") && strictNow[strings.TrimPrefix(t.text, "و")]) {
			return true
		}
	}
	return false
}

// datedInPhrase reports whether the ending phrase r is told in a phrase
// with a test result (testResultIn: "all tests were normal", «التحاليل
// سليمه») and a point months or years back: an old result, which says
// nothing of a pain told beside it now.
func (lx *lexicon) datedInPhrase(a *analysis, r occ) bool {
	ph := a.toks[r.start].phrase
	if !lx.testResultIn(a, ph) {
		return false
	}
	dated := false
	a.each(lx.index[modPastPoint], func(i int32) {
		if a.toks[a.occs[i].start].phrase == ph {
			dated = true
		}
	})
	for _, t := range a.toks {
		dated = dated || t.phrase == ph && isYear(t.text)
	}
	return dated
}

// endedHoursAgo reports whether the ending phrase r is dated minutes or
// hours back, next to it in its phrase: "went away an hour ago", «راح من
// ساعة», «من ساعتين خف».
func (lx *lexicon) endedHoursAgo(a *analysis, r occ) bool {
	const near = 3 // tokens either side of the ending phrase
	phrase := a.toks[r.start].phrase
	for _, c := range []int32{lx.index["unit_minute"], lx.index["unit_hour"]} {
		for i := a.first[c]; i >= 0; i = a.next[i] {
			o := a.occs[i]
			if a.toks[o.start].phrase == phrase && o.start <= r.end+near && o.end >= r.start-near {
				return true
			}
		}
	}
	return false
}

// weeksBackAt reports whether token i opens a count of weeks back in
// Arabic, the number between: «قبل ٣ اسابيع», «من ٣ اسابيع», «هادي 3
// سيمانات» (the Maghreb's "3 weeks ago"), «قبل تلات اسابيع». The distant
// phrases have the count-less forms («قبل اسابيع», «من اسبوعين»); a
// chest tightness «قبل ٣ اسابيع» checked at the emergency department and
// gone since (h96-007's family) was a chest pressure now.
func weeksBackAt(a *analysis, i int) bool {
	if !weeksOpeners[a.toks[i].text] {
		return false
	}
	for j := i + 1; j <= i+2 && j < len(a.toks) && a.toks[j].phrase == a.toks[i].phrase; j++ {
		if weekWords[a.toks[j].text] {
			return true
		}
	}
	return false
}

var (
	weeksOpeners = map[string]bool{"قبل": true, "من": true, "هادي": true, "هادا": true, "مند": true}
	// the Maghreb's week also without its ي («قبل 3 سمانات», h121-014),
	// and Tunisia's and Libya's «جمعات»
	weekWords = map[string]bool{"اسابيع": true, "اسبوع": true, "سيمانات": true, "سيمانه": true, "سيمان": true,
		"سمانات": true, "سمانه": true, "جمعات": true}
)

// durationStarts before a day make it the start of what is still going on
// ("since yesterday", "من امبارح"), not the day an episode happened.
var durationStarts = map[string]bool{"since": true, "from": true, "for": true, "من": true, "منذ": true, "مند": true, "ل": true}

// applyPastPoint marks as past the symptoms told in a sentence dated to a
// point months or years back ("last summer he was stung and his face
// swelled", "قبل ست شهور جاته تشنجات", "لما كان عمري ١٢ سنة كان عندي
// نوبات صرع", "in 2019"): history, not what is happening now. The dated
// part runs from the sentence's start, or its last word of now before the
// date ("now", "الحين"), to its end or its next word of now. A duration is
// not a point ("for 6 months", "من شهر", "since 2019": still going on), and
// an hour or a day back is not months back (recent_stays, days_back).
func (lx *lexicon) applyPastPoint(a *analysis) {
	type anchor struct {
		at    int32
		years bool // a year or more back, not months
	}
	var anchors []anchor
	a.each(lx.index[modPastPoint], func(i int32) {
		o := a.occs[i]
		// the dialects' «من» before the point is "since" ("since last
		// month"), a duration still going on, as "since" is a word of now:
		// «عندي حصوة ... عارفها من الشهر اللي فات» (h123-004, a stone known
		// since last month, its colic back) made the stone past
		if o.start > 0 && sinceBefore[a.toks[o.start-1].text] {
			return
		}
		anchors = append(anchors, anchor{o.start, a.anyWord(o.start, o.end, pointYearWords)})
	})
	for i, t := range a.toks {
		switch {
		case t.text == "قبل" && i+2 < len(a.toks) && (monthsOrYears[a.toks[i+1].text] || monthsOrYears[a.toks[i+2].text]):
			// "قبل ست شهور", "قبل 3 سنين"
			anchors = append(anchors, anchor{int32(i), a.anyWord(int32(i+1), int32(i+2), pointYearWords)})
		case isYear(t.text) && i > 0 && yearPrepositions[a.toks[i-1].text]:
			// "in 2019", "سنة ٢٠١٩"; not "since 2019". Not taken for a year
			// back: the year may be this one.
			anchors = append(anchors, anchor{int32(i), false})
		}
	}
	if len(anchors) == 0 {
		lx.sinceDated(a)
		return
	}
	timed := lx.timedPhrases(a)
	dated := map[int32]bool{}
	var spans [][2]int32 // the dated parts, token positions inclusive
	var endedHere []int  // the occurrences dated here
	for _, an := range anchors {
		p := an.at
		clause := a.toks[p].clause
		dated[clause] = true
		// A point told with a test result in its phrase ("my tests were all
		// normal last year", «التحاليل كلها كانت سليمة السنة اللي فاتت»)
		// dates that old result, not a pain told beside it: "my chest is
		// tight and heavy, all tests were normal last year" read the tight
		// chest as a year old. Any other point dates its whole sentence
		// ("I had a stroke 5 years ago, and since then his arm is weak").
		inPhrase := lx.testResultIn(a, a.toks[p].phrase)
		// Nor does it date a phrase of its sentence that tells its own time
		// in minutes to weeks: "my chest has been hurting for an hour, same
		// thing a month ago", «صدري يوجعني من ساعه، قبل شهر نفس الشي» is a
		// chest pain now that was also there then.
		reach := func(k int32) bool {
			ph := a.toks[k].phrase
			return ph == a.toks[p].phrase || !inPhrase && !timed[ph]
		}
		lo, hi := p, p
		for lo > 0 && a.toks[lo-1].clause == clause && !lx.isNowWord(a.toks[lo-1].text) && reach(lo-1) {
			lo--
		}
		for int(hi)+1 < len(a.toks) && a.toks[hi+1].clause == clause && !lx.isNowWord(a.toks[hi+1].text) && reach(hi+1) {
			hi++
		}
		for i := range a.occs {
			o := &a.occs[i]
			// in a dated phrase, what starts there is dated too, though
			// built on to a word past its comma
			in := o.start >= lo && o.end <= hi || inPhrase && o.start >= lo && o.start <= hi
			if in && !o.off && !o.ended && (lx.symptom(o.concept) || lx.pastPointOff[o.concept] || an.years && lx.yearsBackOff[o.concept]) {
				o.ended = true
				endedHere = append(endedHere, i)
			}
		}
		spans = append(spans, [2]int32{lo, hi})
	}
	lx.cameBackSince(a, spans, endedHere)
	lx.continueDated(a, dated)
	lx.sinceDated(a)
}

// cameBackSince reads what a past point dated as now again when a return
// is told after it, outside the dated part, in the same or the next two
// sentences: "had chest pain last year, ecg was normal. it came back this
// morning" is a chest pain now (NICE CG95), as "fine since, but it came
// back" is for an ending (applyResolution).
func (lx *lexicon) cameBackSince(a *analysis, spans [][2]int32, endedHere []int) {
	back, ok := lx.index["came_back_again"]
	if !ok || len(endedHere) == 0 {
		return
	}
	a.each(back, func(i int32) {
		r := a.occs[i]
		if r.off {
			return
		}
		for _, sp := range spans {
			if r.start >= sp[0] && r.start <= sp[1] {
				return // "it came back last year" is dated itself
			}
		}
		for _, k := range endedHere {
			o := &a.occs[k]
			if o.end < r.start && r.clause-o.clause <= maxSentencesBack {
				o.ended = false
			}
		}
	})
}

// recentUnits are the units of a time told in minutes to weeks.
var recentUnits = []string{"unit_minute", "unit_hour", "unit_day", "unit_week"}

// timedPhrases are the phrases that tell a time in minutes to weeks ("for
// an hour", «من ساعه», "since 2 days", the dual «ساعتين»), read once for
// the message.
func (lx *lexicon) timedPhrases(a *analysis) map[int32]bool {
	timed := map[int32]bool{}
	for _, t := range a.toks {
		if d, ok := dualUnits[t.text]; ok && d.unit <= mWeek {
			timed[t.phrase] = true
		}
	}
	for _, id := range recentUnits {
		if c, ok := lx.index[id]; ok {
			a.each(c, func(i int32) { timed[a.toks[a.occs[i].start].phrase] = true })
		}
	}
	return timed
}

// pointYearWords name a year: a point told with one ("10 years ago", "last
// year", «قبل سنتين») is a year or more back, not months.
var pointYearWords = map[string]bool{"year": true, "years": true, "yr": true, "yrs": true, "سنه": true, "سنين": true,
	"سنوات": true, "سنتين": true, "السنه": true, "عام": true, "العام": true, "اعوام": true, "عامين": true, "لعام": true}

// anyWord reports whether a word from lo to hi (inclusive) is in words.
func (a *analysis) anyWord(lo, hi int32, words map[string]bool) bool {
	for i := lo; i <= hi && int(i) < len(a.toks); i++ {
		if words[a.toks[i].text] {
			return true
		}
	}
	return false
}

// testResultIn reports whether phrase ph tells a test result (tests_fine:
// "all tests were normal", «التحاليل سليمه»).
func (lx *lexicon) testResultIn(a *analysis, ph int32) bool {
	tests, ok := lx.index["tests_fine"]
	if !ok {
		return false
	}
	found := false
	a.each(tests, func(i int32) {
		if a.toks[a.occs[i].start].phrase == ph {
			found = true
		}
	})
	return found
}

// sinceDated reads "since" with a point months or years back ("weak since
// his stroke in 2023", "since 2019", "since the stroke 3 years ago") as
// long-standing (chronic): what it tells has gone on from then to now.
// The point dates nothing as past there, "since" being a word of now.
// A condition named right before ("diabetic since 2015") keeps the years
// for itself (applyConditionDurations).
func (lx *lexicon) sinceDated(a *analysis) {
	chronic, ok := lx.index["chronic"]
	if !ok {
		return
	}
	pastAt := map[int32]bool{}
	a.each(lx.index[modPastPoint], func(i int32) { pastAt[a.occs[i].start] = true })
	var adds []occ
	for i, t := range a.toks {
		if t.text != "since" && t.text != "منذ" {
			continue
		}
		for j := i + 1; j < len(a.toks) && j <= i+5 && a.toks[j].phrase == t.phrase; j++ {
			if w := a.toks[j].text; isYear(w) || pastAt[int32(j)] || w == "قبل" && j+2 < len(a.toks) && (monthsOrYears[a.toks[j+1].text] || monthsOrYears[a.toks[j+2].text]) {
				adds = append(adds, occ{concept: chronic, start: int32(i), end: int32(j), clause: t.clause})
				break
			}
		}
	}
	for _, o := range adds {
		a.addOcc(o)
	}
}

// continueDated reads a sentence that runs on from a dated one ("he had a
// stroke back in 2023. His right arm has been weak since then", «جاته
// جلطه سنة ٢٠٢٢. ايده ضعيفه من وقتها», h24-014) as long-standing: what it
// tells began months or years back and is still going on (chronic), not
// new. Only the sentence right after the dated one, and not when it brings
// the story back to now or to something sudden ("since then he was fine,
// but today he can't move his arm").
func (lx *lexicon) continueDated(a *analysis, dated map[int32]bool) {
	since, ok := lx.index["since_then"]
	chronic, ok2 := lx.index["chronic"]
	sudden, ok3 := lx.index["sudden"]
	if !ok || !ok2 || !ok3 || len(dated) == 0 {
		return
	}
	var adds []occ
	a.each(since, func(i int32) {
		o := a.occs[i]
		if o.off || !dated[o.clause-1] || dated[o.clause] {
			return
		}
		for j, t := range a.toks {
			if t.clause == o.clause && (int32(j) < o.start || int32(j) > o.end) && lx.isNowWord(t.text) {
				return
			}
		}
		for j := a.first[sudden]; j >= 0; j = a.next[j] {
			if a.occs[j].clause == o.clause {
				return
			}
		}
		adds = append(adds, occ{concept: chronic, start: o.start, end: o.end, clause: o.clause})
	})
	for _, o := range adds {
		a.addOcc(o)
	}
}

var (
	// sinceBefore: "since" in the dialects, before a point months or years
	// back (applyPastPoint); "منذ" folds to "مند"
	sinceBefore   = map[string]bool{"من": true, "مند": true, "منذ": true}
	monthsOrYears = map[string]bool{"شهر": true, "شهور": true, "اشهر": true, "شهرين": true, "سنه": true, "سنين": true, "سنوات": true, "سنتين": true, "عام": true, "اعوام": true, "عامين": true}
	// The year's word in construct ("سنت ٢٠١٩") and in Arabizi ("3amalt
	// azma 2albeya sanat 2019", h71-033: a heart attack in 2019 read as
	// one now).
	yearPrepositions = map[string]bool{"in": true, "في": true, "سنه": true, "عام": true, "back": true,
		"سنت": true, "sanat": true, "sanet": true, "sanit": true, "sena": true, "sana": true, "sene": true, "3am": true}
)

// endsEpisode reports whether an ending phrase ends anything: not when a
// negation reaches it or a pseudo-negation contains it ("hasn't gone away",
// "ما راح"), not when it is part of a symptom phrase ("passed out"), and
// not when a symptom, an -ing word or an object follows it ("stopped
// breathing", "stopped them").
func (lx *lexicon) endsEpisode(a *analysis, r occ, pseudo int32) bool {
	if a.negated[r.start] || lx.negationRightBefore(a, r, pseudo) {
		return false
	}
	// asked where someone went, «تسال عن جدي الله يرحمه وين راح» (h86's
	// probes: a grandmother asking where her dead husband went), ends
	// nothing
	if r.start > 0 && whereWords[a.toks[r.start-1].text] {
		return false
	}
	for i := range a.occs {
		o := a.occs[i]
		if o.start > r.end || r.start > o.end {
			if o.start == r.end+1 && !a.toks[r.end].isArabic && lx.symptom(o.concept) && a.toks[o.start].phrase == a.toks[r.end].phrase {
				return false
			}
			continue
		}
		// a pseudo-negation inside a longer ending phrase is the phrase's
		// own: «من داك الوقت ما عاودني» (since then it has not come back)
		// holds «الوقت ما» (when), and ended nothing (h96-007's family)
		inside := o.start >= r.start && o.end <= r.end && r.end-r.start >= 3
		if o.concept == pseudo && !inside || lx.symptom(o.concept) && (o.start < r.start || o.end > r.end) && a.builtOn(o, r.start, r.end) {
			return false
		}
	}
	if n := int(r.end) + 1; n < len(a.toks) && !a.toks[r.end].isArabic && a.toks[n].phrase == a.toks[r.end].phrase {
		if w := a.toks[n].text; strings.HasSuffix(w, "ing") || stoppedObjects[w] {
			return false
		}
	}
	return true
}

// builtOn reports whether one of the words occurrence o is built from lies
// in lo..hi: a term's own words, a composite's components'. A composite
// found across sentences spans the words between its parts, which are not
// its own: the heat, the cramps and a dizziness denied two sentences after
// «واليوم الحمدلله زين» (h122-022) make a heat exhaustion whose span held
// the ending, and the cramps that had settled were never over.
func (a *analysis) builtOn(o occ, lo, hi int32) bool {
	if o.comp1 == o.comp0 {
		return o.start <= hi && lo <= o.end
	}
	for _, ci := range a.comps[o.comp0:o.comp1] {
		if a.builtOn(a.occs[ci], lo, hi) {
			return true
		}
	}
	return false
}

// negationRightBefore: a negation word just before the ending verb, even
// one a phrase holding it keeps from switching off what follows («ما
// راحت الجلسة», she did not go to the session, is missed_verb's), says
// the verb did not happen: «امي ما راحت الغسيل امس والحين نفسها ضيق»
// (a dialysis missed, and breathless now) is nothing over. A pseudo
// negation on it («بعد ما راحت», after it went) negates nothing.
func (lx *lexicon) negationRightBefore(a *analysis, r occ, pseudo int32) bool {
	if r.start == 0 {
		return false
	}
	neg := lx.index[modNeg]
	for _, o := range a.occs {
		if o.concept != neg || o.end != r.start-1 {
			continue
		}
		for _, p := range a.occs {
			if p.concept == pseudo && p.start <= o.start && p.end >= o.end {
				return false
			}
		}
		return true
	}
	return false
}

// whereWords ask where: an ending verb right after one is a going
// somewhere, not an episode over.
var whereWords = map[string]bool{
	"where": true, "وين": true, "فين": true, "فاين": true, "لوين": true, "لفين": true, "منين": true,
}

// stoppedObjects follow an ending verb that has an object: "I stopped
// them", "stopped my tablets" is a treatment stopped, not an episode over.
var stoppedObjects = map[string]bool{
	"them": true, "it": true, "my": true, "the": true, "his": true, "her": true, "their": true, "taking": true,
	"those": true, "these": true,
}

// symptom reports whether concept c is one an ended episode may be about:
// one it switches off, one that stays when recent, or a named condition.
func (lx *lexicon) symptom(c int32) bool {
	return lx.endedOff[c] || lx.recentStays[c] || lx.daysBackOver[c] || lx.concepts[c].diagnosis
}

// episodeSpan returns the tokens an ending phrase covers: its phrase up to
// it (and, for a verb, after it); when no symptom is named there, its
// sentence up to it; when none there either, the sentence before.
func (lx *lexicon) episodeSpan(a *analysis, r occ, verb bool) (int32, int32) {
	phrase, clause := a.toks[r.start].phrase, a.toks[r.start].clause
	lo, hi := r.start, r.end
	for lo > 0 && a.toks[lo-1].phrase == phrase {
		lo--
	}
	if verb {
		for int(hi)+1 < len(a.toks) && a.toks[hi+1].phrase == phrase {
			hi++
		}
	}
	if !pointsBack(a, r, lo) && lx.namesSymptom(a, lo, hi, r) {
		return lo, hi
	}
	for lo > 0 && a.toks[lo-1].clause == clause {
		lo--
	}
	if lx.namesSymptom(a, lo, r.start-1, r) {
		return lo, r.start - 1
	}
	// the sentence before, or the nearest one before it that names a
	// symptom: "Couldn't catch my breath. It's a cold, blocked nose.
	// Today I'm fine" ends the breathing too
	for back := 0; back < maxSentencesBack; back++ {
		if lo == 0 {
			break
		}
		prev := a.toks[lo-1].clause
		for lo > 0 && a.toks[lo-1].clause == prev {
			lo--
		}
		if lx.namesSymptom(a, lo, r.start-1, r) {
			break
		}
	}
	if lo == 0 && !lx.namesSymptom(a, lo, r.start-1, r) {
		return 1, 0
	}
	return lo, r.start - 1
}

// maxSentencesBack bounds how far back an ending phrase with no symptom
// near it reaches: a story told in a few sentences, not a whole history.
const maxSentencesBack = 2

func (lx *lexicon) namesSymptom(a *analysis, lo, hi int32, r occ) bool {
	for _, o := range a.occs {
		if o.start >= lo && o.end <= hi && (o.end < r.start || o.start > r.end) && lx.symptom(o.concept) && !o.off {
			return true
		}
	}
	return false
}

// isYear reports whether w is a year a history is dated by ("in 2019").
func isYear(w string) bool {
	if len(w) != 4 || !isDigit(w[0]) || !isDigit(w[1]) || !isDigit(w[2]) || !isDigit(w[3]) {
		return false
	}
	y, _ := strconv.Atoi(w)
	return y >= 1950 && y <= 2100
}

// backPronouns are subjects that point back past their phrase: "it's back
// to 118", "he is fine now", "هو زين الحين".
var backPronouns = map[string]bool{
	"it": true, "its": true, "that": true, "this": true, "they": true, "he": true, "she": true, "i": true, "im": true,
	"hes": true, "shes": true, "we": true, "everything": true, "all": true, "هو": true, "هي": true, "انا": true,
}

// pointsBack reports whether the ending phrase r has a pronoun for its
// subject (skipping "is", "has been" and the like), so that it covers the
// whole sentence before it, not only its own phrase.
func pointsBack(a *analysis, r occ, lo int32) bool {
	for p := r.start - 1; p >= lo; p-- {
		switch w := a.toks[p].text; w {
		case "is", "was", "has", "had", "been", "now", "all", "and", "so", "then", "but", "و":
			continue
		default:
			return backPronouns[w]
		}
	}
	return false
}

// isNowWord reports whether w brings a dated sentence back to now, with or
// without the Arabic "and" glued to it ("والحين", "وهلأ").
func (lx *lexicon) isNowWord(w string) bool {
	return lx.nowWords[w] || strings.HasPrefix(w, "و") && lx.nowWords[strings.TrimPrefix(w, "و")]
}
