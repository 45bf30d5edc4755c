package triage

import (
	"slices"
	"strings"
)

// Kind is how a follow-up question is answered.
type Kind string

// Question kinds. Every kind is answered with buttons.
const (
	KindYesNo    Kind = "yes_no"   // "yes", "no" or "not sure"
	KindAgeBand  Kind = "age_band" // an age band (AgeBand gives the one for a known age)
	KindDuration Kind = "duration" // how long: hours, days, a week, weeks, months
	KindSeverity Kind = "severity" // 0 (none) to 10 (worst imaginable)
	KindChoice   Kind = "choice"   // one of the options listed in the rules
)

// Unsure is the answer "not sure" (a button on every yes/no question, and
// what typed "I don't know" means on any question). On a red-flag
// discriminator it counts as "yes" for the decision and is shown to the
// clinician as unknown.
const Unsure = "unsure"

// generalPathway is asked when no complaint is recognised.
const generalPathway = "general"

// Question is one follow-up question. It is a value: changing it changes
// nothing in the Engine.
type Question struct {
	ID       string
	Kind     Kind
	PromptID string    // locales message id of the question ("triage_q_<id>")
	Options  []Option  // the buttons, in order
	Findings []string  // yes_no: the findings asked about (several: "is there A, B or C?")
	Screen   bool      // a safety screen, asked once before non-emergency advice
	RedFlag  bool      // "yes" can make an emergency: "not sure" to its one finding counts as "yes"
	check    *Question // asked after "not sure": its "no" clears the doubt (unsure_check)
	// a screen's questions that, all asked, have screened the patient
	// (screened_by: one of each group), unless screenedUnless is read
	screenedBy     [][]*Question
	screenedUnless context
	fit            fit
	needs          context
	unless         context
	severeAt       int
}

// fit is who a question may be asked of.
type fit struct {
	sex                  string // "f" or "m"; "" anyone
	minMonths, maxMonths int    // 0: no bound
	pregnant             string // "yes", "no" or ""
}

// Option is one answer button.
type Option struct {
	Value    string // the button's data: at most 16 bytes of [a-z0-9_+-]
	LabelID  string // locales message id of the button label
	Escalate string // the rule id this answer fires at once ("RF-..." means emergency), or ""
	Unsure   bool   // the "not sure" answer
	concepts []int32
}

func (q *Question) option(value string) (Option, bool) {
	for _, o := range q.Options {
		if o.Value == value {
			return o, true
		}
	}
	return Option{}, false
}

func (q *Question) clone() Question {
	c := *q
	c.Options = append([]Option(nil), q.Options...)
	return c
}

var ageBands = []struct {
	value  string
	months int // a representative age for rules
}{
	{"u3m", 1}, {"3to11m", 6}, {"1to4y", 30}, {"5to15y", 120},
	{"16to39y", 28 * 12}, {"40to64y", 52 * 12}, {"65plus", 75 * 12},
}

var durations = []struct {
	value string
	days  int
}{
	{"hours", 0}, {"days", 2}, {"week", 7}, {"weeks", 21}, {"months", 90},
}

// AgeBand returns the age_band answer for an age (months wins when
// non-zero), or "" when the age is unknown. The dialog fills it in so a
// known age is not asked again.
func AgeBand(years, months int) string {
	m := months
	if m == 0 {
		m = years * 12
	}
	if m <= 0 {
		return ""
	}
	switch {
	case m < 3:
		return "u3m"
	case m < 12:
		return "3to11m"
	case m < 60:
		return "1to4y"
	case m < 16*12:
		return "5to15y"
	case m < 40*12:
		return "16to39y"
	case m < 65*12:
		return "40to64y"
	}
	return "65plus"
}

