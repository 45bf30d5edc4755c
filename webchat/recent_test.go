package webchat

import (
	"fmt"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

func TestRecentRemembersABoundedNumber(t *testing.T) {
	c := newRecent(10, time.Hour)
	for i := range 100 {
		c.put(fmt.Sprint(i), []dialogs.Reply{{Text: fmt.Sprint(i)}})
		if n := len(c.cur) + len(c.prev); n > 10 {
			t.Fatalf("holds %d entries after %d puts, want at most 10", n, i+1)
		}
	}
	if r, ok := c.get("99"); !ok || r[0].Text != "99" {
		t.Errorf("latest entry lost: %v %v", r, ok)
	}
	if _, ok := c.get("0"); ok {
		t.Error("oldest entry kept past the bound")
	}
}

func TestRecentForgetsAfterItsTTL(t *testing.T) {
	c := newRecent(10, time.Hour)
	c.put("k", nil)
	c.curStart = c.curStart.Add(-2 * time.Hour) // as if two hours passed
	if _, ok := c.get("k"); ok {
		t.Error("entry kept past the ttl")
	}
}
