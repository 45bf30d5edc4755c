package bot

import (
	"sync"
	"time"
)

// earlyTTL is how long an early answer waits for a worker of this process
// to ask for it (see answerEarly); a worker elsewhere never does.
const earlyTTL = time.Minute

// earlyAnswers holds the answers to callback queries sent on intake, by
// update id, for the worker to wait on, and forgets those no worker here
// asked for once earlyTTL has passed. They are forgotten in the order they
// were answered, from a list kept in that order, each time another answer
// is added: a timer per answer (time.AfterFunc) kept a minute of presses'
// timers alive, tens of thousands at saturation, and the runtime's timer
// upkeep took 4% of serve's CPU. Safe for concurrent use.
type earlyAnswers struct {
	byUpdate sync.Map // update id -> chan error

	mu    sync.Mutex
	order []earlyAnswer // oldest first, from head
	head  int
}

type earlyAnswer struct {
	updateID int64
	done     chan error
	at       time.Time
}

// register makes done the channel of updateID's early answer; false when
// the update already has one (a second delivery).
func (a *earlyAnswers) register(updateID int64, done chan error) bool {
	_, loaded := a.byUpdate.LoadOrStore(updateID, done)
	return !loaded
}

// drop forgets updateID's early answer if it is still done.
func (a *earlyAnswers) drop(updateID int64, done chan error) {
	a.byUpdate.CompareAndDelete(updateID, done)
}

// take returns updateID's early answer and forgets it.
func (a *earlyAnswers) take(updateID int64) (chan error, bool) {
	v, ok := a.byUpdate.LoadAndDelete(updateID)
	if !ok {
		return nil, false
	}
	return v.(chan error), true
}

// answered notes that updateID's answer was sent at now, and forgets the
// answers older than earlyTTL that no worker asked for.
func (a *earlyAnswers) answered(updateID int64, done chan error, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.order = append(a.order, earlyAnswer{updateID, done, now})
	for a.head < len(a.order) && now.Sub(a.order[a.head].at) > earlyTTL {
		old := a.order[a.head]
		a.drop(old.updateID, old.done)
		a.order[a.head] = earlyAnswer{}
		a.head++
	}
	// Reuse the list's front once half of it is forgotten.
	if a.head > len(a.order)/2 {
		a.order = a.order[:copy(a.order, a.order[a.head:])]
		a.head = 0
	}
}
