package triage

import (
	"fmt"
	"slices"
	"strings"
)

// Engine classifies messages with a compiled rule set. It is read-only after
// Load and safe for concurrent use.
type Engine struct {
	lex        *lexicon
	rules      []rule
	ruleIndex  map[string]int
	complaints []complaint
	pathways   map[string]*pathway
	pathwayIDs []string
	narrowed   map[string]bool // rules some family's covers_for gives age groups: asked only where a family in play covers them
	durFacts   map[int32]int   // the duration facts (@dur_3d ... @dur_14d) and their days
	// complaintWord marks the concepts that name a complaint (some
	// complaint's trigger): a sentence with none of them tells more of the
	// one before ("I have chest pain. It comes and goes for months.")
	complaintWord []bool
	// topicWord marks the concepts besides those that name a sentence's own
	// subject, which then tells nothing more of the sentence before: an
	// operation or a hospital stay ("Suddenly his speech is slurred. He had
	// his appendix out ten years ago." is no slurred speech of ten years).
	topicWord []bool
	// problemWord marks the concepts that tell something of a problem:
	// a complaint's trigger, a red or amber rule's own concept, or one that
	// brings a family of questions in (Unread).
	problemWord []bool
	questions   map[string]*Question
	// questionIDs and findingIDs keep the rules' order.
	questionIDs []string
	findings    map[string]*finding
	findingIDs  []string
	need        neededConcepts
	measureIdx  []int32 // lexicon ids of measureConcepts
	// numbers are counts written as words, as Normalize writes them: the
	// built-in English and Arabic ones and each language file's.
	numbers map[string]float64
	// readings are the last messages read, each read once (readings.go).
	readings readings
}

type rule struct {
	id        string
	urgency   Urgency
	pathway   string
	specialty string
	all, any  []int32
	any2      []int32
	none      []int32
	// noneWith are the entries of none that join concepts with "&" ("!"
	// for one not read), as a question's unless does: "fever_gone &
	// !fever_back" keeps a rule off for a fever told over, not for one a
	// medicine brought down and that came back
	noneWith context
	noneHere []int32 // none, but only when told in a sentence of the rule's concepts
	minAge   int
	maxAge   int
	spec     ruleSpec
	file     string
}

type complaint struct {
	id                string
	triggers          []int32
	pathway           string
	childPathway      string
	specialty         string
	childSpecialty    string
	pregnantSpecialty string
	selfCareSpecialty string
	chronicSpecialty  string
	deferSpecialty    bool
	urgency           Urgency
	mild              Urgency
	mildSigns         []int32 // read, they make this complaint mild
	mildUnless        []int32 // read, the mild signs do not
	briefSigns        []int32 // read, they make it mild even when severe
	reliefSigns       []int32 // read, they make it mild even when severe, unless it has lasted weeks
	yieldsTo          []int32 // read, this complaint is another's part and not matched
	besideWords       []int32 // told only through these, it yields to any other complaint
	besideUnless      []int32 // read, the beside words do not yield
	severe            Urgency
	chronic           Urgency
	severeChronic     Urgency // "" : severe wins over chronic
	mildSignsAcute    bool    // the mild signs do not outweigh a chronic complaint
	priority          int
}

type pathway struct {
	id        string
	questions []*Question
	covers    []string              // the emergencies this family can hide
	coversAge map[string][]ageGroup // covers_for: the age groups a covered rule is asked for; absent, every one
	when      context               // concepts that bring the family in
	sureOnly  bool                  // sure_only: its covers count for a "yes", not for a "not sure"
}

// context is where a question or a family applies: any one of its groups
// read, a group being every concept of one entry ("fever & @child": a
// fever in a child), where "!" marks one that must not be read ("mild &
// !fever": a slight headache without a fever).
type context [][]contextTerm

type contextTerm struct {
	concept int32
	absent  bool
}

// met reports whether one of the groups holds.
func (ctx context) met(present []bool) bool {
	for _, g := range ctx {
		all := true
		for _, t := range g {
			all = all && present[t.concept] != t.absent
		}
		if all {
			return true
		}
	}
	return false
}

