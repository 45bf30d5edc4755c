package triage

import "slices"

// Prefill returns the answers to pathway's questions that the patient's own
// words already give (question id → option value), so the dialog need not
// ask what was just said. Merge them under the tapped answers (a tap wins)
// and pass the result to Assess and Next: a prefilled answer then counts
// exactly as a tapped one, escalation included. An unknown pathway or text
// that answers nothing gives an empty map. Safe for concurrent use.
//
// What counts as said:
//   - yes_no: "yes" when every concept of its yes option is present and not
//     negated, as Assess reads it ("cough and fever" answers "Is there a
//     fever?"). "no" only when each of those concepts is mentioned and every
//     mention is switched off by an explicit negation ("no fever", "ما فيني
//     حرارة"), and never for a question whose yes escalates: a red-flag or
//     amber screening question is answered from the words only by a yes,
//     and not even by one when its unless holds (the conversation would
//     not ask it) or its rule's none is read: the rule then reads the
//     words itself. Absence is never an answer.
//   - duration: from explicit durations ("3 days", "for two weeks", "من ٣
//     أيام", "شهرين", "since yesterday", "من امبارح", "since this morning"),
//     when they all fall in one band and no history is mentioned ("a stroke
//     two years ago"); a duration told in a sentence that names a medicine
//     ("on these tablets for 3 months") is the medicine's and answers
//     nothing (medicineClause).
//   - age_band: from Facts when an age is known there (as Assess reads it),
//     else from one age in the words ("I am 67", "my son is 4", "عمري ٦٧
//     سنة", "ابني عمره ٤"), when exactly one age is stated and it cannot
//     belong to someone else ("I am 30, my son has a fever" answers nothing).
//
// Choice and severity questions are never prefilled.
func (e *Engine) Prefill(text string, f Facts, pathway string) map[string]string {
	if e.pathways[pathway] == nil {
		return map[string]string{}
	}
	return e.prefill(e.read(text), f, pathway)
}

// prefill is Prefill of words already read.
func (e *Engine) prefill(a *analysis, f Facts, pathway string) map[string]string {
	out := map[string]string{}
	p := e.pathways[pathway]
	if p == nil {
		return out
	}
	m := a.measured(e)
	age, ageUnit := e.textAge(a, m)
	s := e.newState(a, f, answerEffects{ageMonths: -1, durDays: -1})
	for _, q := range p.questions {
		var v string
		switch q.Kind {
		case KindYesNo:
			v = e.prefillYesNo(a, m, q)
			if v == "yes" && (e.excepted(s, q) || escalatesUnasked(s, q)) {
				v = "" // asked instead, or left to the rules: see excepted, escalatesUnasked
			}
		case KindDuration:
			if !ageUnit { // "my baby is 5 months" is an age, not how long
				v = e.prefillDuration(a, m)
			}
			if v != "" && e.wordsFireRedFlag(s) {
				// the words read each duration with its own sentence ("his
				// face has been crooked for 2 years. Now he can't speak
				// and his arm is weak"); one band for the whole message,
				// taken as an answer, would switch the red flag off by its
				// none and end the conversation routine while the first
				// message was an emergency
				v = ""
			}
		case KindAgeBand:
			v = AgeBand(f.AgeYears, f.AgeMonths)
			if v == "" {
				v = age
			}
		}
		if v != "" {
			out[q.ID] = v
		}
	}
	return out
}

func (e *Engine) prefillYesNo(a *analysis, m measures, q *Question) string {
	yes, ok := q.option("yes")
	if !ok || len(yes.concepts) == 0 {
		return "" // an escalation question without concepts: only a tap answers it
	}
	present, negated := true, true
	for _, c := range e.readConcepts(q) {
		on := e.said(a, c)
		present = present && on
		negated = negated && !on && e.explicitlyNegated(a, c)
	}
	if f := e.singleFinding(q); f != nil {
		// a finding is said when any of its words is ("short of breath"
		// or "can't breathe" both say breathless)
		present = e.textFinding(a, f) == FindingPresent
	}
	switch {
	case present:
		return "yes"
	case negated && yes.Escalate == "":
		return "no"
	}
	return ""
}

// explicitlyNegated reports whether concept c is mentioned and every
// mention is reached by a negation (not merely a history clause).
func (e *Engine) explicitlyNegated(a *analysis, c int32) bool {
	if a.first[c] < 0 {
		return false
	}
	all := true
	a.each(c, func(i int32) { all = all && occNegated(a, i) })
	return all
}

func occNegated(a *analysis, i int32) bool {
	o := a.occs[i]
	if !o.off {
		return false
	}
	if o.comp1 == o.comp0 {
		return a.negated[o.start]
	}
	for _, ci := range a.comps[o.comp0:o.comp1] {
		if !occNegated(a, ci) {
			return false // "no purple spots, a rash": the rash is not denied
		}
	}
	return true
}

