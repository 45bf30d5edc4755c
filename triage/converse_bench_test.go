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

// BenchmarkWalk plays whole conversations over the evaluation messages,
// as the triage dialog does one tap at a time (Prefill, NextQuestion,
// and Assess at the end), with a patient who answers "no" to every yes/no
// question and the first option otherwise. It reports the time per
// question asked, which is what a tap costs the dialogs engine in
// triage.
func BenchmarkWalk(b *testing.B) {
	e := mustLoad(b)
	cases := readEval(b, "testdata/eval.jsonl")
	answer := func(q Question) string {
		if q.Kind == KindYesNo {
			return "no"
		}
		return q.Options[0].Value
	}
	b.ReportAllocs()
	asked, i := 0, 0
	for b.Loop() {
		c := cases[i%len(cases)]
		i++
		w := e.Walk(c.Text, Facts{AgeYears: c.Age, Sex: c.Sex}, "", answer)
		asked += len(w.Asked) + 1 // the last NextQuestion finds none
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(asked), "ns/question")
}