// metWith is met with the concepts extra present too.
func (ctx context) metWith(present []bool, extra []int32) bool {
	for _, g := range ctx {
		all := true
		for _, t := range g {
			all = all && (present[t.concept] || slices.Contains(extra, t.concept)) != t.absent
		}
		if all {
			return true
		}
	}
	return false
}

// contextOf reads a needs, unless or when list: each entry a concept, or
// concepts joined by "&", each looked up by concepts.
func contextOf(entries []string, concepts func([]string) ([]int32, error)) (context, error) {
	var ctx context
	for _, entry := range entries {
		var g []contextTerm
		for _, n := range strings.Split(entry, "&") {
			n = strings.TrimSpace(n)
			name, absent := strings.CutPrefix(n, "!")
			cs, err := concepts([]string{name})
			if err != nil {
				return nil, err
			}
			g = append(g, contextTerm{concept: cs[0], absent: absent})
		}
		ctx = append(ctx, g)
	}
	return ctx, nil
}

// factConcepts are concepts the engine sets from Facts, from numbers read in
// the text (temperature, sugar, blood pressure, oxygen, age, duration) and
// from answers. Rules name them like any other concept.
var factConcepts = []string{
	"@child", "@infant", "@young_infant", "@adult", "@elderly", "@over50", "@pregnant",
	"@female", "@male", "@pilgrim", "@diabetic", "@cardiac",
	"@temp_38", "@temp_39", "@temp_40", "@temp_low",
	"@glucose_low", "@glucose_high", "@glucose_very_high", "@glucose_now_in_range",
	"@ketones_raised", "@ketones_high", "@ketones_very_high", "@inr_high",
	"@bp_raised", "@bp_high", "@bp_very_high", "@bp_low", "@spo2_low",
	"@dur_hours", "@dur_3d", "@dur_5d", "@dur_7d", "@dur_14d",
	"@episode_passed", "@breath_episode_passed",
}

// neededConcepts are the lexicon concepts the engine itself reads.
type neededConcepts struct {
	severe, mild, chronic, fever, amount, counted, heat            int32
	dyingWord, strengthDenied                                      int32 // "dying" of it, and "not strong" (complaints.go, dyingDenied)
	childWord, infantWord, newbornWord, elderlyWord, pregnancyWord int32
	female, male, otherPerson                                      int32
	selfSubject, adultSubject, nursingWord, condition              int32
	breastWord                                                     int32
	postpartum, drugWord, ketoneWord, eventDone                    int32
	// spotting and vaginal bleeding are no boy's nor young child's unless
	// the words name the vagina or a period (vaginal_word)
	spotting, vaginalBleeding, vaginalWord int32
	// passedEpisode are the signs whose ended episode is still seen
	// today (@episode_passed, UR-NEURO-04)
	passedEpisode []int32
	// breathEpisode are the signs whose ended episode in a young baby is
	// a brief resolved event (@breath_episode_passed, RF-CHILD-08)
	breathEpisode []int32
	// pregnancyStages tell how far along a pregnancy is; a count read as
	// a baby's age is none of them (ageIsNoStage)
	pregnancyStages        []int32
	facts                  map[string]int32
	elderlyFact            int32 // @elderly, set from an elderly word when no age is known
	neg, pseudo, hist, med int32
}

