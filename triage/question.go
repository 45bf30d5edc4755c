package triage

import (
	"fmt"
	"slices"
	"strings"
)

// compileFindings reads the findings before the questions that ask them.
func (e *Engine) compileFindings(s *ruleSet) error {
	e.findings = map[string]*finding{}
	for i, f := range s.findings {
		file := s.findingFile[i]
		if !plainIDPattern.MatchString(f.ID) || e.findings[f.ID] != nil {
			return loadError(file, "finding", f.ID, "id missing, malformed or defined twice")
		}
		cs, err := e.conceptList(file, "finding", f.ID, "concepts", f.Concepts)
		if err != nil {
			return err
		}
		if len(cs) == 0 {
			return loadError(file, "finding", f.ID, "needs at least one concept")
		}
		unless, err := e.conceptList(file, "finding", f.ID, "unless", f.Unless)
		if err != nil {
			return err
		}
		deniedBy, err := e.conceptList(file, "finding", f.ID, "denied_with", f.DeniedWith)
		if err != nil {
			return err
		}
		absentWith, err := e.conceptList(file, "finding", f.ID, "absent_with", f.AbsentWith)
		if err != nil {
			return err
		}
		e.findings[f.ID] = &finding{id: f.ID, doc: f.Doc, concepts: cs, unless: unless, deniedBy: deniedBy, absentWith: absentWith}
		e.findingIDs = append(e.findingIDs, f.ID)
	}
	return nil
}

func (e *Engine) compileQuestions(s *ruleSet) error {
	for i, q := range s.questions {
		file := s.questionFile[i]
		if !plainIDPattern.MatchString(q.ID) || e.questions[q.ID] != nil {
			return loadError(file, "question", q.ID, "id missing, malformed or defined twice")
		}
		cq, err := e.buildQuestion(q)
		if err != nil {
			return loadError(file, "question", q.ID, "%v", err)
		}
		e.questions[q.ID] = cq
		e.questionIDs = append(e.questionIDs, q.ID)
	}
	for i, q := range s.questions {
		if q.UnsureCheck == "" {
			continue
		}
		cq, ck := e.questions[q.ID], e.questions[q.UnsureCheck]
		switch {
		case ck == nil:
			return loadError(s.questionFile[i], "question", q.ID, "unsure_check names unknown question %q", q.UnsureCheck)
		case cq.Kind != KindYesNo || len(cq.Findings) != 1:
			return loadError(s.questionFile[i], "question", q.ID, "unsure_check belongs to a yes_no question of one finding")
		case ck == cq || ck.Kind != KindYesNo || ck.Screen || len(ck.Findings) == 0:
			return loadError(s.questionFile[i], "question", q.ID, "unsure_check %q must be another yes_no question with findings, not a screen", q.UnsureCheck)
		case ck.fit != (fit{}):
			// a check that might not fit the patient could leave the
			// doubt waiting for a question never asked
			return loadError(s.questionFile[i], "question", q.ID, "unsure_check %q must fit every patient (no sex, age or pregnancy bounds)", q.UnsureCheck)
		}
		cq.check = ck
	}
	for i, q := range s.questions {
		if len(q.ScreenedBy) == 0 && len(q.ScreenedUnless) == 0 {
			continue
		}
		cq := e.questions[q.ID]
		if !cq.Screen || len(q.ScreenedBy) == 0 {
			return loadError(s.questionFile[i], "question", q.ID, "screened_by belongs to a safety screen, and screened_unless with it")
		}
		for _, g := range q.ScreenedBy {
			var group []*Question
			for _, id := range strings.Split(g, "|") {
				qq := e.questions[strings.TrimSpace(id)]
				if qq == nil || qq.Screen || qq.Kind != KindYesNo {
					return loadError(s.questionFile[i], "question", q.ID, "screened_by names %q, not a yes_no question that is no screen", id)
				}
				group = append(group, qq)
			}
			cq.screenedBy = append(cq.screenedBy, group)
		}
		var err error
		cq.screenedUnless, err = contextOf(q.ScreenedUnless, func(names []string) ([]int32, error) {
			var out []int32
			for _, n := range names {
				c, ok := e.lex.index[n]
				if !ok {
					return nil, fmt.Errorf("unknown concept %q", n)
				}
				out = append(out, c)
			}
			return out, nil
		})
		if err != nil {
			return loadError(s.questionFile[i], "question", q.ID, "screened_unless: %v", err)
		}
	}
	return nil
}

