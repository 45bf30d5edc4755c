package main

import (
	"context"
	"io"
	"testing"
	"time"
)

// TestBaselineAnswers drives the bare bot for a moment: its patients get
// answers.
func TestBaselineAnswers(t *testing.T) {
	o := options{patients: 3, duration: 2 * time.Second, secret: "load_test_secret"}
	b, err := driveBare(context.Background(), o, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if b.Actions < 10 || b.Errors != 0 {
		t.Errorf("baseline %+v, want actions and no errors", b)
	}
}