func compile(s *ruleSet) (*Engine, error) {
	if s.modifiers == nil {
		return nil, fmt.Errorf("triage: no [modifiers] section in any rules file")
	}
	lex, err := buildLexicon(s)
	if err != nil {
		return nil, err
	}
	e := &Engine{lex: lex, ruleIndex: map[string]int{}, pathways: map[string]*pathway{}, questions: map[string]*Question{}, narrowed: map[string]bool{}}
	e.need.facts = map[string]int32{}
	e.numbers = make(map[string]float64, len(numberWords)+len(s.numbers))
	for w, n := range numberWords {
		e.numbers[w] = float64(n)
	}
	for w, n := range s.numbers {
		if n <= 0 || n > 1000 {
			return nil, fmt.Errorf("triage: [numbers] %q = %v: a count is above 0 and at most 1000", w, n)
		}
		e.numbers[Normalize(w)] = n
	}
	for _, id := range factConcepts {
		e.need.facts[id] = lex.index[id]
	}
	e.need.elderlyFact = e.need.facts["@elderly"]
	if e.need.passedEpisode, err = requiredConcepts(lex, "unresponsive", "hard_to_wake", "confusion"); err != nil {
		return nil, err
	}
	if e.need.breathEpisode, err = requiredConcepts(lex, "cyanosis", "cant_breathe", "floppy"); err != nil {
		return nil, err
	}
	if e.need.pregnancyStages, err = requiredConcepts(lex, "early_pregnancy", "mid_pregnancy", "late_pregnancy"); err != nil {
		return nil, err
	}
	e.durFacts = map[int32]int{}
	for id, days := range map[string]int{"@dur_3d": 3, "@dur_5d": 5, "@dur_7d": 7, "@dur_14d": 14} {
		e.durFacts[e.need.facts[id]] = days
	}
	for _, n := range []struct {
		id  string
		dst *int32
	}{
		{"severe", &e.need.severe}, {"dying_word", &e.need.dyingWord}, {"strength_denied", &e.need.strengthDenied}, {"amount_word", &e.need.amount}, {"counted_word", &e.need.counted}, {"mild", &e.need.mild}, {"chronic", &e.need.chronic}, {"fever", &e.need.fever}, {"heat_context", &e.need.heat},
		{"child_word", &e.need.childWord}, {"infant_word", &e.need.infantWord}, {"newborn_word", &e.need.newbornWord},
		{"elderly_word", &e.need.elderlyWord}, {"pregnancy_word", &e.need.pregnancyWord},
		{"female_subject", &e.need.female}, {"male_subject", &e.need.male}, {"other_person", &e.need.otherPerson},
		{"self_subject", &e.need.selfSubject}, {"adult_subject", &e.need.adultSubject}, {"nursing_word", &e.need.nursingWord}, {"breast_word", &e.need.breastWord}, {"postpartum", &e.need.postpartum}, {"drug_word", &e.need.drugWord},
		{"long_term_condition", &e.need.condition},
		{"spotting", &e.need.spotting}, {"vaginal_bleeding", &e.need.vaginalBleeding}, {"vaginal_word", &e.need.vaginalWord},
		{"ketone_word", &e.need.ketoneWord}, {"event_done", &e.need.eventDone},
		{modNeg, &e.need.neg}, {modPseudo, &e.need.pseudo}, {modHist, &e.need.hist}, {modMed, &e.need.med},
	} {
		i, ok := lex.index[n.id]
		if !ok {
			return nil, fmt.Errorf("triage: the lexicon must define concept %q", n.id)
		}
		*n.dst = i
	}
	if len(measureConcepts) > 32 {
		// readMeasures marks them in a uint32 per word
		return nil, fmt.Errorf("triage: %d measure concepts, at most 32", len(measureConcepts))
	}
	if e.measureIdx, err = requiredConcepts(lex, measureConcepts...); err != nil {
		return nil, err
	}
	if err := e.compileFindings(s); err != nil {
		return nil, err
	}
	if err := e.compileQuestions(s); err != nil {
		return nil, err
	}
	if err := e.compilePathways(s); err != nil {
		return nil, err
	}
	if err := e.compileRules(s); err != nil {
		return nil, err
	}
	if err := e.compileComplaints(s); err != nil {
		return nil, err
	}
	e.complaintWord = make([]bool, len(lex.concepts))
	for _, c := range e.complaints {
		for _, t := range c.triggers {
			e.complaintWord[t] = true
		}
	}
	e.topicWord = make([]bool, len(lex.concepts))
	for _, id := range []string{"recent_hospital", "abdominal_op"} {
		if c, ok := lex.index[id]; ok {
			e.topicWord[c] = true
		}
	}
	e.markDiscriminators()
	e.problemWord = slices.Clone(e.complaintWord)
	for _, r := range e.rules {
		for _, group := range [][]int32{r.all, r.any, r.any2} {
			for _, c := range group {
				e.problemWord[c] = true
			}
		}
	}
	for i, p := range s.pathways {
		for _, id := range p.Covers {
			if j, ok := e.ruleIndex[id]; !ok || e.rules[j].urgency != Emergency {
				return nil, loadError(s.pathwayFile[i], "pathway", p.ID, "covers %q: not a red-flag rule", id)
			}
		}
		e.pathways[p.ID].covers = p.Covers
		e.pathways[p.ID].sureOnly = p.SureOnly
		// A question of the family that escalates to an emergency asks for
		// it: the table must list it, or its "not sure" would count for
		// nothing (coverage.go).
		for _, q := range e.pathways[p.ID].questions {
			for _, o := range q.Options {
				if strings.HasPrefix(o.Escalate, "RF-") && !slices.Contains(p.Covers, o.Escalate) {
					return nil, loadError(s.pathwayFile[i], "pathway", p.ID, "question %q escalates to %s, which covers does not list", q.ID, o.Escalate)
				}
			}
		}
		ages, err := compileCoversFor(p)
		if err != nil {
			return nil, loadError(s.pathwayFile[i], "pathway", p.ID, "%v", err)
		}
		e.pathways[p.ID].coversAge = ages
		for rule := range ages {
			e.narrowed[rule] = true
		}
		when, err := contextOf(p.When, func(names []string) ([]int32, error) {
			return e.conceptList(s.pathwayFile[i], "pathway", p.ID, "when", names)
		})
		if err != nil {
			return nil, err
		}
		e.pathways[p.ID].when = when
		for _, g := range when {
			for _, t := range g {
				if !t.absent {
					e.problemWord[t.concept] = true
				}
			}
		}
	}
	// Escalations name rules, which are compiled after questions.
	for _, q := range e.questions {
		for _, o := range q.Options {
			if o.Escalate != "" {
				if _, ok := e.ruleIndex[o.Escalate]; !ok {
					return nil, fmt.Errorf("triage: question %q: escalates to unknown rule %q", q.ID, o.Escalate)
				}
			}
		}
	}
	return e, nil
}

