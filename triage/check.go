package triage

import "slices"

// A check (unsure_check) follows "not sure" to a red-flag sign that is
// hard for a lay person to judge with one that is easy to tell: its "no"
// clears the doubt, its "yes" or "not sure" leaves it counted as "yes".

// unsureAnswer is a "not sure" to a red-flag sign, with its question.
type unsureAnswer struct {
	q *Question
	o Option
}

// Where a "not sure" stands with its question's check (unsure_check).
const (
	checkNone    = iota // no check: the doubt is weighed as it is
	checkCleared        // the check's "no" (or the words deny it): the doubt counts for nothing
	checkPending        // the check is still to be asked: the doubt waits for it
)

// checkOf is where a "not sure" to q stands with q's check: answered, or
// settled by the words ("not short of breath"), or still to be asked.
func (e *Engine) checkOf(a *analysis, fx answerEffects, q *Question) int {
	ck := q.check
	if ck == nil {
		return checkNone
	}
	if o, ok := fx.option(ck.ID); ok {
		if o.Value == "no" {
			return checkCleared
		}
		return checkNone
	}
	switch e.wordsAnswer(a, ck) {
	case FindingAbsent:
		return checkCleared
	case FindingPresent:
		return checkNone
	}
	return checkPending
}

// wordsAnswer is what the words already say of a yes/no question's
// findings: FindingPresent when one is read, FindingAbsent when every one
// is denied, "" otherwise.
func (e *Engine) wordsAnswer(a *analysis, q *Question) string {
	denied := len(q.Findings) > 0
	for _, id := range q.Findings {
		f := e.findings[id]
		switch e.textFinding(a, f) {
		case FindingPresent:
			return FindingPresent
		case "":
			denied = false
		}
	}
	if denied {
		return FindingAbsent
	}
	return ""
}

// emergencyWith reports whether the doubt o, counted as "yes" with the
// answers fx, makes the decision an emergency that a complaint family in
// play covers for this patient (coverage.go): a "not sure" to fast
// breathing beside a young adult's water infection is no sepsis the
// tables list, and stays a doubt.
func (e *Engine) emergencyWith(a *analysis, f Facts, fx answerEffects, o Option) bool {
	try := fx
	try.concepts = append(slices.Clone(fx.concepts), o.concepts...)
	try.escalate = slices.Clone(fx.escalate)
	if o.Escalate != "" {
		try.escalate = append(try.escalate, o.Escalate)
	}
	try.unsure = nil
	d := e.decideState(e.newState(a, f, try), a, try, "", false)
	if d.Urgency != Emergency {
		return false
	}
	sure := fx
	sure.unsure = nil
	s := e.newState(a, f, sure)
	d0 := e.decideState(s, a, sure, "", false)
	if d0.Urgency == Emergency {
		return true
	}
	who := e.personOf(s, sure)
	return e.doubtCovered(d.RedFlags, e.families(d0, s.present, who, ""), who)
}

// pendingCheck is the check (unsure_check) of a "not sure" that would
// make the decision an emergency and waits for it, asked before anything
// else: the patient not sure whether the breathing is fast is asked at
// once whether breathing is difficult.
func (c *conversation) pendingCheck() *Question {
	for _, u := range c.raw.unsure {
		if c.e.checkOf(c.a, c.raw, u.q) != checkPending {
			continue
		}
		if c.e.emergencyWith(c.a, c.f, c.raw, u.o) {
			return u.q.check
		}
	}
	return nil
}