// Next returns the next question of pathway in its listed order given the
// answers so far (by question id), and false when there is none left: the
// pathway is done, an answer escalated to an emergency, or the pathway is
// unknown. It is the pathway's fixed order, which the dashboard uses to
// list answers; the conversation itself asks NextQuestion.
func (e *Engine) Next(pathway string, answers map[string]string) (Question, bool) {
	p := e.pathways[pathway]
	if p == nil {
		return Question{}, false
	}
	for id, v := range answers {
		if q := e.questions[id]; q != nil {
			if o, ok := q.option(v); ok && strings.HasPrefix(o.Escalate, "RF-") {
				return Question{}, false
			}
		}
	}
	for _, q := range p.questions {
		if _, ok := q.option(answers[q.ID]); !ok {
			return q.clone(), true
		}
	}
	return Question{}, false
}

// Question returns the question with this id, for checking a tapped answer.
func (e *Engine) Question(id string) (Question, bool) {
	q, ok := e.questions[id]
	if !ok {
		return Question{}, false
	}
	return q.clone(), true
}

// Questions returns every question id in the order the rules define them.
func (e *Engine) Questions() []string { return append([]string(nil), e.questionIDs...) }

// Pathways returns the pathway ids in the order the rules define them. A
// pathway's name is the locales message "triage_pathway_<id>".
func (e *Engine) Pathways() []string { return append([]string(nil), e.pathwayIDs...) }

// answerEffects is what the answers add to a message's reading.
type answerEffects struct {
	ageMonths int // -1: not answered
	durDays   int // -1: not answered
	sex       string
	pregnant  string // "yes", "no" or "": the pregnancy question's answer
	concepts  []int32
	escalate  []string
	unsure    []unsureAnswer // "not sure" to a red-flag sign, weighed by weighUnsure
	// answered are the answers read, in the order read: a slice rather
	// than a map by id, as there are a few and the look-ahead reads the
	// answers afresh for every hypothesis it tries.
	answered []answeredOption
}

// answeredOption is the option chosen in answer to q. A typed "I don't
// know" to a question that is not yes/no is the option Unsure.
type answeredOption struct {
	q *Question
	o Option
}

// option is the option chosen in answer to question id, if it was
// answered.
func (fx answerEffects) option(id string) (Option, bool) {
	for _, a := range fx.answered {
		if a.q.ID == id {
			return a.o, true
		}
	}
	return Option{}, false
}

// notes are the answers for the clinician's summary, in the order read;
// nil when there are none.
func (fx answerEffects) notes() []AnswerNote {
	if len(fx.answered) == 0 {
		return nil
	}
	out := make([]AnswerNote, len(fx.answered))
	for i, a := range fx.answered {
		out[i] = AnswerNote{Question: a.q.ID, PromptID: a.q.PromptID, Value: a.o.Value, LabelID: a.o.LabelID}
	}
	return out
}

// readAnswers reads the answers in the order of the pathway's questions,
// then the others by id (answerOrder).
func (e *Engine) readAnswers(answers map[string]string, order []*Question) answerEffects {
	return e.foldAnswers(e.answerOrder(answers, order))
}

// givenAnswer is one answer to a known question, where readAnswers reads
// it: at is the question's place in the pathway's order, -1 when it is
// not one of the pathway's.
type givenAnswer struct {
	q  *Question
	v  string
	at int
}

// answerOrder lists the answers to known questions in the order they are
// read: the pathway's questions first, in its order, then the others by
// id. Which effect comes first matters where one answer's effect replaces
// another's, and it keeps the notes in the order the family asks.
func (e *Engine) answerOrder(answers map[string]string, order []*Question) []givenAnswer {
	out := make([]givenAnswer, 0, len(answers))
	for i, q := range order {
		if v, ok := answers[q.ID]; ok && !slices.ContainsFunc(out, sameQuestion(q.ID)) {
			out = append(out, givenAnswer{q: q, v: v, at: i})
		}
	}
	for _, id := range sortedKeys(answers) {
		if q := e.questions[id]; q != nil && !slices.ContainsFunc(out, sameQuestion(id)) {
			out = append(out, givenAnswer{q: q, v: answers[id], at: -1})
		}
	}
	return out
}

func sameQuestion(id string) func(givenAnswer) bool {
	return func(g givenAnswer) bool { return g.q.ID == id }
}

