package triage

import (
	"slices"
	"sort"
	"strings"
)

// Facts are what is known about the patient besides the message.
type Facts struct {
	Lang      string   // "ar" or "en"; matching reads both languages whatever it says
	AgeYears  int      // 0: unknown
	AgeMonths int      // for babies; when non-zero it wins over AgeYears. 0: unknown
	Sex       string   // "f", "m" or ""
	Pregnant  bool     // known to be pregnant
	Chronic   []string // known conditions, e.g. "diabetes", "hypertension", "heart", "asthma"
	Pilgrim   bool     // on Hajj or Umrah (heat exposure, crowds)
}

// Decision is the triage outcome for one message (and the answers so far).
type Decision struct {
	Urgency    Urgency
	Specialty  string         // one of Specialties
	RedFlags   []string       // red-flag rules that fired (RF-*): the reason for an emergency
	AmberFlags []string       // amber rules that fired (UR-*): reasons for urgent
	Complaints []string       // complaint ids recognised, most important first
	Pathway    string         // follow-up pathway: the family whose questions come first
	NeedsMore  bool           // questions remain that may change it (the safety screen at least)
	Findings   []FindingState // what is known present, absent or unknown, and from where
	Summary    Summary
}

// Classify decides from the first message alone, as the dialog does before
// asking anything. A red flag makes it an emergency at once. It never fails:
// text it cannot read gives a routine general-practice decision that needs
// more questions. Safe for concurrent use.
func (e *Engine) Classify(text string, f Facts) Decision {
	return e.Assess(text, f, nil)
}

// Assess decides from the first message and the follow-up answers so far
// (question id → option value; unknown ids and values are ignored). An
// answer that escalates fires its rule: a red flag makes it an emergency.
// Safe for concurrent use.
func (e *Engine) Assess(text string, f Facts, answers map[string]string) Decision {
	a := e.read(text)
	var order []*Question
	if len(answers) > 0 {
		// answers in the order of the pathway the text alone points to
		none := answerEffects{ageMonths: -1, durDays: -1}
		d0 := e.decideState(e.newState(a, f, none), a, none, text, false)
		if p := e.pathways[d0.Pathway]; p != nil {
			order = p.questions
		}
	}
	fx := e.weighUnsure(a, f, e.readAnswers(answers, order))
	return e.decide(a, f, fx, text)
}

// state is one decision's working set of present concepts.
type state struct {
	e       *Engine
	a       *analysis
	present []bool
	pos     []int32
	fx      answerEffects
	m       measures
	months  int    // the patient's age in months, -1 unknown
	sex     string // "f", "m" or ""
	// matched is matchComplaints's storage and words what it works out
	// from the words alone: both outlive a reset on the same words
	// (resetState), as the look-ahead matches the complaints once per
	// hypothesis.
	matched []matchedComplaint
	words   wordsMemo
}

func (s *state) has(c int32) bool { return s.present[c] }

func (s *state) set(id string) {
	if c, ok := s.e.need.facts[id]; ok {
		s.present[c] = true
		s.pos[c] = 1 << 30
	}
}

// newState reads the answers and what is known of the patient on top of
// the words.
func (e *Engine) newState(a *analysis, f Facts, fx answerEffects) *state {
	s := &state{}
	e.resetState(s, a, f, fx)
	return s
}

