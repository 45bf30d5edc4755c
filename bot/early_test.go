package bot

import (
	"testing"
	"time"
)

func TestEarlyAnswersAreForgottenAfterTheirTime(t *testing.T) {
	var a earlyAnswers
	t0 := time.Unix(1_700_000_000, 0)
	chans := map[int64]chan error{}
	for id := range int64(100) {
		ch := make(chan error, 1)
		chans[id] = ch
		if !a.register(id, ch) {
			t.Fatalf("update %d: registered twice", id)
		}
		if a.register(id, make(chan error, 1)) {
			t.Fatalf("update %d: a second delivery replaced the first's answer", id)
		}
		a.answered(id, ch, t0.Add(time.Duration(id)*time.Second))
	}
	// A worker took update 80's answer: its entry in the list is harmless.
	if ch, ok := a.take(80); !ok || ch != chans[80] {
		t.Fatal("update 80's answer not found")
	}
	// At t0+100s, the answers of updates 0..39 are over a minute old.
	ch := make(chan error, 1)
	a.register(100, ch)
	a.answered(100, ch, t0.Add(100*time.Second))
	for id := range int64(101) {
		_, ok := a.byUpdate.Load(id)
		want := id >= 40 && id != 80
		if ok != want {
			t.Errorf("update %d kept: %v, want %v", id, ok, want)
		}
	}
	if n := len(a.order) - a.head; n != 61 {
		t.Errorf("%d answers in the list, want the 61 of the last minute", n)
	}
	if a.head > len(a.order)/2 {
		t.Errorf("the list's forgotten front (%d of %d) was not reused", a.head, len(a.order))
	}
}

// BenchmarkEarlyAnswer is one press's early answer as the webhook and the
// worker use it: registered, answered, taken.
func BenchmarkEarlyAnswer(b *testing.B) {
	var a earlyAnswers
	b.ReportAllocs()
	id := int64(0)
	for b.Loop() {
		id++
		ch := make(chan error, 1)
		a.register(id, ch)
		ch <- nil
		a.answered(id, ch, time.Now())
		if got, ok := a.take(id); ok {
			<-got
		}
	}
}
