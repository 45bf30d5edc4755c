package triage

import (
	"cmp"
	"slices"
)

type matchedComplaint struct {
	c       *complaint
	urgency Urgency
	chronic bool
	ended   bool // only in an episode that has ended (endedComplaints)
	pos     int32
}

// nearWords is how close a modifier must be to a complaint's words.
const nearWords = 6

// amountReach is how close an amount word ("a lot", "كتير", "وايد", "بزاف")
// must be to a complaint's own words to say how bad it is: it qualifies
// the word beside it ("coughing a lot", "الكحة بزاف", "a lot of pain"),
// so "tried lots of creams" or "اشرب قهوة وايد" says nothing of the acne or
// the palpitations a few words away. It stays in its phrase (a comma ends
// it: "بتسنن، بتعيط كتير" cries a lot), and Arabic puts it after its word.
const amountReach = 2

func (s *state) fxHas(c int32) bool { return slices.Contains(s.fx.concepts, c) }

// nearest reports whether an occurrence of modifier m (severe, mild)
// belongs to complaint ci: it is in the same sentence, at most nearWords
// words from the complaint's words, and no other complaint's words are
// closer to it ("itchy eyes and a lot of sneezing": "a lot" is the
// sneezing's).
func (s *state) nearest(ci int, m int32) bool {
	occs := s.a.occs
	dist := func(x occ, c *complaint) int32 {
		best := int32(1 << 30)
		for _, o := range occs {
			if o.off || o.clause != x.clause || !slices.Contains(c.triggers, o.concept) {
				continue
			}
			d := max(x.start-o.end, o.start-x.end, 0)
			best = min(best, d)
		}
		return best
	}
	for _, x := range occs {
		// a word of an episode that has ended tells nothing of now: the
		// reliever used "a lot" last week, well again now («ذرك رجعت
		// مليح», h123-014), made the asthma told now severe
		if x.concept != m || x.off || x.ended {
			continue
		}
		if m == s.e.need.severe && s.dyingDenied(x) {
			// «بموت من الصداع ... مو قوي مره»: the plain word is how bad
			continue
		}
		d, reach := dist, int32(nearWords)
		if m == s.e.need.severe && s.amountWord(x) {
			if s.countsWordBefore(x) {
				// «زكام وعطاس وايد»: many sneezes, not a worse cold
				continue
			}
			d, reach = s.leafDist, amountReach
		}
		mine := d(x, &s.e.complaints[ci])
		if mine > reach {
			continue
		}
		closest := true
		for j := range s.e.complaints {
			if j != ci && d(x, &s.e.complaints[j]) < mine {
				closest = false
				break
			}
		}
		if closest {
			return true
		}
	}
	return false
}

// dyingDenied reports whether severe occurrence x is only "dying" of it
// (dying_word: «بموت من الصداع», "I'm dying") in a message where the
// writer also says plainly it is not strong (strength_denied: «مو قوي
// مره», "not that bad"): the plain word says how bad (h117-021). Red flags
// read severe on their own; this weighs only a complaint's urgency.
func (s *state) dyingDenied(x occ) bool {
	dying := false
	s.a.each(s.e.need.dyingWord, func(i int32) {
		w := s.a.occs[i]
		dying = dying || w.start <= x.start && w.end >= x.end
	})
	if !dying {
		return false
	}
	// a strength told plainly anywhere ("but in the morning it is strong")
	// keeps the dying too
	plain := false
	s.a.each(s.e.need.severe, func(i int32) {
		o := s.a.occs[i]
		if o.off {
			return
		}
		inDying := false
		s.a.each(s.e.need.dyingWord, func(j int32) {
			w := s.a.occs[j]
			inDying = inDying || w.start <= o.start && w.end >= o.end
		})
		plain = plain || !inDying
	})
	if plain {
		return false
	}
	denied := false
	s.a.each(s.e.need.strengthDenied, func(i int32) {
		denied = denied || !s.a.occs[i].off
	})
	return denied
}

// countsWordBefore reports whether amount word x follows right after a
// thing one counts (counted_word: sneezes, spots, bites), which it then
// counts, whatever complaint is near: "عندي زكام وعطاس وايد" is a cold with
// many sneezes (h21-023, h21-036 ended routine).
func (s *state) countsWordBefore(x occ) bool {
	found := false
	s.a.each(s.e.need.counted, func(i int32) {
		w := s.a.occs[i]
		found = found || w.end+1 == x.start && w.clause == x.clause
	})
	return found
}

// amountWord reports whether occurrence x of a modifier is an amount word
// (concept amount_word, over the same words).
func (s *state) amountWord(x occ) bool {
	found := false
	s.a.each(s.e.need.amount, func(i int32) {
		o := s.a.occs[i]
		found = found || o.start == x.start && o.end == x.end
	})
	return found
}

