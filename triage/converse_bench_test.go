package triage

import "testing"

// BenchmarkNextQuestion is one turn of the conversation: the next
// question for a child with a fever after two answers.
func BenchmarkNextQuestion(b *testing.B) {
	e := mustLoad(b)
	answers := map[string]string{"age_band": "5to15y", "child_neck": "no"}
	for b.Loop() {
		e.NextQuestion("my son has a fever and a cough since yesterday", Facts{Lang: "en"}, "", answers)
	}
}
