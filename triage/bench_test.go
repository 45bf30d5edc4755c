package triage

import (
	"testing"
)

// BenchmarkClassify classifies the evaluation messages in turn and reports
// classifications per second and allocations per classification
// (go test -bench . -benchmem ./triage/).
func BenchmarkClassify(b *testing.B) {
	e := mustLoad(b)
	cases := readEval(b, "testdata/eval.jsonl")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := cases[i%len(cases)]
		e.Classify(c.Text, Facts{AgeYears: c.Age, Sex: c.Sex})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "classifications/s")
}

func BenchmarkClassifyLong(b *testing.B) {
	e := mustLoad(b)
	msg := ""
	for len(msg) < 5000 {
		msg += "my chest hurts and I feel dizzy, وصدري يوجعني من امس. "
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Classify(msg, Facts{})
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Normalize("أَلَمٌ شديد في الصدر منذ ساعة، واااجع مرررره — I can't breathe")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