// before reports whether answer g is read before h (answerOrder).
func (g givenAnswer) before(h givenAnswer) bool {
	switch {
	case g.at >= 0 && h.at >= 0:
		return g.at < h.at
	case g.at >= 0 || h.at >= 0:
		return g.at >= 0
	}
	return g.q.ID < h.q.ID
}

// foldAnswers adds up the effects of the answers, in order.
func (e *Engine) foldAnswers(given []givenAnswer) answerEffects {
	var fx answerEffects
	e.foldAnswersInto(&fx, given)
	return fx
}

// foldAnswersInto is foldAnswers in fx's own storage, which it replaces:
// the look-ahead reads the answers once per hypothesis and keeps none of
// the effects past it.
func (e *Engine) foldAnswersInto(fx *answerEffects, given []givenAnswer) {
	*fx = answerEffects{
		ageMonths: -1, durDays: -1,
		concepts: fx.concepts[:0], escalate: fx.escalate[:0], unsure: fx.unsure[:0],
		answered: slices.Grow(fx.answered[:0], len(given)),
	}
	for _, g := range given {
		e.readAnswer(fx, g.q, g.v)
	}
}

// readAnswer adds the effect of answer v to question q.
func (e *Engine) readAnswer(fx *answerEffects, q *Question, v string) {
	if v == Unsure && q.Kind != KindYesNo {
		// typed "I don't know" to an age, duration or choice: asked, no effect
		fx.answered = append(fx.answered, answeredOption{q, Option{Value: Unsure, LabelID: "triage_a_unsure", Unsure: true}})
		return
	}
	o, ok := q.option(v)
	if !ok {
		return
	}
	fx.answered = append(fx.answered, answeredOption{q, o})
	switch q.Kind {
	case KindAgeBand:
		for _, b := range ageBands {
			if b.value == v {
				fx.ageMonths = b.months
			}
		}
	case KindDuration:
		for _, d := range durations {
			if d.value == v {
				fx.durDays = max(fx.durDays, d.days)
			}
		}
	case KindSeverity:
		n := 0
		for _, r := range v {
			n = n*10 + int(r-'0')
		}
		switch {
		case n >= q.severeAt:
			fx.concepts = append(fx.concepts, e.need.severe)
		case n <= 3:
			fx.concepts = append(fx.concepts, e.need.mild)
		}
	case KindChoice:
		switch {
		case q.ID == sexQuestion:
			fx.sex = v
		case q.ID == pregnancyQuestion && v == "not_pregnant":
			fx.pregnant = "no"
		case q.ID == pregnancyQuestion:
			fx.pregnant = "yes"
		}
	}
	if o.Unsure && (o.Escalate != "" || len(o.concepts) > 0) {
		fx.unsure = append(fx.unsure, unsureAnswer{q: q, o: o})
		return
	}
	fx.concepts = append(fx.concepts, o.concepts...)
	if o.Escalate != "" {
		fx.escalate = append(fx.escalate, o.Escalate)
	}
}

// weighUnsure settles the "not sure" answers to red-flag signs: each counts
// as "yes" when that "yes" alone, with everything known for certain, makes
// the decision an emergency (a stiff neck beside a fever), and adds nothing
// otherwise. Two doubts never make an emergency together that neither
// makes alone: a patient not sure whether one calf is swollen and not sure
// of a hospital stay has not described a clot. A doubt whose check
// (unsure_check) was answered "no" counts for nothing, and one whose check
// is still to be asked waits for it: NextQuestion asks the check next.
func (e *Engine) weighUnsure(a *analysis, f Facts, fx answerEffects) answerEffects {
	if len(fx.unsure) == 0 {
		return fx
	}
	var kept []Option
	for _, u := range fx.unsure {
		if e.checkOf(a, fx, u.q) != checkNone {
			continue
		}
		if e.emergencyWith(a, f, fx, u.o) {
			kept = append(kept, u.o)
		}
	}
	out := fx
	out.concepts, out.escalate, out.unsure = slices.Clone(fx.concepts), slices.Clone(fx.escalate), nil
	for _, o := range kept {
		out.concepts = append(out.concepts, o.concepts...)
		if o.Escalate != "" {
			out.escalate = append(out.escalate, o.Escalate)
		}
	}
	return out
}
