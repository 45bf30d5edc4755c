package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/triage"
)

// loadTriage loads the triage rules (serve and the triage commands). A
// variable so that the package's tests, which run these commands dozens
// of times, load the rules once: an Engine is read-only after Load and safe
// for concurrent use, and a load compiles every rules file (a second under
// the race detector).
var loadTriage = triage.Load

const triageUsage = `usage: frontdoor triage classify|simulate < cases.jsonl
       frontdoor triage findings

classify reads JSON Lines from standard input, one case a line:
  {"id": "c1", "lang": "ar", "text": "صدري يوجعني وعرقان", "age": 67, "sex": "m"}
("lang", "age" and "sex" may be absent; other fields are ignored) and writes
one JSON line per case to standard output, the decision from that first
message alone, as the dialog takes it:
  {"id": "c1", "urgency": "emergency", "specialty": "emergency_medicine", "red_flags": ["RF-CHEST-01"], "needs_more": false}
urgency is emergency, urgent, routine or self_care. A malformed line gets an
error line on standard error naming its id (or line number) and the rest go
on. Exit status: 0 when every line parsed, 1 otherwise, 2 for bad usage.

simulate plays each case's whole conversation as the dialog would, the
patient answering every question from the case:
  {"id": "c2", "lang": "en", "text": "my son has had a fever since yesterday", "age": 9, "sex": "m",
   "findings": {"neck_stiffness": true, "non_blanching_rash": false}}
"age" and "sex" are the answers to the age and sex questions (the dialog
does not know them beforehand); a yes/no question is answered "yes" when
one of its findings is true, "no" when all are false, and "not sure"
otherwise (a safety screen "no"). It writes what the patient is finally
told, the questions asked and the findings known at the end (null: not
sure):
  {"id": "c2", "urgency": "emergency", "specialty": "emergency_medicine", "red_flags": ["RF-CHILD-02"],
   "questions": ["age_band", "fever_neck"], "findings": {"fever": true, "neck_stiffness": true}}

findings lists every finding id with its name in each language and the
questions that ask it, one JSON line each.

simulate -missing=no answers "no" for a finding the case does not give,
as a truthful patient would for a sign they do not have: a second figure
beside the strict one, never instead of it.
`

// maxTriageLine is the longest input line read (long messages are legal).
const maxTriageLine = 16 << 20

// triageCase is one input line.
type triageCase struct {
	ID   json.RawMessage `json:"id"`
	Lang string          `json:"lang"`
	Text *string         `json:"text"`
	Age  *float64        `json:"age"`
	Sex  string          `json:"sex"`
}

// triageResult is one output line.
type triageResult struct {
	ID        json.RawMessage `json:"id"`
	Urgency   triage.Urgency  `json:"urgency"`
	Specialty string          `json:"specialty"`
	RedFlags  []string        `json:"red_flags"`
	NeedsMore bool            `json:"needs_more"`
}

// runTriage implements "frontdoor triage classify" and "frontdoor triage
// help". It returns the process exit status.
func runTriage(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		fmt.Fprint(stderr, triageUsage)
		return exitConfig
	case args[0] == "help" || args[0] == "-h" || args[0] == "--help":
		fmt.Fprint(stdout, triageUsage)
		return exitOK
	case args[0] != "classify" && args[0] != "simulate" && args[0] != "findings":
		fmt.Fprintf(stderr, "frontdoor triage: unknown subcommand %q (try \"frontdoor triage help\")\n", args[0])
		return exitConfig
	case len(args) > 2 || (len(args) == 2 && (args[0] != "simulate" || args[1] != "-missing=no")):
		fmt.Fprintf(stderr, "frontdoor triage %s: unexpected argument %q; cases come on standard input\n", args[0], args[len(args)-1])
		return exitConfig
	}
	engine, err := loadTriage()
	if err != nil {
		fmt.Fprintf(stderr, "frontdoor triage: %v\n", err)
		return exitFail
	}
	switch args[0] {
	case "simulate":
		return runSimulate(ctx, engine, len(args) == 2, stdin, stdout, stderr)
	case "findings":
		return runFindings(engine, stdout, stderr)
	}
	return eachCase(ctx, stdin, stdout, stderr, func(line string, c triageCase, facts triage.Facts) (any, error) {
		d := engine.Classify(*c.Text, facts)
		res := triageResult{ID: c.ID, Urgency: d.Urgency, Specialty: d.Specialty, RedFlags: d.RedFlags, NeedsMore: d.NeedsMore}
		if res.RedFlags == nil {
			res.RedFlags = []string{}
		}
		return res, nil
	})
}

// eachCase reads JSON Lines of cases from stdin and writes what handle
// makes of each as one JSON line. A line that does not parse, or that
// handle refuses, gets an error line on stderr naming its id (or line
// number), and the rest go on; the status is then exitFail.
func eachCase(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer,
	handle func(line string, c triageCase, facts triage.Facts) (any, error)) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64<<10), maxTriageLine)
	status := exitOK
	for n := 1; sc.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "frontdoor triage: stopped at line %d: %v\n", n, err)
			return exitFail
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		c, facts, err := parseTriageCase(line)
		var res any
		if err == nil {
			res, err = handle(line, c, facts)
		}
		if err != nil {
			fmt.Fprintf(stderr, "frontdoor triage: %s: %v\n", caseName(n, c.ID), err)
			status = exitFail
			continue
		}
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "frontdoor triage: write: %v\n", err)
			return exitFail
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "frontdoor triage: read input: %v\n", err)
		return exitFail
	}
	return status
}

// parseTriageCase decodes and checks one line. On error the returned case
// still carries the id when the line had one, for the error message.
func parseTriageCase(line string) (triageCase, triage.Facts, error) {
	var c triageCase
	if err := json.Unmarshal([]byte(line), &c); err != nil {
		var partial struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal([]byte(line), &partial) == nil {
			c.ID = partial.ID
		}
		return c, triage.Facts{}, fmt.Errorf("not a JSON object of the expected shape: %w", err)
	}
	var f triage.Facts
	switch {
	case c.Text == nil:
		return c, f, errors.New(`no "text"`)
	case c.Lang != "" && !slices.Contains(locales.Languages, c.Lang):
		return c, f, fmt.Errorf(`"lang" is %q, want one of %s`, c.Lang, strings.Join(locales.Languages, ", "))
	case c.Sex != "" && c.Sex != "f" && c.Sex != "m":
		return c, f, fmt.Errorf(`"sex" is %q, want "f" or "m"`, c.Sex)
	}
	f.Lang, f.Sex = c.Lang, c.Sex
	if c.Age != nil {
		age := *c.Age
		if age < 0 || age > 130 || math.IsNaN(age) {
			return c, f, fmt.Errorf(`"age" is %v, want years from 0 to 130`, age)
		}
		if age < 2 && age != math.Trunc(age) || age > 0 && age < 1 {
			f.AgeMonths = max(1, int(math.Round(age*12))) // 0.5 is six months
		} else {
			f.AgeYears = int(age)
		}
	}
	return c, f, nil
}

func caseName(line int, id json.RawMessage) string {
	if len(id) > 0 && string(id) != "null" {
		return fmt.Sprintf("line %d (id %s)", line, id)
	}
	return fmt.Sprintf("line %d", line)
}