// yieldedWord reports whether leaf o of complaint c is the own word of
// another complaint that, told here, yields to its everyday cause: an
// itch with a bite named (the itch yields to skin_minor) is the bite's, so
// in a rash "that itches a lot" («بتحكني كتير») the amount is the itch's,
// and no worse a rash (h42-037, a mosquito bite the size of a lentil made
// urgent). A complaint that yields to c itself lends c its words: in
// «ملي كتجيني الدوره كيضرني كرشي بزاف» the belly's pain yields to the
// period pain, whose pain it is, and the amount is the period pain's.
func (s *state) yieldedWord(o occ, c *complaint) bool {
	for j := range s.e.complaints {
		other := &s.e.complaints[j]
		if other == c || len(other.yieldsTo) == 0 || !anyOf(s, other.yieldsTo) || yieldsTo(other, c) {
			continue
		}
		for _, w := range s.a.occs {
			if !w.off && w.start <= o.end && w.end >= o.start && slices.Contains(other.triggers, w.concept) {
				return true
			}
		}
	}
	return false
}

// yieldsTo reports whether complaint other yields to one of c's own
// triggers (the belly's pain to the period pain).
func yieldsTo(other, c *complaint) bool {
	for _, y := range other.yieldsTo {
		if slices.Contains(c.triggers, y) {
			return true
		}
	}
	return false
}

// leafDist is how many words separate x from complaint c's own words in its
// clause, counting a composite's words one by one ("my face" near "acne"
// spans the words between them, which are not the acne's). An Arabic
// amount word follows what it qualifies ("الكحة بزاف", "وجع قوي"): in
// "الزحمة كانت قوية والشمس" the crowd was strong, not the sun's harm.
//
// Things one counts (counted_word: spots, bites, "حب شباب") are counted by
// an amount word, not made worse: "حب شباب كتير" is a lot of acne.
func (s *state) leafDist(x occ, c *complaint) int32 {
	best := int32(1 << 30)
	arabic := s.a.toks[x.start].isArabic
	counted := func(o occ) bool {
		found := false
		s.a.each(s.e.need.counted, func(i int32) {
			w := s.a.occs[i]
			found = found || w.start <= o.end && w.end >= o.start
		})
		return found
	}
	var walk func(o occ)
	walk = func(o occ) {
		if o.comp1 == o.comp0 {
			switch {
			case counted(o), s.yieldedWord(o, c), s.a.toks[o.start].phrase != s.a.toks[x.start].phrase:
			case !arabic || o.end < x.start:
				best = min(best, max(x.start-o.end, o.start-x.end, 0))
			}
			return
		}
		for _, ci := range s.a.comps[o.comp0:o.comp1] {
			walk(s.a.occs[ci])
		}
	}
	for _, o := range s.a.occs {
		if !o.off && o.clause == x.clause && slices.Contains(c.triggers, o.concept) {
			walk(o)
		}
	}
	return best
}

// wordsMemo is what matchComplaints works out from the words alone, the
// same whatever the answers: for each complaint whether "severe" is said
// nearest to it, and the complaints of an episode that has ended.
type wordsMemo struct {
	a         *analysis // the words
	severe    []int8    // per complaint: 0 not yet worked out, 1 no, 2 yes
	ended     []matchedComplaint
	endedRead bool
}

// severeNear is nearest(ci, severe), worked out once for the words.
func (s *state) severeNear(ci int) bool {
	w := &s.words
	if len(w.severe) == 0 {
		w.severe = append(w.severe, make([]int8, len(s.e.complaints))...)
	}
	if w.severe[ci] == 0 {
		w.severe[ci] = 1
		if s.nearest(ci, s.e.need.severe) {
			w.severe[ci] = 2
		}
	}
	return w.severe[ci] == 2
}

// endedComplaints is the engine's endedComplaints, worked out once for
// the words.
func (s *state) endedComplaints() []matchedComplaint {
	w := &s.words
	if !w.endedRead {
		w.ended, w.endedRead = s.e.endedComplaints(s), true
	}
	return w.ended
}