// resetState makes s what newState would give, in s's own storage: the
// look-ahead decides many hypotheses in one turn, each in the same
// state, rather than allocating a state and its concepts for each.
func (e *Engine) resetState(s *state, a *analysis, f Facts, fx answerEffects) {
	*s = state{e: e, a: a, present: append(s.present[:0], a.present...), pos: a.pos, fx: fx, matched: s.matched[:0], words: s.words}
	if s.words.a != a {
		s.words = wordsMemo{a: a, severe: s.words.severe[:0]}
	}
	for _, c := range fx.concepts {
		s.present[c] = true
	}
	if slices.Contains(fx.concepts, e.need.severe) && !slices.Contains(fx.concepts, e.need.mild) {
		// an answer that it is severe outweighs "a bit" in the message:
		// colic comes in waves and is played down between them
		s.present[e.need.mild] = false
	}
	s.m = a.measured(e)
	if s.m.belowFever() || e.feverIsWeather(a) {
		s.present[e.need.fever] = false // "temperature 37.8" is no fever
	}
	if len(s.m.weatherAt) > 0 {
		s.present[e.need.heat] = true // «الحراره اليوم ٥٠»: a day in strong heat
	}
	s.months = e.ageMonths(f, s.m, fx)
	s.sex = e.sexOf(s, f, fx)
	e.notVaginal(s, fx)
	e.setFacts(s, f, s.m, fx, s.months)
}

// notVaginal switches off spotting and vaginal bleeding read from the
// words of a male patient or a child under 10 whose words name neither the
// vagina nor a period: «شوية دم على المنديل» of a constipated boy of 3
// (h72-026) is blood on the toilet paper, from the bottom, not spotting.
// A pregnancy named keeps them (the writer is then the woman), and so does
// an answer that says so.
func (e *Engine) notVaginal(s *state, fx answerEffects) {
	n := e.need
	if s.sex != "m" && (s.months < 0 || s.months >= 10*12) {
		return
	}
	if s.has(n.vaginalWord) || s.has(n.pregnancyWord) || s.has(n.postpartum) {
		return
	}
	for _, c := range []int32{n.spotting, n.vaginalBleeding} {
		if !slices.Contains(fx.concepts, c) {
			s.present[c] = false
		}
	}
}

func (e *Engine) decide(a *analysis, f Facts, fx answerEffects, text string) Decision {
	return e.decideState(e.newState(a, f, fx), a, fx, text, true)
}

// decideState decides from a state; full adds NeedsMore, the findings and
// the clinician's summary, which the conversation's look-ahead does not
// need (it asks only for the urgency, the pathway and what fired).
func (e *Engine) decideState(s *state, a *analysis, fx answerEffects, text string, full bool) Decision {
	months := s.months
	d := Decision{}
	var red, amber []*rule
	for i := range e.rules {
		r := &e.rules[i]
		if r.matches(s, months) {
			if r.urgency == Emergency {
				red = append(red, r)
			} else {
				amber = append(amber, r)
			}
		}
	}
	for _, id := range fx.escalate {
		r := &e.rules[e.ruleIndex[id]]
		if r.urgency == Emergency && !slices.Contains(red, r) {
			red = append(red, r)
		} else if r.urgency == Urgent && !slices.Contains(amber, r) {
			amber = append(amber, r)
		}
	}
	for _, r := range red {
		d.RedFlags = append(d.RedFlags, r.id)
	}
	for _, r := range amber {
		d.AmberFlags = append(d.AmberFlags, r.id)
	}
	matched := e.matchComplaints(s)
	for i, mc := range matched {
		if !mc.ended {
			if d.Complaints == nil {
				// room for the rest in one allocation: the look-ahead
				// decides dozens of hypotheses a turn
				d.Complaints = make([]string, 0, len(matched)-i)
			}
			d.Complaints = append(d.Complaints, mc.c.id)
		}
	}
	switch {
	case len(red) > 0:
		d.Urgency, d.Specialty, d.Pathway = Emergency, "emergency_medicine", red[0].pathway
		if red[0].specialty != "" {
			d.Specialty = red[0].specialty
		}
	default:
		e.decideNonEmergency(s, &d, matched, amber)
		if p := e.pathways[d.Pathway]; p != nil && full {
			_, more := e.Next(d.Pathway, answersOf(fx))
			d.NeedsMore = (more && len(p.questions) > 0) || !e.screened(fx)
		}
	}
	if full {
		d.Findings = e.findingStates(s, fx)
		d.Summary = e.summarize(a, d, fx, text)
	}
	return d
}