func (e *Engine) conceptList(file, kind, id, field string, names []string) ([]int32, error) {
	out := make([]int32, 0, len(names))
	for _, n := range names {
		i, ok := e.lex.index[n]
		if !ok || strings.HasPrefix(n, "_") {
			return nil, loadError(file, kind, id, "%s names unknown concept %q", field, n)
		}
		out = append(out, i)
	}
	return out, nil
}

// requiredConcepts are the lexicon ids of concepts the engine reads by
// name; a lexicon without one of them does not load.
func requiredConcepts(lex *lexicon, ids ...string) ([]int32, error) {
	out := make([]int32, 0, len(ids))
	for _, id := range ids {
		c, ok := lex.index[id]
		if !ok {
			return nil, fmt.Errorf("triage: the lexicon must define concept %q", id)
		}
		out = append(out, c)
	}
	return out, nil
}

// splitJoined parts a list's entries into those that name one concept and
// those that join several with "&" (rule.noneWith).
func splitJoined(entries []string) (plain, joined []string) {
	for _, n := range entries {
		if strings.Contains(n, "&") {
			joined = append(joined, n)
		} else {
			plain = append(plain, n)
		}
	}
	return plain, joined
}

func (e *Engine) compileRules(s *ruleSet) error {
	for i, r := range s.rules {
		file := s.ruleFile[i]
		if !ruleIDPattern.MatchString(r.ID) {
			return loadError(file, "rule", r.ID, "id must look like RF-CHEST-01 (emergency) or UR-FEVER-01 (urgent)")
		}
		if _, dup := e.ruleIndex[r.ID]; dup {
			return loadError(file, "rule", r.ID, "defined twice")
		}
		u := Urgency(r.Urgency)
		want := Emergency
		if strings.HasPrefix(r.ID, "UR-") {
			want = Urgent
		}
		if u != want {
			return loadError(file, "rule", r.ID, "urgency %q: an %s rule must be %q", r.Urgency, r.ID[:2], want)
		}
		if strings.TrimSpace(r.Title) == "" || strings.TrimSpace(r.Source) == "" {
			return loadError(file, "rule", r.ID, "needs a title and a clinical source")
		}
		if len(r.All) == 0 && len(r.Any) == 0 {
			return loadError(file, "rule", r.ID, "needs at least one concept in all or any")
		}
		if r.Pathway == "" || e.pathways[r.Pathway] == nil {
			return loadError(file, "rule", r.ID, "unknown pathway %q", r.Pathway)
		}
		if r.Specialty != "" && !validSpecialty(r.Specialty) {
			return loadError(file, "rule", r.ID, "unknown specialty %q", r.Specialty)
		}
		if r.MinAge < 0 || r.MaxAge < 0 || (r.MaxAge > 0 && r.MaxAge <= r.MinAge) {
			return loadError(file, "rule", r.ID, "bad age bounds %d..%d", r.MinAge, r.MaxAge)
		}
		ex := r.Examples
		if len(ex.En) == 0 || len(ex.Gulf)+len(ex.Egyptian)+len(ex.Levantine)+len(ex.Maghrebi)+len(ex.MSA) == 0 {
			return loadError(file, "rule", r.ID, "needs examples in English and Arabic")
		}
		if u == Emergency && (len(ex.Gulf) == 0 || len(ex.Egyptian) == 0 || len(ex.Levantine) == 0 || len(ex.Maghrebi) == 0 || len(ex.Negated) == 0) {
			return loadError(file, "rule", r.ID, "a red flag needs examples in gulf, egyptian, levantine and maghrebi Arabic and negated examples")
		}
		cr := rule{id: r.ID, urgency: u, pathway: r.Pathway, specialty: r.Specialty, minAge: r.MinAge, maxAge: r.MaxAge, spec: r, file: file}
		var err error
		nonePlain, noneJoined := splitJoined(r.None)
		for _, f := range []struct {
			name string
			in   []string
			out  *[]int32
		}{{"all", r.All, &cr.all}, {"any", r.Any, &cr.any}, {"any2", r.Any2, &cr.any2}, {"none", nonePlain, &cr.none}, {"none_here", r.NoneHere, &cr.noneHere}} {
			if *f.out, err = e.conceptList(file, "rule", r.ID, f.name, f.in); err != nil {
				return err
			}
		}
		if cr.noneWith, err = contextOf(noneJoined, func(names []string) ([]int32, error) {
			return e.conceptList(file, "rule", r.ID, "none", names)
		}); err != nil {
			return err
		}
		e.ruleIndex[r.ID] = len(e.rules)
		e.rules = append(e.rules, cr)
	}
	return nil
}

