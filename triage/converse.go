package triage

import (
	"slices"
	"sort"
)

// The questions the conversation itself needs besides the complaint
// families' discriminators.
const (
	ageQuestion       = "age_band"
	sexQuestion       = "sex"
	pregnancyQuestion = "preg_weeks"
)

// maxAsked bounds the questions asked before the safety screen: past it
// only a question that can still reveal an emergency is asked.
const maxAsked = 6

// NextQuestion chooses the conversation's next question from everything
// said so far: the patient's words, what is known of them, a tapped topic
// (a pathway id, or "") and the answers (question id → option value). It
// returns false when nothing is left to ask: the decision is an emergency,
// or every question that could still change it is answered and the safety
// screen has been asked. Assess then gives the decision.
//
// The candidates are the questions of every complaint family the words
// point to (several complaints combine their families), of the tapped
// topic, and of the urgent rules that fired. A candidate is asked only
// when it fits the patient (never a question about a sex, age or pregnancy
// they are known not to have), when the words have not already settled its
// finding, and when some answer to it — alone, or together with one more
// "yes" — would make the decision more urgent. The most urgent first:
// questions that can reveal an emergency, then the age when it is unknown,
// then those that can make it urgent, each group in the family's order.
// Last, once, comes the safety screen for the patient's age.
//
// Safe for concurrent use.
func (e *Engine) NextQuestion(text string, f Facts, topic string, answers map[string]string) (Question, bool) {
	if q := e.newConversation(e.read(text), f, answers).next(topic); q != nil {
		return q.clone(), true
	}
	return Question{}, false
}

// Step is one turn of the conversation as the triage dialog takes it: the
// next question, as NextQuestion chooses it, or when nothing is left to
// ask, the decision as Assess gives it. With a question the Decision is
// the one the question was chosen against, without NeedsMore, Findings or
// Summary (a turn that asks needs only its urgency and pathway): the
// words and answers are weighed once rather than by Assess and
// NextQuestion each. Safe for concurrent use.
func (e *Engine) Step(text string, f Facts, topic string, answers map[string]string) (Decision, Question, bool) {
	c := e.newConversation(e.read(text), f, answers)
	if q := c.next(topic); q != nil {
		return c.base, q.clone(), true
	}
	return e.Assess(text, f, answers), Question{}, false
}

// next is the question to ask, or nil: none is left, or it is an
// emergency.
func (c *conversation) next(topic string) *Question {
	if c.base.Urgency == Emergency {
		return nil
	}
	return c.choose(topic)
}

// conversation is one NextQuestion's working state.
type conversation struct {
	e       *Engine
	a       *analysis
	f       Facts
	answers map[string]string
	order   []*Question
	base    Decision
	given   []givenAnswer // the answers in the order they are read
	raw     answerEffects // the answers before the doubts are weighed
	present []bool        // concepts read or answered, facts included
	who     person
	fams    []string // the complaint families in play, set by choose
	path    string   // the pathway the words alone point to
	// tried memoises urgencyWith by its hypothesis: choose's look-ahead
	// asks for the same few many times over (each "yes" alone once per
	// candidate it could combine with).
	tried map[hypothesis]Urgency
	// trying is decideWith's copy of given with a hypothesis in it,
	// effects what they add up to and deciding its state: kept from one
	// hypothesis to the next to spare their allocations.
	trying   []givenAnswer
	effects  answerEffects
	deciding state
	// denied are the findings an answered question said "no" to: another
	// question of the same findings is not asked again (fever_rash after
	// skin_nonblanch, fever_neck after child_neck).
	denied map[string]bool
}

// hypothesis is one answer, or two, tried on top of the conversation's in
// the look-ahead. The two are in the order of their questions' ids, so
// the same pair is one hypothesis whichever way it was asked for.
type hypothesis struct {
	first, second guess
}

// guess is one answer of a hypothesis; the zero value is none.
type guess struct {
	q *Question
	v string
}

// oneAnswer is the hypothesis of answer v to q alone.
func oneAnswer(q *Question, v string) hypothesis {
	return hypothesis{first: guess{q, v}}
}

// twoYeses is the hypothesis that q and o are both answered "yes".
func twoYeses(q, o *Question) hypothesis {
	if o.ID < q.ID {
		q, o = o, q
	}
	return hypothesis{first: guess{q, "yes"}, second: guess{o, "yes"}}
}