// Relative days said in words; each must follow a "since" word.
var (
	yesterdayWords = []string{"yesterday", "امبارح", "مبارح", "امس", "البارح", "البارحه", "لبارح"}
	morningWords   = []string{"morning", "الصبح", "الصباح", "صباح", "الصباحيه"}
	sinceWords     = []string{"since", "from", "started", "began", "starting", "من", "منذ", "بدا", "بدات", "بدء"}
	// a part of today after "this" or "today" is a start today with no
	// "since" word
	partOfTodayWords = []string{"morning", "afternoon", "evening", "الصبح", "الصباح", "العصر", "المسا", "المساء", "الضهر"}
	thisWords        = []string{"this", "اليوم", "النهارده", "النهاردا", "لليوم", "هاد", "هذا"}
)

func (e *Engine) prefillDuration(a *analysis, m measures) string {
	if e.mentionsHistory(a) {
		return ""
	}
	var days []int
	for k, d := range m.durs {
		if !e.medicineClause(a, m.durClause[k]) {
			days = append(days, d)
		}
	}
	for i, t := range a.toks {
		after := func(back int) bool {
			for j := max(0, i-back); j < i; j++ {
				if slices.Contains(sinceWords, a.toks[j].text) && a.toks[j].clause == t.clause {
					return true
				}
			}
			return false
		}
		switch {
		case slices.Contains(yesterdayWords, t.text) && after(1):
			days = append(days, 1)
		case slices.Contains(morningWords, t.text) && after(2):
			days = append(days, 0)
		case slices.Contains(partOfTodayWords, t.text) && i > 0 && slices.Contains(thisWords, a.toks[i-1].text):
			// "this morning his talk is not clear", «النهارده الصبح»: a
			// start today, though no "since" is said. Beside "his face has
			// been crooked for 2 years" the bands differ and nothing is
			// prefilled: a prefilled "months" made the new stroke signs a
			// long-standing droop (RF-STROKE-02's none) and the
			// conversation ended routine while the first message was an
			// emergency (found with set 35's "71 y.o.")
			days = append(days, 0)
		}
	}
	band := ""
	for _, d := range days {
		b := durationBand(d)
		if band != "" && b != band {
			return "" // "a headache for 2 hours and a cough for 2 weeks"
		}
		band = b
	}
	return band
}

// medicineClause reports whether sentence k names a medicine ("دوا",
// "tablets", "medication", "insulin"): a duration told there is most
// often how long the medicine has been taken ("بقالي اسبوعين باخد دوا ضغط
// جديد", "on these tablets for 3 months"), not how long the complaint has
// lasted. Answered from it, the duration counted everywhere in the
// message: "weeks" on a new tablet made slurred speech today a complaint
// of weeks, and the stroke sign (RF-STROKE-04, none @dur_14d) was lost
// once the conversation began (h34-010). Left unanswered, the rules read
// the words' own durations sentence by sentence (modifierApart), and the
// duration question is asked where the family has one.
func (e *Engine) medicineClause(a *analysis, k int32) bool {
	found := false
	for _, c := range []int32{e.need.med, e.need.drugWord} {
		a.each(c, func(i int32) {
			if a.occs[i].clause == k {
				found = true
			}
		})
	}
	return found
}

// durationBand maps days to the duration buttons: hours, 1–6 days, about a
// week, several weeks, months.
func durationBand(days int) string {
	switch {
	case days < 1:
		return "hours"
	case days < 7:
		return "days"
	case days < 14:
		return "week"
	case days < 30:
		return "weeks"
	}
	return "months"
}

// mentionsHistory reports a history phrase other than "old" ("4 years
// old"): its numbers may be dates of past events, not this illness.
func (e *Engine) mentionsHistory(a *analysis) bool {
	found := false
	a.each(e.need.hist, func(i int32) {
		o := a.occs[i]
		if o.start != o.end || a.toks[o.start].text != "old" {
			found = true
		}
	})
	return found
}

// escalatesUnasked reports whether q escalates on "yes" and its unless
// holds: the conversation would not ask it ("a chest sore from the
// coughing", h26-006), so the words do not answer it either, and its red
// flag is left to the rule's own reading of them (RF-CHEST-01 still fires
// on a chest pain said with breathlessness or sweating).
func escalatesUnasked(s *state, q *Question) bool {
	yes, ok := q.option("yes")
	return ok && yes.Escalate != "" && q.unless.met(s.present)
}

// excepted reports whether the words rule out the red flag that "yes" to q
// escalates to (its rule's "none": a rash there for two years is not the
// meningococcal rash). A "yes" taken from the words would fire the rule
// past its exceptions, so the question is asked instead.
func (e *Engine) excepted(s *state, q *Question) bool {
	yes, ok := q.option("yes")
	if !ok || yes.Escalate == "" {
		return false
	}
	i, ok := e.ruleIndex[yes.Escalate]
	if !ok {
		return false
	}
	for _, c := range e.rules[i].none {
		if s.has(c) {
			return true
		}
	}
	return false
}

// wordsFireRedFlag reports whether the words alone, with no answer, fire a
// red-flag rule.
func (e *Engine) wordsFireRedFlag(s *state) bool {
	for i := range e.rules {
		if r := &e.rules[i]; r.urgency == Emergency && r.matches(s, s.months) {
			return true
		}
	}
	return false
}
