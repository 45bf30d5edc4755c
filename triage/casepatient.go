package triage

// CasePatient answers the questions as a written case says: the truth
// about the patient from which "frontdoor triage simulate" and the dialog
// tests answer every question.
type CasePatient struct {
	AgeYears, AgeMonths int
	Sex                 string
	Findings            map[string]bool
	// MissingIsNo answers "no" for a finding the case does not give, where
	// otherwise it is "not sure" (the safer reading a patient who does not
	// know gives).
	MissingIsNo bool
}

// Answer is a yes/no question's "yes" when any finding it asks about is
// true, "no" when every one is false; a safety screen "no" unless one of
// its signs is true (a patient knows whether they are bleeding heavily
// now); otherwise "not sure". The age, sex and pregnancy come from the
// case; severity from severe_pain.
func (p CasePatient) Answer(q Question) string {
	switch q.Kind {
	case KindYesNo:
		known, all := false, true
		for _, f := range q.Findings {
			v, ok := p.Findings[f]
			if ok && v {
				return "yes"
			}
			known = known || ok
			all = all && ok
		}
		if (all && known) || q.Screen || p.MissingIsNo {
			return "no"
		}
		return Unsure
	case KindAgeBand:
		if band := AgeBand(p.AgeYears, p.AgeMonths); band != "" {
			return band
		}
	case KindChoice:
		switch {
		case q.ID == "sex" && p.Sex != "":
			return p.Sex
		case q.ID == "preg_weeks":
			if v, ok := p.Findings["pregnant"]; ok && !v {
				return "not_pregnant"
			}
		}
	case KindSeverity:
		if v, ok := p.Findings["severe_pain"]; ok {
			if v {
				return "8"
			}
			return "4"
		}
	}
	return Unsure
}