// person is what is known of who the questions are about.
type person struct {
	months    int    // -1 unknown
	minMonths int    // while the age is unknown, the least it can be
	maxMonths int    // while the age is unknown, what it is below (0: no bound)
	sex       string // "f", "m" or ""
	pregnant  string // "yes", "no" or ""
}

// Lower bounds of an unknown age, from who is writing about whom.
const (
	writerMinMonths = 5 * 12  // a child under five does not write
	adultMinMonths  = 16 * 12 // a wife, a husband, a parent
)

// An unknown age in a pregnancy is bounded: a pregnant woman is no child
// under 12 nor an older person (the ages abd_pregnant is asked between).
const (
	pregnantMinMonths = 12 * 12
	pregnantMaxMonths = 55 * 12
)

// leastAge is the least the patient's age can be when no age is said: an
// adult relative is an adult, someone writing of themselves is no small
// child; a child or a baby named leaves it open.
func (e *Engine) leastAge(s *state) int {
	switch {
	case s.months >= 0, s.has(e.need.childWord), s.has(e.need.infantWord):
		return 0
	case s.has(e.need.adultSubject):
		return adultMinMonths
	case s.has(e.need.selfSubject) && !s.has(e.need.otherPerson):
		return writerMinMonths
	}
	return 0
}

func (e *Engine) newConversation(a *analysis, f Facts, answers map[string]string) *conversation {
	c := &conversation{e: e, a: a, f: f, answers: answers}
	none := answerEffects{ageMonths: -1, durDays: -1}
	d0 := e.decideState(e.newState(a, f, none), a, none, "", false)
	c.path = d0.Pathway
	if p := e.pathways[d0.Pathway]; p != nil {
		c.order = p.questions
	}
	for id, v := range answers {
		if q := e.questions[id]; q != nil && q.Kind == KindYesNo && v == "no" {
			for _, f := range q.Findings {
				if c.denied == nil {
					c.denied = map[string]bool{}
				}
				c.denied[f] = true
			}
		}
	}
	c.given = e.answerOrder(answers, c.order)
	c.raw = e.foldAnswers(c.given)
	fx := e.weighUnsure(a, f, c.raw)
	s := e.newState(a, f, fx)
	c.base = e.decideState(s, a, fx, "", false)
	c.present = s.present
	c.who = e.personOf(s, fx)
	return c
}

// urgencyWith is the decision's urgency with the hypothesis's answers on
// top.
func (c *conversation) urgencyWith(h hypothesis) Urgency {
	if u, ok := c.tried[h]; ok {
		return u
	}
	u := c.decideWith(h)
	if c.tried == nil {
		c.tried = map[hypothesis]Urgency{}
	}
	c.tried[h] = u
	return u
}

// decideWith decides with the hypothesis's answers on top of the
// conversation's. The answers given are read in order once per turn
// (given); a hypothesis only puts its answers in their places, replacing
// an answer to the same question, so the effects come in the same order
// as reading all the answers afresh would give them.
func (c *conversation) decideWith(h hypothesis) Urgency {
	c.trying = append(c.trying[:0], c.given...)
	for _, t := range []guess{h.first, h.second} {
		if t.q != nil {
			c.trying = c.with(c.trying, t)
		}
	}
	c.e.foldAnswersInto(&c.effects, c.trying)
	fx := c.e.weighUnsure(c.a, c.f, c.effects)
	c.e.resetState(&c.deciding, c.a, c.f, fx)
	d := c.e.decideState(&c.deciding, c.a, fx, "", false)
	if d.Urgency != Emergency || c.e.covered(d.RedFlags, c.fams, c.who) {
		return d.Urgency
	}
	// An emergency no family in play lists for this patient is not what
	// the question is for: it counts as what its urgent signs make it.
	if len(d.AmberFlags) > 0 {
		return maxUrgency(c.base.Urgency, Urgent)
	}
	return c.base.Urgency
}

// with puts answer t in its place among given (answerOrder's), in place
// of an answer to the same question.
func (c *conversation) with(given []givenAnswer, t guess) []givenAnswer {
	g := givenAnswer{q: t.q, v: t.v, at: slices.IndexFunc(c.order, func(q *Question) bool { return q.ID == t.q.ID })}
	if i := slices.IndexFunc(given, sameQuestion(t.q.ID)); i >= 0 {
		given[i].v = t.v
		return given
	}
	i := 0
	for i < len(given) && !g.before(given[i]) {
		i++
	}
	return slices.Insert(given, i, g)
}