// matchComplaints are the complaints the state shows, the most urgent
// first. The slice is the state's own, good until the state is reset.
func (e *Engine) matchComplaints(s *state) []matchedComplaint {
	out := s.matched[:0]
	chronic := s.has(e.need.chronic) || s.has(e.need.facts["@dur_14d"])
	for i := range e.complaints {
		c := &e.complaints[i]
		pos, ok := int32(1<<30), false
		for _, t := range c.triggers {
			if s.has(t) {
				ok = true
				pos = min(pos, s.pos[t])
			}
		}
		if !ok || len(c.yieldsTo) > 0 && anyOf(s, c.yieldsTo) {
			continue
		}
		// "severe" counts for a complaint when said nearest to it ("itchy
		// eyes and a lot of sneezing" is not a severe eye), or when a
		// follow-up answer gave it.
		severe := s.fxHas(e.need.severe) || s.severeNear(i)
		// "mild" rarely belongs to one word only; a complaint's own mild
		// signs ("I can walk on it" after a sprain) make it mild too
		ownMild := len(c.mildSigns) > 0 && anyOf(s, c.mildSigns) && !(len(c.mildUnless) > 0 && anyOf(s, c.mildUnless))
		if ownMild && c.mildSignsAcute && chronic && s.chronicWith(c) {
			// a sign of a mild new episode says nothing of one that has
			// lasted weeks or years ("knee pain already long time ... he
			// can still walk", h81-028)
			ownMild = false
		}
		u := c.urgency
		switch {
		case len(c.briefSigns) > 0 && anyOf(s, c.briefSigns):
			u = c.mild
		case len(c.reliefSigns) > 0 && anyOf(s, c.reliefSigns) && !(chronic && s.chronicWith(c)) &&
			!(len(c.mildUnless) > 0 && anyOf(s, c.mildUnless)):
			// a headache a paracetamol eased, however hard it was told
			// («هموت من الصداع ... خدت بنادول وهدي», h96-025); one of a
			// month is still the chronic one's visit (h52-056)
			u = c.mild
		case severe && c.severeChronic != "" && chronic && s.chronicWith(c):
			u = c.severeChronic
		case severe:
			u = c.severe
		case ownMild:
			// the complaint's own sign of a mild episode outweighs how long
			// the condition has lasted: "my usual migraine, same as
			// always, took my tablet" is looked after at home
			u = c.mild
		case chronic:
			u = c.chronic
		case s.has(e.need.mild):
			u = c.mild
		}
		out = append(out, matchedComplaint{c: c, urgency: u, chronic: chronic, pos: pos})
	}
	// a complaint told only through its beside words (a fear) is the
	// worry of another complaint told with it
	// (a complaint of its own: not a refill or a follow-up, which takes
	// its specialty from the condition named, nor another such worry)
	if len(out) > 1 {
		beside := func(m matchedComplaint) bool {
			return len(m.c.besideWords) > 0 && (len(m.c.besideUnless) == 0 || !anyOf(s, m.c.besideUnless)) && s.onlyBeside(m.c)
		}
		own := false
		for _, m := range out {
			own = own || !m.c.deferSpecialty && !beside(m)
		}
		if own {
			kept := out[:0]
			for _, m := range out {
				if !beside(m) {
					kept = append(kept, m)
				}
			}
			out = kept
		}
	}
	if len(out) == 0 {
		out = append(out, s.endedComplaints()...)
	} else {
		// a chest pain of yesterday is still urgent beside a request for
		// a check-up now
		for _, m := range s.endedComplaints() {
			if m.urgency == Urgent {
				out = append(out, m)
			}
		}
	}
	// the most urgent first, then the most important, then the first
	// said; sorted without reflection, as the look-ahead matches the
	// complaints once per hypothesis
	slices.SortStableFunc(out, func(a, b matchedComplaint) int {
		return cmp.Or(
			cmp.Compare(b.urgency.Rank(), a.urgency.Rank()),
			cmp.Compare(b.c.priority, a.c.priority),
			cmp.Compare(a.pos, b.pos),
		)
	})
	s.matched = out
	return out
}

// endedComplaints are the complaints of an episode that has ended, when
// nothing is complained of now ("had a nosebleed, stopped after 10
// minutes of pinching, fine now"): what the patient writes about still
// names the specialty and the urgency, the complaint's mild one and at
// most routine (an episode that is over is no worse than a mild one),
// rather than the unread message's routine. Its family's discriminators
// are not asked (they ask what is happening now; the safety screen still
// is). What is an emergency only while it lasts is off already
// (applyResolution); what counts when recent (a chest pain an hour ago)
// is not ended, and stays a complaint now.
func (e *Engine) endedComplaints(s *state) []matchedComplaint {
	var out []matchedComplaint
	for i := range e.complaints {
		c := &e.complaints[i]
		pos, ok := int32(1<<30), false
		for _, t := range c.triggers {
			if int(t) < len(s.a.past) && s.a.past[t] {
				ok = true
				pos = min(pos, s.a.first[t])
			}
		}
		if !ok {
			continue
		}
		u := c.mild
		if u.Rank() > Routine.Rank() {
			u = Routine
		}
		// a chest pain over a day or two ago still wants a same-day
		// assessment (NICE CG95 1.1.2.1: 12 to 72 hours)
		for _, t := range c.triggers {
			if int(t) < len(s.a.daysAgo) && s.a.daysAgo[t] && s.a.past[t] {
				u = c.urgency
				if u.Rank() > Urgent.Rank() {
					u = Urgent
				}
			}
		}
		out = append(out, matchedComplaint{c: c, urgency: u, ended: true, pos: pos})
	}
	return out
}

