package triage

import "testing"

// TestAnOperationYearsAgoIsNoClotRisk: an operation, a hospital stay or a
// birth told as a year or more back is history, not the recent one that
// makes a swollen calf RF-DVT-01 (NICE NG158: the Wells score counts
// surgery within 12 weeks); the calf is still seen today (UR-DVT-01). One
// told weeks or months back, or with no date, stays RF-DVT-01.
func TestAnOperationYearsAgoIsNoClotRisk(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 52, Sex: "f"}
	for _, text := range []string{
		"had an operation 10 years ago, now my calf is swollen and sore",
		"I had knee surgery 2 years ago. my left calf is swollen and red",
		"had a c section last year. now one calf swollen and hot",
		"سويت عمليه قبل سنتين والحين بطة رجلي منتفخه",
		"عملت عمليه قبل خمس سنين ودلوقتي سمانة رجلي وارمه",
	} {
		if d := e.Classify(text, f); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent (a swollen calf, the operation long past)", text, d.Urgency, d.RedFlags)
		}
	}
	classifiedAs(t, e, true, f,
		"had an operation 2 months ago, now my calf is swollen and sore",
		"my calf is swollen, I had my op 2 weeks ago",
		"سويت عمليه قبل شهرين والحين بطة رجلي منتفخه",
		"one leg swollen and painful after my knee replacement",
		"had a c section 3 weeks ago and my right calf is swollen and hot",
	)
}
