package webchat

import (
	"sync"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// The answered-inputs memory: enough for every retry a flaky phone makes
// within minutes, bounded so it cannot grow without limit.
const (
	recentSize = 20000
	recentTTL  = 10 * time.Minute
)

// recent remembers the replies to recently answered inputs, so a retried
// POST in this process is answered again without calling the Handler.
//
// It is an optimisation, not the guarantee: a retry that lands on another
// process reaches the Handler, whose own idempotency (Session.LastInputID)
// gives the same replies and no second effect.
//
// Two generations of maps: puts go to cur; when cur is full or old it
// becomes prev and the old prev is dropped, so an entry lives between
// ttl/2 and ttl and at most max entries are held. Safe for concurrent use.
type recent struct {
	mu       sync.Mutex
	max, per int
	ttl      time.Duration
	cur      map[string][]dialogs.Reply
	prev     map[string][]dialogs.Reply
	curStart time.Time
}

func newRecent(max int, ttl time.Duration) *recent {
	return &recent{max: max, per: max / 2, ttl: ttl, cur: map[string][]dialogs.Reply{}, curStart: time.Now()}
}

func recentKey(conversation, inputID string) string { return conversation + "\x00" + inputID }

func (c *recent) get(key string) ([]dialogs.Reply, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rotate()
	if r, ok := c.cur[key]; ok {
		return r, true
	}
	r, ok := c.prev[key]
	return r, ok
}

func (c *recent) put(key string, replies []dialogs.Reply) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rotate()
	if len(c.cur) >= c.per {
		c.shift()
	}
	c.cur[key] = replies
}

// rotate drops generations that have outlived the ttl. Callers hold mu.
func (c *recent) rotate() {
	age := time.Since(c.curStart)
	switch {
	case age >= c.ttl:
		c.prev, c.cur, c.curStart = nil, map[string][]dialogs.Reply{}, time.Now()
	case age >= c.ttl/2:
		c.shift()
	}
}

func (c *recent) shift() {
	c.prev, c.cur, c.curStart = c.cur, map[string][]dialogs.Reply{}, time.Now()
}
