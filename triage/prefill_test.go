package triage

import (
	"maps"
	"testing"
)

func TestPrefill(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name    string
		text    string
		facts   Facts
		pathway string
		want    map[string]string
	}{
		// yes/no
		{"en fever and duration", "I have had a cough and fever for 3 days", Facts{}, "breathing",
			map[string]string{"breath_fever": "yes", "duration": "days"}},
		{"ar fever and duration", "عندي كحة وحرارة من ٣ أيام", Facts{}, "breathing",
			map[string]string{"breath_fever": "yes", "duration": "days"}},
		{"en negated fever says no", "cough but no fever", Facts{}, "breathing",
			map[string]string{"breath_fever": "no"}},
		{"ar negated fever says no", "عندي كحة ما فيني حرارة", Facts{}, "breathing",
			map[string]string{"breath_fever": "no"}},
		{"absent fever is no answer", "I have a cough", Facts{}, "breathing", map[string]string{}},
		{"normal temperature is not yes", "cough, temperature 36.8", Facts{}, "breathing", map[string]string{}},
		{"fever pathway breathless", "fever and short of breath since yesterday", Facts{}, "fever",
			map[string]string{"fever_breath": "yes", "travel_fever": "yes", "duration": "days"}},
		{"unknown pathway", "fever for 3 days", Facts{}, "no_such", map[string]string{}},
		// durations
		{"en since yesterday", "cough since yesterday", Facts{}, "breathing", map[string]string{"duration": "days"}},
		{"ar since yesterday", "كحة من امبارح", Facts{}, "breathing", map[string]string{"duration": "days"}},
		{"en two weeks", "cough for two weeks", Facts{}, "breathing", map[string]string{"duration": "weeks"}},
		{"ar a week", "كحة من أسبوع", Facts{}, "breathing", map[string]string{"duration": "week"}},
		{"ar two months", "كحة شهرين", Facts{}, "breathing", map[string]string{"duration": "months"}},
		{"en hours", "cough for 5 hours", Facts{}, "breathing", map[string]string{"duration": "hours"}},
		{"en since this morning", "cough since this morning", Facts{}, "breathing", map[string]string{"duration": "hours"}},
		{"yesterday without since", "I took a pill yesterday for my cough", Facts{}, "breathing", map[string]string{}},
		{"ambiguous durations", "cough for 2 weeks and a headache for 3 hours", Facts{}, "breathing", map[string]string{}},
		{"history date is not a duration", "I had a stroke 2 years ago and now I cough", Facts{}, "breathing", map[string]string{}},
		// ages
		{"en I am 67", "I am 67 and I have a cough", Facts{}, "breathing", map[string]string{"age_band": "65plus"}},
		{"en I'm 30", "I'm 30, cough", Facts{}, "breathing", map[string]string{"age_band": "16to39y"}},
		{"en my son is 4", "my son is 4 and has a cough", Facts{}, "breathing", map[string]string{"age_band": "1to4y"}},
		{"en mum's 78", "Mum's 78 and has a cough", Facts{}, "breathing", map[string]string{"age_band": "65plus"}},
		{"en she's 4", "she's 4 and has a cough", Facts{}, "breathing", map[string]string{"age_band": "1to4y"}},
		{"en baby months", "my baby is 5 months and has a cough", Facts{}, "breathing", map[string]string{"age_band": "3to11m"}},
		{"ar my age", "عمري ٦٧ سنة وعندي كحة", Facts{}, "breathing", map[string]string{"age_band": "65plus"}},
		{"ar my son", "ابني عمره ٤ وعنده كحة", Facts{}, "breathing", map[string]string{"age_band": "1to4y"}},
		{"facts win", "I am 67 with a cough", Facts{AgeYears: 30}, "breathing", map[string]string{"age_band": "16to39y"}},
		{"ambiguous self and child", "I am 30 and my son has a cough", Facts{}, "breathing", map[string]string{}},
		{"ambiguous two ages", "my son is 4 and my daughter is 9, both cough", Facts{}, "breathing", map[string]string{}},
		{"fever is not an age", "my fever is 39 and I cough", Facts{}, "breathing", map[string]string{"breath_fever": "yes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := e.Prefill(tc.text, tc.facts, tc.pathway); !maps.Equal(got, tc.want) {
				t.Errorf("Prefill(%q, %s) = %v, want %v", tc.text, tc.pathway, got, tc.want)
			}
		})
	}
}

// TestPrefillNeverSuppresses runs Prefill on every rule example and the
// eval set: a screening question is never answered "no" from the words, and
// Assess with the prefilled answers is never less urgent, nor ends without
// an emergency that the words alone give.
func TestPrefillNeverSuppresses(t *testing.T) {
	e := mustLoad(t)
	var texts []string
	for _, r := range e.rules {
		ex := r.spec.Examples
		for _, g := range [][]string{ex.En, ex.Gulf, ex.Egyptian, ex.Levantine, ex.Maghrebi, ex.MSA, ex.Negated} {
			texts = append(texts, g...)
		}
	}
	for _, c := range readEval(t, "testdata/eval.jsonl") {
		texts = append(texts, c.Text)
	}
	prefilled := 0
	for _, text := range texts {
		d := e.Classify(text, Facts{})
		for _, p := range e.Pathways() {
			got := e.Prefill(text, Facts{}, p)
			prefilled += len(got)
			for id, v := range got {
				q, _ := e.Question(id)
				if _, ok := q.option(v); !ok {
					t.Fatalf("Prefill(%q, %s): %s=%s is not an option", text, p, id, v)
				}
				yes, _ := q.option("yes")
				if v == "no" && yes.Escalate != "" {
					t.Errorf("Prefill(%q, %s): screening question %s answered no", text, p, id)
				}
			}
			if p != d.Pathway {
				continue
			}
			after := e.Assess(text, Facts{}, got)
			if after.Urgency.Rank() < d.Urgency.Rank() {
				t.Errorf("%q: urgency %s with prefill %v, %s without", text, after.Urgency, got, d.Urgency)
			}
		}
	}
	if prefilled == 0 {
		t.Fatalf("no answers prefilled from %d texts", len(texts))
	}
	t.Logf("%d texts, %d answers prefilled", len(texts), prefilled)
}