// screened reports whether a safety screen was answered.
func (e *Engine) screened(fx answerEffects) bool {
	for _, a := range fx.answered {
		if a.q.Screen {
			return true
		}
	}
	return false
}

func answersOf(fx answerEffects) map[string]string {
	out := make(map[string]string, len(fx.answered))
	for _, a := range fx.answered {
		out[a.q.ID] = a.o.Value
	}
	return out
}

func (e *Engine) ageMonths(f Facts, m measures, fx answerEffects) int {
	switch {
	case f.AgeMonths > 0:
		return f.AgeMonths
	case f.AgeYears > 0:
		return f.AgeYears * 12
	case m.ageMonths >= 0:
		return m.ageMonths
	case fx.ageMonths >= 0:
		return fx.ageMonths
	}
	return -1
}

// nursingOfHerself reports whether a breastfeeding mother writes of her own
// breast, with no "he" or "she" told: "breastfeeding my 3 week old and my
// right breast has gone red ... temp was 38.4" (h103-004) is her mastitis
// (UR-BREAST-01), and "my 3 week old" is her baby's age, not hers: read as
// the patient's, it was a fever under 3 months (RF-CHILD-04). A baby told
// of as "he" or "she" stays the patient ("breastfeeding my 2 week old, he
// has a fever, and my nipples are sore").
func (e *Engine) nursingOfHerself(s *state) bool {
	n := e.need
	return s.a.first[n.nursingWord] >= 0 && s.has(n.breastWord) && s.has(n.selfSubject) && !s.has(n.male) && !s.has(n.female)
}

