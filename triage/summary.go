package triage

import "strings"

// Summary is the case as a clinician reads it; every label is a locales
// message id, so the dashboard renders it in the clinician's language.
type Summary struct {
	Text       string       // the patient's words, verbatim
	Pathway    string       // pathway id
	PathwayID  string       // locales id of the pathway name
	Urgency    Urgency      // the decision's urgency
	UrgencyID  string       // locales id of the urgency name
	AdviceID   string       // locales id of the advice to give (emergency advice takes {{.Emergency}})
	RedFlags   []FlagNote   // emergency rules that fired
	AmberFlags []FlagNote   // urgent rules that fired
	Answers    []AnswerNote // follow-up answers, in pathway order
	Findings   []string     // lexicon concepts found (ids), for review
	Complaints []string     // complaint ids recognised
}

// FlagNote is one rule that fired.
type FlagNote struct {
	Rule   string // rule id, e.g. "RF-CHEST-01"
	NameID string // locales id of its name
}

// AnswerNote is one follow-up answer.
type AnswerNote struct {
	Question string // question id
	PromptID string // locales id of the question
	Value    string // the option value chosen
	LabelID  string // locales id of the chosen option's label
}

// RuleMessageID is the locales message id of a rule's name
// ("RF-CHEST-01" → "triage_rule_rf_chest_01").
func RuleMessageID(rule string) string {
	return "triage_rule_" + strings.ToLower(strings.ReplaceAll(rule, "-", "_"))
}

// PathwayMessageID is the locales message id of a pathway's name.
func PathwayMessageID(pathway string) string { return "triage_pathway_" + pathway }

func (e *Engine) summarize(a *analysis, d Decision, fx answerEffects, text string) Summary {
	sm := Summary{
		Text: text, Pathway: d.Pathway, PathwayID: PathwayMessageID(d.Pathway),
		Urgency: d.Urgency, UrgencyID: d.Urgency.MessageID(), AdviceID: d.Urgency.AdviceMessageID(),
		Answers: fx.notes(), Complaints: d.Complaints,
	}
	for _, r := range d.RedFlags {
		sm.RedFlags = append(sm.RedFlags, FlagNote{Rule: r, NameID: RuleMessageID(r)})
	}
	for _, r := range d.AmberFlags {
		sm.AmberFlags = append(sm.AmberFlags, FlagNote{Rule: r, NameID: RuleMessageID(r)})
	}
	for c, ok := range a.present {
		if ok && !e.lex.concepts[c].helper {
			sm.Findings = append(sm.Findings, e.lex.concepts[c].id)
		}
	}
	return sm
}
