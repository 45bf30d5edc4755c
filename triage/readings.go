package triage

import (
	"slices"
	"sync"
)

// keptReadings is how many recent messages' analyses an Engine keeps:
// enough for every conversation a busy process is taking a turn in at
// once.
const keptReadings = 64

// readings keeps the analyses of the last few messages read. A tap in the
// triage dialog reads the same words three times (Prefill, Assess and
// NextQuestion), and reading them is most of what Classify costs.
type readings struct {
	mu    sync.Mutex
	kept  [keptReadings]reading
	slots map[string]int // text → its slot in kept
	next  int            // the slot the next new reading replaces
}

type reading struct {
	text string
	a    *analysis // never handed out: read copies it
}

// read is the analysis of text, from the readings kept when the same words
// were read lately. Each caller gets its own copy of what a decision
// writes to (the positions of the facts it sets), so the result is the
// same as a fresh analysis's. Safe for concurrent use.
func (e *Engine) read(text string) *analysis {
	r := &e.readings
	r.mu.Lock()
	if i, ok := r.slots[text]; ok {
		a := r.kept[i].a
		r.mu.Unlock()
		return a.private()
	}
	r.mu.Unlock()
	a := e.lex.analyze(text)
	a.measured(e) // read before it is shared, never by two at once
	e.ageIsNoStage(a)
	r.mu.Lock()
	if _, ok := r.slots[text]; !ok { // read by another meanwhile
		if r.slots == nil {
			r.slots = make(map[string]int, keptReadings)
		}
		if old := r.kept[r.next]; old.a != nil {
			delete(r.slots, old.text)
		}
		r.kept[r.next] = reading{text: text, a: a}
		r.slots[text] = r.next
		r.next = (r.next + 1) % keptReadings
	}
	r.mu.Unlock()
	return a.private()
}

// private is a copy of a kept analysis that a decision may write to:
// state.set marks the facts it sets in pos. The rest is only read after
// analyze, and is shared.
func (a *analysis) private() *analysis {
	c := *a
	c.pos = slices.Clone(a.pos)
	return &c
}

// ageIsNoStage switches off a pregnancy's stage told by a count of weeks
// or months («٥ شهور», "5 shohor", "6 weeks") where the count was read as
// a baby's or a child's age: «ابني ٥ شهور عنده حرارة», "bnti 3 chhar fiha
// s5ana" are a baby's months, not the fifth month of a pregnancy. A
// pregnancy read from the count itself ("shes 30 weeks", she_is) goes with
// it: "she is 30 weeks old" is a baby.
func (e *Engine) ageIsNoStage(a *analysis) {
	m := a.nums
	if m == nil || len(m.agedAt) == 0 {
		return
	}
	changed := false
	stages := append(e.need.pregnancyStages[:len(e.need.pregnancyStages):len(e.need.pregnancyStages)], e.need.pregnancyWord)
	for _, c := range stages {
		a.each(c, func(j int32) {
			o := &a.occs[j]
			for _, t := range m.agedAt {
				if o.start <= t && t <= o.end && !o.off {
					o.off, changed = true, true
				}
			}
		})
	}
	if !changed {
		return
	}
	for _, c := range stages {
		first := int32(-1)
		a.each(c, func(j int32) {
			if o := a.occs[j]; !o.off && !o.ended && (first < 0 || o.start < first) {
				first = o.start
			}
		})
		// present again from its first occurrence still on (the one
		// switched off may have been the first)
		a.present[c] = first >= 0
		if first >= 0 {
			a.pos[c] = first
		}
	}
}