// candidates are the questions of the families in play, in order, each once.
func (c *conversation) candidates() []*Question {
	var out []*Question
	for _, p := range c.fams {
		for _, q := range c.e.pathways[p].questions {
			if !slices.Contains(out, q) {
				out = append(out, q)
			}
		}
	}
	return out
}

// fits reports whether q may be asked of this patient. A question for one
// sex waits until the sex is known.
func (c *conversation) fits(q *Question) bool {
	ft := q.fit
	if ft.sex != "" && c.who.sex != ft.sex {
		return false
	}
	if c.who.months >= 0 && ((ft.minMonths > 0 && c.who.months < ft.minMonths) || (ft.maxMonths > 0 && c.who.months >= ft.maxMonths)) {
		return false
	}
	if c.who.months < 0 && ft.maxMonths > 0 && c.who.minMonths >= ft.maxMonths {
		return false
	}
	if c.who.months < 0 && ft.minMonths > 0 && c.who.maxMonths > 0 && c.who.maxMonths <= ft.minMonths {
		return false
	}
	switch ft.pregnant {
	case "yes":
		return c.who.pregnant == "yes"
	case "no":
		return c.who.pregnant != "yes"
	}
	return true
}

// needed reports whether q's context is there: one of its needs is read
// in the words or set by an answer, and none of its unless is ("a sudden
// worst headache?" is not asked of a headache that has lasted months).
func (c *conversation) needed(q *Question) bool {
	if q.unless.met(c.present) {
		return false
	}
	return len(q.needs) == 0 || q.needs.met(c.present)
}

// settled reports whether q's findings are already known: every one was
// answered "no" by another question, or the words read every one of its
// "yes" concepts, or said each was not there.
func (c *conversation) settled(q *Question) bool {
	if q.Kind != KindYesNo {
		return false
	}
	// every finding it asks about already denied, by an answer or by the
	// words ("playing and laughing" is neither drowsy nor floppy)
	if len(q.Findings) > 0 && !slices.ContainsFunc(q.Findings, func(f string) bool { return !c.denied[f] && !c.wordsDeny(f) }) {
		return true
	}
	if f := c.e.singleFinding(q); f != nil {
		return c.e.textFinding(c.a, f) != ""
	}
	yes := q.Options[0].concepts
	if len(yes) == 0 {
		return false
	}
	present, denied := true, true
	for _, cn := range yes {
		on := c.a.present[cn]
		present = present && on
		denied = denied && !on && c.e.explicitlyNegated(c.a, cn)
	}
	return present || denied
}

// wordsDeny reports whether the words settle finding id absent.
func (c *conversation) wordsDeny(id string) bool {
	f := c.e.findings[id]
	return f != nil && c.e.textFinding(c.a, f) == FindingAbsent
}

// reach is the most urgent decision an answer to q can lead to, alone or
// with one more "yes" among others; Routine or less when none raises it.
func (c *conversation) reach(q *Question, others []*Question) Urgency {
	base := c.base.Urgency
	best := base
	for _, v := range c.valuesOf(q) {
		u := c.urgencyWith(oneAnswer(q, v))
		best = maxUrgency(best, u)
		if best == Emergency {
			return best
		}
	}
	if best.Rank() > base.Rank() || q.Kind != KindYesNo {
		return best
	}
	// "Is one calf swollen?" changes nothing alone, but with a recent
	// hospital stay it is a clot: look one "yes" further.
	for _, o := range others {
		if o == q || o.Kind != KindYesNo || !c.mayAsk(o, q) {
			continue
		}
		alone := c.urgencyWith(oneAnswer(o, "yes"))
		both := c.urgencyWith(twoYeses(q, o))
		if both.Rank() > alone.Rank() && both.Rank() > best.Rank() {
			best = both
		}
	}
	return best
}

// pairOnly reports whether q's own "yes" makes no emergency: it needs
// one more "yes" to another question (reach's look-ahead).
func (c *conversation) pairOnly(q *Question) bool {
	return c.urgencyWith(oneAnswer(q, "yes")) != Emergency
}