func (e *Engine) setFacts(s *state, f Facts, m measures, fx answerEffects, months int) {
	n := e.need
	for _, c := range n.passedEpisode {
		if s.a.past[c] && !s.present[c] {
			// not responding, or confused, and over now ("he is ok
			// now"): no longer RF-CONSC-01's or RF-NEURO-01's emergency,
			// but seen today (UR-NEURO-04)
			s.set("@episode_passed")
			break
		}
	}
	for _, c := range n.breathEpisode {
		if s.a.past[c] && !s.present[c] {
			// a baby who went blue, stopped breathing or went floppy
			// and is well again ("then back to normal"): with
			// @young_infant a brief resolved event, RF-CHILD-08
			s.set("@breath_episode_passed")
			break
		}
	}
	switch {
	case months >= 0:
		if months < 16*12 {
			s.set("@child")
		} else {
			s.set("@adult")
		}
		if months < 12 {
			s.set("@infant")
		}
		if months < 3 {
			s.set("@young_infant")
		}
		if months >= 65*12 {
			s.set("@elderly")
		}
		if months >= 50*12 {
			s.set("@over50")
		}
	case !f.Pregnant && !s.has(n.pregnancyWord) && !e.nursingOfHerself(s):
		// "my baby" in a pregnancy is the fetus, not a child patient.
		if s.has(n.childWord) || s.has(n.infantWord) {
			s.set("@child")
		}
		if s.has(n.infantWord) {
			s.set("@infant")
		}
		if s.has(n.newbornWord) {
			// A newborn is under a month old: its fever is the under-3-months
			// emergency (NICE NG143) even when no age is written.
			s.set("@child")
			s.set("@infant")
			s.set("@young_infant")
		}
		if s.has(n.elderlyWord) {
			s.set("@elderly")
			s.set("@over50")
		}
	default:
		if s.has(n.elderlyWord) {
			s.set("@elderly")
			s.set("@over50")
		}
	}
	if s.sex != "m" && (f.Pregnant || (s.has(n.pregnancyWord) && fx.pregnant != "no") || fx.pregnant == "yes") {
		s.set("@pregnant")
	}
	switch s.sex {
	case "f":
		s.set("@female")
	case "m":
		s.set("@male")
	}
	if f.Pilgrim {
		s.set("@pilgrim")
	}
	for _, c := range f.Chronic {
		switch c := strings.ToLower(c); {
		case strings.Contains(c, "diabet"):
			s.set("@diabetic")
		case strings.Contains(c, "heart"), strings.Contains(c, "cardi"), c == "cad":
			s.set("@cardiac")
		}
	}
	for _, t := range []struct {
		ok bool
		id string
	}{
		{m.tempC >= 38, "@temp_38"}, {m.tempC >= 39, "@temp_39"}, {m.tempC >= 40, "@temp_40"},
		{m.tempC > 0 && m.tempC < 35, "@temp_low"},
		{m.glucoseMin > 0 && m.glucoseMin < 70, "@glucose_low"},
		{m.glucoseMax >= 250, "@glucose_high"}, {m.glucoseMax >= 300, "@glucose_very_high"},
		{m.sugarNow && m.glucoseMin >= 70 && m.glucoseMax < 250, "@glucose_now_in_range"},
		// ketones named count as raised unless a level under 1.5 mmol/L
		// was told (JBDS / NHS sick-day rules: 0.6-1.5 recheck in 2 hours)
		{s.has(n.ketoneWord) && !(m.ketoneTold && m.ketones < 1.5), "@ketones_raised"},
		{m.ketoneTold && m.ketones >= 1.5, "@ketones_high"}, {m.ketoneTold && m.ketones >= 3, "@ketones_very_high"},
		// an INR of 5 or more: warfarin withheld and dosed again the same
		// day (NICE CKS Anticoagulation - oral; BSH 2011)
		{m.inr >= 5, "@inr_high"},
		// 140/90 is hypertension in pregnancy (NICE NG133 1.1): @bp_raised
		{m.bpSys >= 140 || m.bpDia >= 90, "@bp_raised"},
		{m.bpSys >= 160 || m.bpDia >= 100, "@bp_high"}, {m.bpSys >= 180 || m.bpDia >= 120, "@bp_very_high"},
		{m.bpSysMin > 0 && m.bpSysMin < 90, "@bp_low"},
		{m.spo2 > 0 && m.spo2 < 92, "@spo2_low"},
	} {
		if t.ok {
			s.set(t.id)
		}
	}
	dur := max(m.durDays, fx.durDays)
	switch {
	case dur == 0:
		s.set("@dur_hours")
	case dur > 0:
		if dur >= 3 {
			s.set("@dur_3d")
		}
		if dur >= 5 {
			s.set("@dur_5d")
		}
		if dur >= 7 {
			s.set("@dur_7d")
		}
		if dur >= 14 {
			s.set("@dur_14d")
		}
	}
}

func (r *rule) matches(s *state, months int) bool {
	for _, c := range r.all {
		if !s.has(c) {
			return false
		}
	}
	if !anyOf(s, r.any) || !anyOf(s, r.any2) {
		return false
	}
	for _, c := range r.none {
		if s.has(c) && !s.modifierApart(c, r) {
			return false
		}
	}
	for _, c := range r.noneHere {
		if s.has(c) && !s.toldApart(c, r) {
			return false
		}
	}
	if r.noneWith.met(s.present) {
		return false
	}
	// an unknown age never rules a red flag out
	if months >= 0 && ((r.minAge > 0 && months < r.minAge*12) || (r.maxAge > 0 && months >= r.maxAge*12)) {
		return false
	}
	return true
}

// modifierApart reports whether the modifier c (mild, chronic, or a
// duration of days or weeks) is told only in sentences apart from what
// makes rule r: "I also have a bit of a cold since last week. A car hit my
// son" is no mild accident, "I had my appendix out, من عشر سنين. Suddenly I
// can't see with my eye" no sight lost for years. Within a sentence it
// still qualifies: "a burn on my finger, red and a bit sore" is one mild
// burn. Any other concept of none keeps r off wherever it is told.
func (s *state) modifierApart(c int32, r *rule) bool {
	e := s.e
	if _, isDur := e.durFacts[c]; !isDur && c != e.need.mild && c != e.need.chronic {
		return false
	}
	return s.toldApart(c, r)
}

