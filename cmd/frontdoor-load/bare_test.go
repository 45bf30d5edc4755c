package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
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

// TestBaselineApartAnswers drives the bare bot in a process of its own:
// the test binary, started with bareBotEnv set, serves it (TestMain).
func TestBaselineApartAnswers(t *testing.T) {
	o := options{patients: 3, duration: 2 * time.Second, secret: "load_test_secret", baselineApart: true}
	b, err := driveBare(context.Background(), o, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if b.Actions < 10 || b.Errors != 0 {
		t.Errorf("baseline %+v, want actions and no errors", b)
	}
}

// TestMain serves the bare bot when the test binary is started as its
// process (-baseline-apart runs os.Executable, here the test binary).
func TestMain(m *testing.M) {
	if addr := os.Getenv(bareBotEnv); addr != "" {
		ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
		defer stop()
		if err := serveBare(ctx, addr); err != nil {
			os.Exit(1)
		}
		return
	}
	os.Exit(m.Run())
}