// mayAsk reports whether o could still be asked once q is answered "yes":
// its context is there, or q's "yes" brings it (a stiff neck is asked
// once the child has a fever), and nothing makes it pointless. A partner
// that will never be asked (blood in the stool where nobody spoke of the
// bowels) does not make q worth asking.
func (c *conversation) mayAsk(o, q *Question) bool {
	yes := q.Options[0].concepts
	return !o.unless.metWith(c.present, yes) && (len(o.needs) == 0 || o.needs.metWith(c.present, yes))
}

// valuesOf are the answers worth trying: "yes" for a yes/no question, every
// option otherwise.
func (c *conversation) valuesOf(q *Question) []string {
	if q.Kind == KindYesNo {
		return []string{"yes"}
	}
	var vs []string
	for _, o := range q.Options {
		if q.Kind == KindAgeBand && !c.mayBe(o.Value) {
			continue
		}
		vs = append(vs, o.Value)
	}
	return vs
}

// mayBe reports whether the patient, of unknown age, may be in age band
// v: a writer is no toddler, a pregnant woman no baby nor older person.
func (c *conversation) mayBe(v string) bool {
	for _, b := range ageBands {
		if b.value == v {
			return b.months >= c.who.minMonths && (c.who.maxMonths == 0 || b.months < c.who.maxMonths)
		}
	}
	return true
}

func (c *conversation) answered(id string) bool {
	_, ok := c.answers[id]
	return ok
}

type ranked struct {
	q     *Question
	rank  int // higher is asked first
	order int
}

func (c *conversation) choose(topic string) *Question {
	if q := c.pendingCheck(); q != nil {
		return q
	}
	c.fams = c.e.families(c.base, c.present, c.who, topic)
	pool := c.candidates()
	// others are what a question may combine with in the look-ahead: any
	// fitting question still to answer, context or not ("does the child
	// have a fever?" matters because a stiff neck would follow).
	var others []*Question
	for _, q := range pool {
		if q.Kind == KindYesNo && !q.Screen && !c.answered(q.ID) && !c.settled(q) && c.fits(q) {
			others = append(others, q)
		}
	}
	open := c.open(pool)
	asked := c.asked(topic)
	if c.screen() != nil || c.screenedAway() {
		// the safety screen still to come is one of the six, and so is
		// one the family's questions have asked in its place
		asked++
	}
	// The age first when it decides whether a question that could change
	// the decision fits.
	ageRank, agePlace := 25, -1
	var rs []ranked
	for i, q := range open {
		if q.ID == ageQuestion {
			agePlace = i
			continue
		}
		u := c.reach(q, others)
		if u.Rank() <= c.base.Urgency.Rank() || (u != Emergency && asked >= maxAsked) {
			continue
		}
		if q.fit.minMonths > 0 || q.fit.maxMonths > 0 {
			ageRank = 35
		}
		r := ranked{q: q, rank: 10 * u.Rank(), order: i}
		if q.ID == sexQuestion && u != Emergency {
			// a plain fact, as the age is: asked before the signs that
			// can only make it urgent, so the questions' limit does not
			// leave a man's urine infection routine (t30-009)
			r.rank = max(r.rank, ageRank)
		}
		if u == Emergency && q.RedFlag && c.pairOnly(q) {
			// A red-flag sign that is an emergency only beside one more
			// "yes" (a stiff neck beside a fever) waits for the questions
			// that are emergencies alone and for the plain fact it needs,
			// whose "no" leaves it unasked.
			r.rank--
		}
		if !c.fits(q) {
			// it waits for the sex: ask that first, at the rank of what
			// it unlocks
			if c.answered(sexQuestion) || c.e.questions[sexQuestion] == nil {
				continue
			}
			r.q = c.e.questions[sexQuestion]
		}
		rs = append(rs, r)
	}
	if agePlace >= 0 {
		rs = append(rs, ranked{q: open[agePlace], rank: ageRank, order: agePlace})
	}
	// An unknown age with nothing else left to ask is asked only if an
	// answer could change the decision.
	if len(rs) == 1 && rs[0].q.ID == ageQuestion {
		if c.reach(rs[0].q, nil).Rank() <= c.base.Urgency.Rank() {
			rs = nil
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].rank != rs[j].rank {
			return rs[i].rank > rs[j].rank
		}
		return rs[i].order < rs[j].order
	})
	if len(rs) > 0 {
		return rs[0].q
	}
	return c.screen()
}

