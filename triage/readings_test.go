package triage

import (
	"fmt"
	"slices"
	"testing"
)

// A message read again gives what a fresh reading gives, even after a
// decision wrote to the copy it was handed, and after the message was
// pushed out by others.
func TestReadAgainIsAFreshReading(t *testing.T) {
	e := mustLoad(t)
	const text = "my son has a fever and a cough since yesterday, 38.5"
	fresh := e.lex.analyze(text)
	first := e.read(text)
	for i := range first.pos {
		first.pos[i] = 1 << 30 // as state.set does for a fact
	}
	again := e.read(text)
	if again == first || !slices.Equal(again.pos, fresh.pos) || !slices.Equal(again.present, fresh.present) {
		t.Fatalf("read again: a decision's writes to one copy reached the next")
	}
	if got, want := again.measured(e).tempC, e.readMeasures(fresh).tempC; got != want {
		t.Errorf("temperature read again %v, fresh %v", got, want)
	}
	for i := range keptReadings + 1 {
		e.read(fmt.Sprintf("headache for %d days", i))
	}
	if last := e.read(text); !slices.Equal(last.pos, fresh.pos) || !slices.Equal(last.present, fresh.present) {
		t.Errorf("read after being pushed out differs from a fresh reading")
	}
}
