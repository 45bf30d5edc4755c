package triage_test

import (
	"fmt"

	"github.com/frontdoor-health/frontdoor/triage"
)

func ExampleEngine_Classify() {
	e, err := triage.Load()
	if err != nil {
		panic(err)
	}
	for _, text := range []string{
		"صدري يوجعني وعرقان",
		"my father can't move his left arm",
		"I need a repeat prescription for my blood pressure tablets",
		"ما فيني حرارة بس عندي كحة خفيفة",
	} {
		d := e.Classify(text, triage.Facts{})
		fmt.Println(d.Urgency, d.Specialty, d.RedFlags)
	}
	// Output:
	// emergency emergency_medicine [RF-CHEST-01 RF-CHEST-04]
	// emergency emergency_medicine [RF-STROKE-02]
	// routine general_practice []
	// self_care general_practice []
}

func ExampleEngine_Next() {
	e, err := triage.Load()
	if err != nil {
		panic(err)
	}
	text := "my chest hurts a bit when I cough"
	d := e.Classify(text, triage.Facts{AgeYears: 30})
	q, _ := e.Next(d.Pathway, nil)
	fmt.Println(d.Urgency, d.Pathway, q.ID, q.PromptID)
	for _, o := range q.Options {
		fmt.Printf("  %s %s escalate=%q\n", o.Value, o.LabelID, o.Escalate)
	}
	d = e.Assess(text, triage.Facts{AgeYears: 30}, map[string]string{q.ID: "yes"})
	fmt.Println(d.Urgency, d.RedFlags, d.NeedsMore)
	// Output:
	// urgent chest chest_spread triage_q_chest_spread
	//   yes triage_a_yes escalate="RF-CHEST-01"
	//   no triage_a_no escalate=""
	//   unsure triage_a_unsure escalate=""
	// emergency [RF-CHEST-01] false
}
