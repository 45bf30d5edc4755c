package triage

import (
	"slices"
	"strings"
)

// finding is one clinical fact with a stable id: read from the words
// through its concepts, or set by the answer to the question that asks it.
type finding struct {
	id       string
	doc      string
	concepts []int32
	unless   []int32 // read, the words say nothing of the finding
	deniedBy []int32 // denied, the words deny the finding too (denied_with)
	// read, the words say the finding is not there (absent_with)
	absentWith []int32
}

// Finding is one finding the rules know, for listing ("frontdoor triage
// findings") and for the clinician's view.
type Finding struct {
	ID      string
	Doc     string // English, for the docs
	LabelID string // locales id of its name for clinicians ("triage_f_<id>")
}

// The states of a finding.
const (
	FindingPresent = "present"
	FindingAbsent  = "absent"
	FindingUnknown = "unknown" // the patient was asked and was not sure
)

// The sources of a finding.
const (
	FromText   = "text"   // the patient's own words
	FromAnswer = "answer" // an answer to a question
)

// FindingState is what the conversation knows of one finding.
type FindingState struct {
	ID      string
	LabelID string
	State   string // FindingPresent, FindingAbsent or FindingUnknown
	Source  string // FromText or FromAnswer
}

// FindingMessageID is the locales id of a finding's name for clinicians.
func FindingMessageID(id string) string { return "triage_f_" + id }

// Findings lists every finding in the rules' order.
func (e *Engine) Findings() []Finding {
	out := make([]Finding, 0, len(e.findingIDs))
	for _, id := range e.findingIDs {
		out = append(out, Finding{ID: id, Doc: e.findings[id].doc, LabelID: FindingMessageID(id)})
	}
	return out
}

// FindingQuestions maps each finding to the questions that ask it.
func (e *Engine) FindingQuestions() map[string][]string {
	out := map[string][]string{}
	for _, id := range e.questionIDs {
		for _, f := range e.questions[id].Findings {
			out[f] = append(out[f], id)
		}
	}
	return out
}

// findingStates says, for every finding known one way or the other, its
// state and source. The answer to a question about that finding alone wins;
// then the words (present, or absent when every mention is denied: "no
// stiff neck"); then a "no" to a question of several ("is there A, B or
// C?"), whose "yes" says one of them without saying which.
func (e *Engine) findingStates(s *state, fx answerEffects) []FindingState {
	var out []FindingState
	for _, id := range e.findingIDs {
		st := FindingState{ID: id, LabelID: FindingMessageID(id)}
		single, bundleNo, unsure := "", false, false
		for _, a := range fx.answered {
			q, o := a.q, a.o
			if !slices.Contains(q.Findings, id) {
				continue
			}
			switch {
			case o.Unsure:
				unsure = true
			case len(q.Findings) == 1:
				single = o.Value
			case o.Value == "no":
				bundleNo = true
			}
		}
		switch {
		case single == "yes":
			st.State, st.Source = FindingPresent, FromAnswer
		case single == "no":
			st.State, st.Source = FindingAbsent, FromAnswer
		default:
			st.State = e.textFinding(s.a, e.findings[id])
			if st.State == FindingPresent && e.offInState(s, e.findings[id]) {
				// the words said it, but not of this patient (notVaginal)
				st.State = ""
			}
			st.Source = FromText
			switch {
			case st.State != "":
			case unsure:
				st.State, st.Source = FindingUnknown, FromAnswer
			case bundleNo:
				st.State, st.Source = FindingAbsent, FromAnswer
			}
		}
		if st.State != "" {
			out = append(out, st)
		}
	}
	return out
}

// textFinding is what the words say of f: present when any of its
// concepts is read, absent when every one is mentioned and denied or when
// the words say it is not there.
func (e *Engine) textFinding(a *analysis, f *finding) string {
	for _, c := range f.unless {
		if e.said(a, c) {
			return ""
		}
	}
	denied := true
	for _, c := range f.concepts {
		if e.said(a, c) {
			return FindingPresent
		}
		denied = denied && e.explicitlyNegated(a, c)
	}
	if denied {
		return FindingAbsent
	}
	for _, c := range f.absentWith {
		if e.said(a, c) {
			return FindingAbsent
		}
	}
	for _, c := range f.deniedBy {
		if !e.said(a, c) && e.explicitlyNegated(a, c) {
			return FindingAbsent
		}
	}
	return ""
}

// offInState reports whether every concept of f the words say is switched
// off in the state: spotting read of a boy (notVaginal) is no finding of
// his.
func (e *Engine) offInState(s *state, f *finding) bool {
	for _, c := range f.concepts {
		if e.said(s.a, c) && s.present[c] {
			return false
		}
	}
	return true
}

// sexOf is the patient's sex: from Facts, else the sex question's answer,
// else the words when they say it one way only ("25M", "my mother",
// "ولدي", "انا حامل").
func (e *Engine) sexOf(s *state, f Facts, fx answerEffects) string {
	switch strings.ToLower(f.Sex) {
	case "f", "m":
		return strings.ToLower(f.Sex)
	}
	if fx.sex != "" {
		return fx.sex
	}
	for i, t := range s.a.toks {
		if _, sex, ok := ageSexCode(t.text); ok && clauseStart(s.a, i) {
			return sex
		}
	}
	fem, male := s.has(e.need.female), s.has(e.need.male)
	switch {
	case s.has(e.need.pregnancyWord) || (fem && !male):
		return "f"
	case s.has(e.need.postpartum) && !male:
		// "gave birth 5 days ago, headache": the mother; a baby told as
		// "he" after the birth is the patient, and male
		return "f"
	case male && !fem:
		return "m"
	}
	return ""
}

// singleFinding is the one finding a yes/no question asks about, or nil.
func (e *Engine) singleFinding(q *Question) *finding {
	if len(q.Findings) != 1 {
		return nil
	}
	return e.findings[q.Findings[0]]
}

// readConcepts are the concepts whose words answer q "yes".
func (e *Engine) readConcepts(q *Question) []int32 {
	return q.Options[0].concepts
}

// said reports whether the words say concept c now, as decide reads them:
// "temperature 37.8" is no fever.
func (e *Engine) said(a *analysis, c int32) bool {
	if !a.present[c] {
		return false
	}
	if c == e.need.fever {
		if a.measured(e).belowFever() || e.feverIsWeather(a) {
			return false
		}
	}
	return true
}

// Subject says whom the questions are about: "he" or "she" when the words
// are about someone else whose sex is known ("my mother", "ولدي"), else ""
// (the patient, or someone of unknown sex). The dialog asks a question in
// the third person where the catalog has that form (PromptID + "_he").
func (e *Engine) Subject(text string, f Facts, answers map[string]string) string {
	a := e.read(text)
	if !a.present[e.need.otherPerson] {
		return ""
	}
	s := e.newState(a, f, e.readAnswers(answers, nil))
	switch s.sex {
	case "f":
		return "she"
	case "m":
		return "he"
	}
	return ""
}
