package triage

import (
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
)

// TestEveryMessageExists checks that every locales id the rules and
// decisions name exists in Arabic and English, so the dialog and the
// dashboard never show a raw id.
func TestEveryMessageExists(t *testing.T) {
	e := mustLoad(t)
	cat, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, u := range []Urgency{Emergency, Urgent, Routine, SelfCare} {
		ids = append(ids, u.MessageID(), u.AdviceMessageID())
	}
	for _, p := range e.Pathways() {
		ids = append(ids, PathwayMessageID(p))
	}
	for _, q := range e.questions {
		ids = append(ids, q.PromptID)
		for _, o := range q.Options {
			ids = append(ids, o.LabelID)
		}
	}
	for _, r := range e.rules {
		ids = append(ids, RuleMessageID(r.id))
	}
	for _, f := range e.Findings() {
		ids = append(ids, f.LabelID)
	}
	for _, lang := range locales.Languages {
		for _, id := range ids {
			if !cat.Has(lang, id) {
				t.Errorf("%s: message %q missing", lang, id)
			}
		}
	}
	for _, lang := range locales.Languages {
		for _, u := range []Urgency{Emergency, Urgent, Routine, SelfCare} {
			got := cat.Text(lang, u.AdviceMessageID(), map[string]any{"Emergency": "997"})
			if !strings.Contains(got, "997") {
				t.Errorf("%s %s advice does not show the emergency number: %q", lang, u, got)
			}
		}
	}
}
