package triage

import "slices"

// Words that, before "is" and a number, name whose age it is ("my son is
// 4", "she is 67"); child, infant and elderly words of the lexicon count too.
var personWords = []string{
	"he", "she", "son", "daughter", "child", "kid", "baby", "boy", "girl", "mother", "mom", "mum", "father",
	"dad", "wife", "husband", "brother", "sister", "grandmother", "grandfather", "grandma", "grandpa",
}

// textAge reads the patient's age from the words: the measures' ages
// ("عمري ٦٧ سنة", "ابني عمره ٤", "4 year old") and "I am 67", "I'm 67",
// "عندي ١٥ سنة", "my son is 4", "انا ٦٧ سنة". It returns the one age band they agree on,
// or "" when there is none or more than one, or when a first-person age
// sits beside a child or elderly relative (the patient may be either).
// unit reports that a stated age took a month or year word ("my baby is 5
// months"), which the measures also read as a duration.
func (e *Engine) textAge(a *analysis, m measures) (band string, unit bool) {
	ages := slices.Clone(m.ages)
	self := false
	for i, t := range a.toks {
		if t.text == "عمري" {
			self = true
		}
		if years, _, ok := ageSexCode(t.text); ok && clauseStart(a, i) {
			ages = append(ages, years*12) // "25M", "F30"
			continue
		}
		v, suffix, ok := leadingNumber(t.text)
		if !ok || suffix != "" || v < 1 || v > 120 || v != float64(int(v)) || i == 0 {
			continue
		}
		mine, other := e.agedAt(a, i)
		if !mine && !other && e.standaloneAge(a, i, v) {
			other = e.someoneElse(a)
			mine = !other
		}
		if !mine && !other {
			continue
		}
		months := int(v) * 12
		if i+1 < len(a.toks) && a.toks[i+1].clause == t.clause {
			switch u := unitAtToken(e, a, i+1); u {
			case mYear:
				unit = true
			case mMonth:
				months, unit = int(v), true
			case mMinute, mHour, mDay, mWeek:
				continue // "he is 3 days into a fever" is no age
			}
		}
		self = self || mine
		ages = append(ages, months)
	}
	if self && (a.present[e.need.childWord] || a.present[e.need.infantWord] || a.present[e.need.elderlyWord]) {
		return "", unit
	}
	for _, mo := range ages {
		b := "u3m" // days or weeks old
		if mo > 0 {
			b = AgeBand(0, mo)
		}
		if band != "" && b != band {
			return "", unit
		}
		band = b
	}
	return band, unit
}

// agedAt reports whether the number at token i is said as someone's age
// by the words before it: the patient's own ("I am 45", "im 30", "انا ٦٧",
// "عندي ١٥ سنة") or another person's ("my son is 4", "امي ٦٥ سنة", "my dad
// 70 years").
func (e *Engine) agedAt(a *analysis, i int) (mine, other bool) {
	if i == 0 {
		return false, false
	}
	prev, prev2 := a.toks[i-1].text, ""
	if i >= 2 {
		prev2 = a.toks[i-2].text
	}
	years := i+1 < len(a.toks) && unitAtToken(e, a, i+1) == mYear
	mine = prev == "im" || prev == "انا" || (prev == "am" && prev2 == "i") || prev == selfHaveWord && years && !e.eventBefore(a, i)
	other = prev == "is" && i >= 2 && (slices.Contains(personWords, prev2) || e.personAt(a, i-2))
	// "Mum's 78", "she's 67": the apostrophe is dropped in the matching
	// form, so "is" is the word's last letter
	other = other || len(prev) > 2 && prev[len(prev)-1] == 's' && slices.Contains(personWords, prev[:len(prev)-1])
	// a relative named right before an age in years
	other = other || (e.relativeAt(a, i-1) && years)
	return mine, other
}

// standaloneAge reports whether the number v at token i is an age told on
// its own, as a form is filled in: "Male, 45 years.", "i am pilgrim from
// surabaya, 45 years." (h32-017, whose blisters had been 45 years old).
// The number of years, 12 or more, is a phrase of its own, and the phrase
// before it names no complaint: "back pain, 20 years" is how long.
func (e *Engine) standaloneAge(a *analysis, i int, v float64) bool {
	if v < 12 || i == 0 || i+1 >= len(a.toks) || unitAtToken(e, a, i+1) != mYear {
		return false
	}
	t := a.toks[i]
	if a.toks[i-1].phrase == t.phrase || a.toks[i+1].phrase != t.phrase {
		return false
	}
	if end := i + 2; end < len(a.toks) && a.toks[end].phrase == t.phrase && a.toks[end].text != "old" {
		return false
	}
	before := a.toks[i-1].phrase
	for _, o := range a.occs {
		if a.toks[o.start].phrase == before && !o.off && e.complaintWord[o.concept] {
			return false
		}
	}
	return true
}

// personAt reports whether a child, infant or elderly word ends at token i.
func (e *Engine) personAt(a *analysis, i int) bool {
	for _, c := range []int32{e.need.childWord, e.need.infantWord, e.need.elderlyWord} {
		found := false
		a.each(c, func(j int32) { found = found || int(a.occs[j].end) == i })
		if found {
			return true
		}
	}
	return false
}

// unitAtToken returns the measure unit (mMinute … mYear) starting at token
// i, or -1.
func unitAtToken(e *Engine, a *analysis, i int) int {
	for _, o := range a.occs {
		if int(o.start) != i {
			continue
		}
		for k, c := range e.measureIdx {
			if o.concept == c && k >= mMinute {
				return k
			}
		}
	}
	return -1
}

// relativeAt reports whether a word naming someone else ("my mother",
// "ولدي") ends at token i.
func (e *Engine) relativeAt(a *analysis, i int) bool {
	found := false
	a.each(e.need.otherPerson, func(j int32) { found = found || int(a.occs[j].end) == i })
	return found || e.personAt(a, i)
}

// ageSexCode reads the short form patients and relatives type for age and
// sex: "25m", "25f", "m25", "f30" (already lower-cased).
func ageSexCode(w string) (years int, sex string, ok bool) {
	if len(w) < 2 || len(w) > 4 {
		return 0, "", false
	}
	var num string
	switch {
	case w[0] == 'm' || w[0] == 'f':
		sex, num = w[:1], w[1:]
	case w[len(w)-1] == 'm' || w[len(w)-1] == 'f':
		sex, num = w[len(w)-1:], w[:len(w)-1]
	default:
		return 0, "", false
	}
	for _, r := range num {
		if r < '0' || r > '9' {
			return 0, "", false
		}
		years = years*10 + int(r-'0')
	}
	if years < 1 || years > 110 {
		return 0, "", false
	}
	return years, sex, true
}

// clauseStart reports whether token i begins its clause ("25M, cough";
// not "for 25m").
func clauseStart(a *analysis, i int) bool {
	return i == 0 || a.toks[i-1].clause != a.toks[i].clause
}
