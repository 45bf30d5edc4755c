package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/triage"
)

// simulateCase is one input line of "triage simulate": the first message,
// and the truth about the patient, from which every question is answered.
type simulateCase struct {
	triageCase
	Findings map[string]bool `json:"findings"`
}

// simulateResult is one output line: what the patient is finally told,
// and how.
type simulateResult struct {
	ID        json.RawMessage  `json:"id"`
	Urgency   triage.Urgency   `json:"urgency"`
	Specialty string           `json:"specialty"`
	RedFlags  []string         `json:"red_flags"`
	Questions []string         `json:"questions"`
	Findings  map[string]*bool `json:"findings"`
}

// runSimulate plays each case's whole conversation (triage.Walk). The
// patient's age and sex are answers, not facts known beforehand: the
// dialog knows neither until the words or an answer say it.
func runSimulate(ctx context.Context, engine *triage.Engine, missingIsNo bool, stdin io.Reader, stdout, stderr io.Writer) int {
	return eachCase(ctx, stdin, stdout, stderr, func(line string, c triageCase, facts triage.Facts) (any, error) {
		var sim simulateCase
		if err := json.Unmarshal([]byte(line), &sim); err != nil {
			return nil, err
		}
		p := triage.CasePatient{AgeYears: facts.AgeYears, AgeMonths: facts.AgeMonths, Sex: facts.Sex, Findings: sim.Findings, MissingIsNo: missingIsNo}
		w := engine.Walk(*c.Text, triage.Facts{Lang: facts.Lang}, "", p.Answer)
		res := simulateResult{ID: c.ID, Urgency: w.Decision.Urgency, Specialty: w.Decision.Specialty,
			RedFlags: w.Decision.RedFlags, Questions: w.Asked, Findings: map[string]*bool{}}
		if res.RedFlags == nil {
			res.RedFlags = []string{}
		}
		if res.Questions == nil {
			res.Questions = []string{}
		}
		for _, f := range w.Decision.Findings {
			var v *bool
			switch f.State {
			case triage.FindingPresent:
				v = new(true)
			case triage.FindingAbsent:
				v = new(false)
			}
			res.Findings[f.ID] = v
		}
		return res, nil
	})
}

// runFindings lists every finding id with its name in each language.
func runFindings(engine *triage.Engine, stdout, stderr io.Writer) int {
	cat, err := locales.Load()
	if err != nil {
		fmt.Fprintf(stderr, "frontdoor triage: %v\n", err)
		return exitFail
	}
	asked := engine.FindingQuestions()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, f := range engine.Findings() {
		names := map[string]string{}
		for _, lang := range locales.Languages {
			names[lang] = cat.Text(lang, f.LabelID, nil)
		}
		q := asked[f.ID]
		if q == nil {
			q = []string{}
		}
		if err := enc.Encode(struct {
			ID        string            `json:"id"`
			Names     map[string]string `json:"names"`
			Questions []string          `json:"questions"`
		}{f.ID, names, q}); err != nil {
			fmt.Fprintf(stderr, "frontdoor triage: write: %v\n", err)
			return exitFail
		}
	}
	return exitOK
}
