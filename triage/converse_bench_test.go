package triage

import (
	"maps"
	"testing"
)

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

// BenchmarkStepTurns is one turn of the triage dialog as it runs: Step on
// the words and the answers so far, as they stand before each question
// of the evaluation messages' conversations (in every language the set
// has). As in the dialog, the age and sex are not known beforehand: the
// patient gives them when asked, answers "no" to every yes/no question
// and the first option otherwise. Each op is one turn, so ns/op and
// allocs/op are what a tap costs in triage's look-ahead.
func BenchmarkStepTurns(b *testing.B) {
	e := mustLoad(b)
	type turn struct {
		text    string
		f       Facts
		answers map[string]string
	}
	var turns []turn
	for _, c := range readEval(b, "testdata/eval.jsonl") {
		f := Facts{Lang: c.Lang}
		answer := func(q Question) string {
			switch {
			case q.ID == ageQuestion && AgeBand(c.Age, 0) != "":
				return AgeBand(c.Age, 0)
			case q.ID == sexQuestion && c.Sex != "":
				return c.Sex
			case q.Kind == KindYesNo:
				return "no"
			}
			return q.Options[0].Value
		}
		w := e.Walk(c.Text, f, "", answer)
		// replay the walk's answers in the order asked, with the words'
		// own answers (Prefill) filled in before each turn as Walk does
		answers := map[string]string{}
		for _, id := range append(w.Asked, "") {
			e.PrefillInto(answers, c.Text, f, e.Classify(c.Text, f).Pathway)
			turns = append(turns, turn{c.Text, f, maps.Clone(answers)})
			if id != "" {
				answers[id] = w.Answers[id]
			}
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t := turns[i%len(turns)]
		i++
		e.Step(t.text, t.f, "", t.answers)
	}
}