func (e *Engine) buildQuestion(q questionSpec) (*Question, error) {
	cq := &Question{ID: q.ID, Kind: Kind(q.Kind), PromptID: "triage_q_" + q.ID, Screen: q.Screen, severeAt: q.SevereAt,
		fit: fit{sex: q.Sex, minMonths: q.MinMonths, maxMonths: q.MaxMonths, pregnant: q.Pregnant}}
	if cq.severeAt == 0 {
		cq.severeAt = 7
	}
	if q.Sex != "" && q.Sex != "f" && q.Sex != "m" {
		return nil, fmt.Errorf("sex %q: f, m or nothing", q.Sex)
	}
	if q.Pregnant != "" && q.Pregnant != "yes" && q.Pregnant != "no" {
		return nil, fmt.Errorf("pregnant %q: yes, no or nothing", q.Pregnant)
	}
	concepts := func(names []string) ([]int32, error) {
		var out []int32
		for _, n := range names {
			i, ok := e.lex.index[n]
			if !ok {
				return nil, fmt.Errorf("unknown concept %q", n)
			}
			out = append(out, i)
		}
		return out, nil
	}
	var err error
	if cq.needs, err = contextOf(q.Needs, concepts); err != nil {
		return nil, err
	}
	if cq.unless, err = contextOf(q.Unless, concepts); err != nil {
		return nil, err
	}
	switch cq.Kind {
	case KindYesNo:
		yes, err := concepts(q.Concepts)
		if err != nil {
			return nil, err
		}
		for _, id := range q.Findings {
			f := e.findings[id]
			if f == nil {
				return nil, fmt.Errorf("unknown finding %q", id)
			}
			cq.Findings = append(cq.Findings, id)
			if len(q.Findings) > 1 {
				continue
			}
			// "yes" sets the finding's first concept; the others only
			// read it from the words ("short of breath" is not "cannot
			// breathe").
			if c := f.concepts[0]; !slices.Contains(yes, c) {
				yes = append(yes, c)
			}
		}
		if q.Escalate == "" && len(yes) == 0 && !q.Screen {
			return nil, fmt.Errorf("a yes_no question needs a finding, concepts or an escalation")
		}
		cq.Options = []Option{
			{Value: "yes", LabelID: "triage_a_yes", Escalate: q.Escalate, concepts: yes},
			{Value: "no", LabelID: "triage_a_no"},
			// Completed by markDiscriminators once the rules are known.
			{Value: Unsure, LabelID: "triage_a_unsure", Unsure: true},
		}
	case KindAgeBand:
		for _, b := range ageBands {
			cq.Options = append(cq.Options, Option{Value: b.value, LabelID: "triage_a_age_" + b.value})
		}
	case KindDuration:
		for _, d := range durations {
			cq.Options = append(cq.Options, Option{Value: d.value, LabelID: "triage_a_dur_" + d.value})
		}
	case KindSeverity:
		for n := 0; n <= 10; n++ {
			v := fmt.Sprint(n)
			cq.Options = append(cq.Options, Option{Value: v, LabelID: "triage_a_sev_" + v})
		}
	case KindChoice:
		if len(q.Options) < 2 {
			return nil, fmt.Errorf("a choice needs two options or more")
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			if len(o.Value) == 0 || len(o.Value) > 16 || !optionValueChar.MatchString(o.Value) || seen[o.Value] || o.Value == Unsure {
				return nil, fmt.Errorf("option value %q: 1-16 bytes of [a-z0-9_+-], unique, not %q", o.Value, Unsure)
			}
			seen[o.Value] = true
			cs, err := concepts(o.Concepts)
			if err != nil {
				return nil, err
			}
			cq.Options = append(cq.Options, Option{Value: o.Value, LabelID: "triage_a_" + q.ID + "_" + o.Value, Escalate: o.Escalate, concepts: cs})
		}
	default:
		return nil, fmt.Errorf("unknown kind %q (yes_no, age_band, duration, severity, choice)", q.Kind)
	}
	if cq.Kind != KindYesNo && (q.Escalate != "" || len(q.Concepts) > 0 || len(q.Findings) > 0 || q.Screen) {
		return nil, fmt.Errorf("escalate, concepts, finding and screen belong to yes_no questions; a choice sets them per option")
	}
	return cq, nil
}

// markDiscriminators completes every yes/no question's "not sure" once the
// rules are compiled: on a question whose "yes" can make an emergency (it
// escalates to a red flag, or sets a concept a red-flag rule reads), "not
// sure" counts as "yes" for the decision, the safer side, as NHS 111 does.
// Elsewhere it adds nothing.
func (e *Engine) markDiscriminators() {
	redConcepts := map[int32]bool{}
	modifiers := []int32{e.need.severe, e.need.mild, e.need.chronic}
	for _, r := range e.rules {
		if r.urgency != Emergency {
			continue
		}
		for _, cs := range [][]int32{r.all, r.any, r.any2} {
			for _, c := range cs {
				// "severe" and "mild" shade a complaint; alone they reveal nothing
				redConcepts[c] = !slices.Contains(modifiers, c)
			}
		}
	}
	for _, q := range e.questions {
		if q.Kind != KindYesNo {
			continue
		}
		yes := q.Options[0]
		red := strings.HasPrefix(yes.Escalate, "RF-") || slices.ContainsFunc(yes.concepts, func(c int32) bool { return redConcepts[c] })
		// "Not sure" to one finding is that finding, for the rules to
		// weigh with the rest; "not sure" to "A, B or C?" says nothing.
		if red && len(q.Findings) <= 1 {
			q.Options[2].Escalate, q.Options[2].concepts = yes.Escalate, yes.concepts
			q.RedFlag = true
		}
	}
}