// keepForChildren are specialties a child still sees rather than pediatrics.
var keepForChildren = []string{"dentistry", "ophthalmology", "orthopedics", "psychiatry", "obstetrics_gynecology"}

func (e *Engine) decideNonEmergency(s *state, d *Decision, matched []matchedComplaint, amber []*rule) {
	child, pregnant := s.has(e.need.facts["@child"]), s.has(e.need.facts["@pregnant"])
	d.Urgency, d.Specialty, d.Pathway = Routine, "general_practice", generalPathway
	if len(matched) > 0 {
		d.Urgency = matched[0].urgency
	}
	if len(amber) > 0 {
		d.Urgency = maxUrgency(d.Urgency, Urgent)
	}
	if r := firstWithSpecialty(amber); r != nil {
		// an amber rule is more specific than a complaint
		if pregnant {
			// in a pregnancy the maternity team's own same-day rule
			// (UR-PREG-01, UR-PREG-02: fluids not kept down, a fever,
			// a belly pain) gives the specialty ahead of the others:
			// vomiting everything at nine weeks (h116-023, hyperemesis,
			// RCOG Green-top 69) is the obstetrician's, not
			// gastroenterology's dehydration (UR-GI-01)
			if p := firstOfSpecialty(amber, "obstetrics_gynecology"); p != nil {
				r = p
			}
		}
		d.Specialty, d.Pathway = r.specialty, r.pathway
		if child && !slices.Contains(keepForChildren, r.specialty) {
			d.Specialty = "pediatrics"
		}
		return
	}
	if len(matched) == 0 {
		if len(amber) > 0 {
			d.Pathway = amber[0].pathway
		}
		if child {
			d.Specialty = "pediatrics"
		}
		return
	}
	mc := matched[0]
	c := mc.c
	sp := c.specialty
	if mc.chronic && c.chronicSpecialty != "" {
		sp = c.chronicSpecialty
	}
	if d.Urgency == SelfCare {
		sp = c.selfCareSpecialty
	}
	if c.deferSpecialty {
		for _, o := range matched[1:] {
			if !o.c.deferSpecialty && o.c.priority <= c.priority {
				sp = o.c.specialty
				break
			}
		}
	}
	if !mc.ended {
		d.Pathway = c.pathway
	}
	if child {
		if c.childSpecialty != "keep" {
			sp = c.childSpecialty
		}
		if c.childPathway != "" && !mc.ended {
			d.Pathway = c.childPathway
		}
	}
	if pregnant && c.pregnantSpecialty != "" {
		sp = c.pregnantSpecialty
	}
	d.Specialty = sp
}

func firstOfSpecialty(rs []*rule, sp string) *rule {
	for _, r := range rs {
		if r.specialty == sp {
			return r
		}
	}
	return nil
}

func firstWithSpecialty(rs []*rule) *rule {
	for _, r := range rs {
		if r.specialty != "" {
			return r
		}
	}
	return nil
}

// chronicWith reports whether a duration of two weeks or more, or a word
// of a long-standing condition, is told with complaint c's own words (in
// its sentence, or a sentence after it that names no complaint of its
// own), as a rule's none reads them: "diabetic for 10 years; fell today
// and my knee is very painful" is a new severe pain.
func (s *state) chronicWith(c *complaint) bool {
	r := rule{any: c.triggers}
	e := s.e
	d14 := e.need.facts["@dur_14d"]
	return s.has(d14) && !s.toldApart(d14, &r) || s.has(e.need.chronic) && !s.toldApart(e.need.chronic, &r)
}

// onlyBeside reports whether complaint c is told only through its beside
// words: each of its triggers present is read in the words (not from an
// answer), and every occurrence of it now lies within one of a beside
// word ("so worried" beside a fever, «خايفة كتير» beside spotting).
func (s *state) onlyBeside(c *complaint) bool {
	for _, t := range c.triggers {
		if !s.has(t) {
			continue
		}
		seen := false
		for _, o := range s.a.occs {
			if o.concept != t || o.off || o.ended {
				continue
			}
			seen = true
			covered := false
			for _, w := range s.a.occs {
				if !w.off && slices.Contains(c.besideWords, w.concept) && w.start <= o.start && w.end >= o.end {
					covered = true
					break
				}
			}
			if !covered {
				return false
			}
		}
		if !seen {
			return false
		}
	}
	return true
}