// asked counts the questions the patient has answered: the answers the
// words give (Prefill, for the tapped topic or the words' pathway, and the
// age known beforehand) were never asked.
func (c *conversation) asked(topic string) int {
	path := topic
	if path == "" {
		path = c.path
	}
	said := c.e.prefill(c.a, c.f, path)
	n := 0
	for id, v := range c.answers {
		switch {
		case said[id] == v:
		case id == ageQuestion && v == AgeBand(c.f.AgeYears, c.f.AgeMonths):
		default:
			n++
		}
	}
	return n
}

// open are the pool's questions that may be asked now: not a screen, not
// answered or settled by the words, in context, and fitting the patient —
// or fitting once the patient's sex is known. The age only while unknown.
func (c *conversation) open(pool []*Question) []*Question {
	var out []*Question
	for _, q := range pool {
		switch {
		case q.Screen || c.answered(q.ID) || c.settled(q) || !c.needed(q):
		case q.ID == ageQuestion:
			if c.who.months < 0 {
				out = append(out, q)
			}
		case c.fits(q), q.fit.sex != "" && c.who.sex == "" && c.fitsBut(q):
			out = append(out, q)
		}
	}
	return out
}

// fitsBut reports whether q would fit once the patient's sex is known.
func (c *conversation) fitsBut(q *Question) bool {
	for _, sex := range []string{"f", "m"} {
		if sex != q.fit.sex {
			continue
		}
		saved := c.who.sex
		c.who.sex = sex
		ok := c.fits(q)
		c.who.sex = saved
		return ok
	}
	return false
}

// screen is the safety screen for the patient's age, unless one was
// answered already, or the patient already has one of its signs (a
// breathless patient would have to answer "yes" to "trouble breathing?":
// their family's own questions have screened them).
func (c *conversation) screen() *Question {
	fitting := c.fittingScreen()
	if fitting == nil || c.screened(fitting) {
		return nil
	}
	for _, id := range fitting.Findings {
		if f := c.e.findings[id]; f != nil && c.e.textFinding(c.a, f) == FindingPresent {
			return nil
		}
	}
	return fitting
}

// screenedAway reports whether the patient's screen is not asked because
// the family's questions asked its signs (screened_by).
func (c *conversation) screenedAway() bool {
	q := c.fittingScreen()
	return q != nil && c.screened(q)
}

// fittingScreen is the safety screen for the patient's age, nil once one
// was answered.
func (c *conversation) fittingScreen() *Question {
	var fitting *Question
	for _, id := range c.e.questionIDs {
		q := c.e.questions[id]
		if !q.Screen {
			continue
		}
		if c.answered(q.ID) {
			return nil
		}
		// the screen for the patient's age group; the general one when
		// the age is unknown or no group's fits. An older person named
		// with no age («جدتي», "grandma") is screened as one: the older
		// person's screen asks all the general one does, and new
		// confusion besides (NICE NG51).
		ageFit := q.fit.minMonths > 0 || q.fit.maxMonths > 0
		switch {
		case !c.fits(q):
		case ageFit && c.who.months >= 0:
			fitting = q
		case ageFit && q.fit.minMonths > 0 && c.present[c.e.need.elderlyFact]:
			fitting = q
		case !ageFit && fitting == nil:
			fitting = q
		}
	}
	return fitting
}

// screened reports whether the family's own questions have asked what
// the screen q asks (screened_by): a febrile child asked whether drowsy or
// floppy, whether a rash does not fade, whether the ribs suck in and
// whether the nappies are dry has been asked the child's screen, and is
// not asked it again. Not when a bleed is told (screened_unless): the
// screen's heavy bleeding is then asked.
func (c *conversation) screened(q *Question) bool {
	if len(q.screenedBy) == 0 || q.screenedUnless.met(c.present) {
		return false
	}
	for _, g := range q.screenedBy {
		if !slices.ContainsFunc(g, func(qq *Question) bool { return c.answered(qq.ID) || c.settled(qq) }) {
			return false
		}
	}
	return true
}

func (e *Engine) complaint(id string) *complaint {
	for i := range e.complaints {
		if e.complaints[i].id == id {
			return &e.complaints[i]
		}
	}
	return nil
}