func (e *Engine) compileComplaints(s *ruleSet) error {
	seen := map[string]bool{}
	for i, c := range s.complaints {
		file := s.complaintFile[i]
		if !plainIDPattern.MatchString(c.ID) || seen[c.ID] {
			return loadError(file, "complaint", c.ID, "id missing, malformed or defined twice")
		}
		seen[c.ID] = true
		trig, err := e.conceptList(file, "complaint", c.ID, "triggers", c.Triggers)
		if err != nil {
			return err
		}
		if len(trig) == 0 {
			return loadError(file, "complaint", c.ID, "needs triggers")
		}
		mildSigns, err := e.conceptList(file, "complaint", c.ID, "mild_signs", c.MildSigns)
		if err != nil {
			return err
		}
		mildUnless, err := e.conceptList(file, "complaint", c.ID, "mild_unless", c.MildUnless)
		if err != nil {
			return err
		}
		briefSigns, err := e.conceptList(file, "complaint", c.ID, "brief_signs", c.BriefSigns)
		if err != nil {
			return err
		}
		reliefSigns, err := e.conceptList(file, "complaint", c.ID, "relief_signs", c.ReliefSigns)
		if err != nil {
			return err
		}
		yieldsTo, err := e.conceptList(file, "complaint", c.ID, "yields_to", c.YieldsTo)
		if err != nil {
			return err
		}
		besideWords, err := e.conceptList(file, "complaint", c.ID, "beside_words", c.BesideWords)
		if err != nil {
			return err
		}
		besideUnless, err := e.conceptList(file, "complaint", c.ID, "beside_unless", c.BesideUnless)
		if err != nil {
			return err
		}
		for _, p := range []string{c.Pathway, c.ChildPathway} {
			if p != "" && e.pathways[p] == nil {
				return loadError(file, "complaint", c.ID, "unknown pathway %q", p)
			}
		}
		if c.Pathway == "" {
			return loadError(file, "complaint", c.ID, "needs a pathway")
		}
		if !validSpecialty(c.Specialty) {
			return loadError(file, "complaint", c.ID, "unknown specialty %q", c.Specialty)
		}
		for _, sp := range []string{c.PregnantSpecialty, c.SelfCareSpecialty, c.ChronicSpecialty} {
			if sp != "" && !validSpecialty(sp) {
				return loadError(file, "complaint", c.ID, "unknown specialty %q", sp)
			}
		}
		if c.ChildSpecialty != "" && c.ChildSpecialty != "keep" && !validSpecialty(c.ChildSpecialty) {
			return loadError(file, "complaint", c.ID, "unknown child_specialty %q", c.ChildSpecialty)
		}
		cc := complaint{
			id: c.ID, triggers: trig, pathway: c.Pathway, childPathway: c.ChildPathway,
			specialty: c.Specialty, childSpecialty: c.ChildSpecialty, pregnantSpecialty: c.PregnantSpecialty,
			selfCareSpecialty: c.SelfCareSpecialty, chronicSpecialty: c.ChronicSpecialty,
			deferSpecialty: c.DeferSpecialty, priority: c.Priority, mildSigns: mildSigns, mildUnless: mildUnless, briefSigns: briefSigns, reliefSigns: reliefSigns,
			yieldsTo: yieldsTo, besideWords: besideWords, besideUnless: besideUnless, mildSignsAcute: c.MildSignsAcute,
		}
		if cc.childSpecialty == "" {
			cc.childSpecialty = "pediatrics"
		}
		if cc.selfCareSpecialty == "" {
			cc.selfCareSpecialty = "general_practice"
		}
		cc.urgency = Urgency(c.Urgency)
		if !cc.urgency.Valid() || cc.urgency == Emergency {
			return loadError(file, "complaint", c.ID, "urgency %q: must be urgent, routine or self_care (emergencies are red-flag rules)", c.Urgency)
		}
		for _, m := range []struct {
			in  string
			out *Urgency
		}{{c.Mild, &cc.mild}, {c.Severe, &cc.severe}, {c.Chronic, &cc.chronic}} {
			*m.out = cc.urgency
			if m.in != "" {
				*m.out = Urgency(m.in)
				if !m.out.Valid() || *m.out == Emergency {
					return loadError(file, "complaint", c.ID, "urgency %q: must be urgent, routine or self_care", m.in)
				}
			}
		}
		if c.SevereChronic != "" {
			cc.severeChronic = Urgency(c.SevereChronic)
			if !cc.severeChronic.Valid() || cc.severeChronic == Emergency {
				return loadError(file, "complaint", c.ID, "severe_chronic %q: must be urgent, routine or self_care", c.SevereChronic)
			}
		}
		e.complaints = append(e.complaints, cc)
	}
	return nil
}

func (e *Engine) compilePathways(s *ruleSet) error {
	for i, p := range s.pathways {
		file := s.pathwayFile[i]
		if !plainIDPattern.MatchString(p.ID) || e.pathways[p.ID] != nil {
			return loadError(file, "pathway", p.ID, "id missing, malformed or defined twice")
		}
		cp := &pathway{id: p.ID}
		for _, qid := range p.Questions {
			q, ok := e.questions[qid]
			if !ok {
				return loadError(file, "pathway", p.ID, "unknown question %q", qid)
			}
			cp.questions = append(cp.questions, q)
		}
		e.pathways[p.ID] = cp
		e.pathwayIDs = append(e.pathwayIDs, p.ID)
	}
	if e.pathways[generalPathway] == nil {
		return fmt.Errorf("triage: the rules must define pathway %q", generalPathway)
	}
	return nil
}