// toldApart reports whether c is read only in sentences of the words apart
// from those where rule r's concepts are read (a sentence that names no
// complaint of its own goes with the one before it); never when c (or, for
// a duration, one as long) was answered, nor when r's concepts are read in
// no sentence (the answers made it).
func (s *state) toldApart(c int32, r *rule) bool {
	e, a := s.e, s.a
	minDays, isDur := e.durFacts[c]
	if isDur && s.fx.durDays >= minDays && !s.wordsTellBand(s.fx.durDays) || !isDur && slices.Contains(s.fx.concepts, c) {
		return false
	}
	var buf [8]int32
	clauses := buf[:0] // the sentences of r's concepts in the words
	for _, cs := range [][]int32{r.all, r.any, r.any2} {
		for _, t := range cs {
			for i := a.first[t]; i >= 0; i = a.next[i] {
				if o := a.occs[i]; !o.off && !o.ended {
					clauses = append(clauses, o.clause)
				}
			}
		}
	}
	if len(clauses) == 0 {
		return false
	}
	// c told in a sentence of r's, or in a sentence that names no
	// complaint of its own right after one ("I have chest pain. It comes
	// and goes for months."): not apart
	near := func(k int32) bool {
		return slices.Contains(clauses, k) || k > 0 && slices.Contains(clauses, k-1) && !s.namesComplaint(k)
	}
	if isDur {
		for k, d := range s.m.durs {
			if d >= minDays && near(s.m.durClause[k]) {
				return false
			}
		}
		return true
	}
	for i := a.first[c]; i >= 0; i = a.next[i] {
		if o := a.occs[i]; !o.off && !o.ended && near(o.clause) {
			return false
		}
	}
	return true
}

// wordsTellBand reports whether the words tell a duration in the band of
// the answered days: the answer is then the words' own duration, which
// the conversation prefills (Prefill), and where it counts is read
// sentence by sentence like any duration in the words. "My knee has hurt
// for 3 weeks. Today my face is drooping" prefilled "weeks", and an answer
// counting for every complaint made the drooping face weeks old: the
// stroke, an emergency from the first message, ended routine once the
// conversation began (h34-010). An answer the words do not tell still
// counts everywhere.
func (s *state) wordsTellBand(days int) bool {
	b := durationBand(days)
	for _, d := range s.m.durs {
		if durationBand(d) == b {
			return true
		}
	}
	return false
}

// namesComplaint reports whether sentence k of the words names a complaint
// of its own, or a subject of its own (an operation, a hospital stay).
func (s *state) namesComplaint(k int32) bool {
	for _, o := range s.a.occs {
		if o.clause == k && !o.off && (s.e.complaintWord[o.concept] || s.e.topicWord[o.concept]) {
			return true
		}
	}
	return false
}

func anyOf(s *state, cs []int32) bool {
	if len(cs) == 0 {
		return true
	}
	for _, c := range cs {
		if s.has(c) {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Unread reports whether text tells nothing of a problem the rules know:
// no complaint, no red or amber flag, and not one word of a problem (a
// body part, a symptom, a sign a rule or a family of questions reads). The
// triage dialog then shows the topics rather than questions on a guess.
// Words that tell of a problem no complaint names ("my 7 week old is not
// interested in her feeds") go on to the general questions and their
// safety screen, as "frontdoor triage simulate" plays them.
func (e *Engine) Unread(text string, f Facts) bool {
	dec := e.Assess(text, f, nil)
	if len(dec.Complaints) > 0 || len(dec.RedFlags) > 0 || len(dec.AmberFlags) > 0 || dec.Urgency == Emergency {
		return false
	}
	a := e.read(text)
	for c, problem := range e.problemWord {
		if problem && a.present[c] {
			return false
		}
	}
	return true
}
