package triage

import "fmt"

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
	}
	return nil
}

func (e *Engine) buildQuestion(q questionSpec) (*Question, error) {
	cq := &Question{ID: q.ID, Kind: Kind(q.Kind), PromptID: "triage_q_" + q.ID, severeAt: q.SevereAt}
	if cq.severeAt == 0 {
		cq.severeAt = 7
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
	switch cq.Kind {
	case KindYesNo:
		yes, err := concepts(q.Concepts)
		if err != nil {
			return nil, err
		}
		cq.Options = []Option{
			{Value: "yes", LabelID: "triage_a_yes", Escalate: q.Escalate, concepts: yes},
			{Value: "no", LabelID: "triage_a_no"},
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
			if len(o.Value) == 0 || len(o.Value) > 16 || !optionValueChar.MatchString(o.Value) || seen[o.Value] {
				return nil, fmt.Errorf("option value %q: 1-16 bytes of [a-z0-9_+-], unique", o.Value)
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
	if cq.Kind != KindYesNo && (q.Escalate != "" || len(q.Concepts) > 0) {
		return nil, fmt.Errorf("escalate and concepts belong to yes_no questions; a choice sets them per option")
	}
	return cq, nil
}
