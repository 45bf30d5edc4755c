package bot

import (
	"math"
	"sync"
	"time"
)

// chatBookFor is how long what this process booked in a chat's schedule
// is taken as the whole truth. Whether an answer of several replies is
// joined (coalesce) and whether a mark may go (tidy) depend on the chat's
// free turns; asking Redis each time was a round trip in every second
// update. The process that answers a chat is the one that holds its
// shard, so while it keeps talking to the chat it has booked nearly all
// of the chat's turns; a reminder or a clinician's message sent by
// another process meanwhile is not seen, and can only make an answer go
// unjoined and its end come up to a turn later. Never a 429: every call
// still takes its turn in Redis (turnScript).
const chatBookFor = 10 * time.Second

// chatBookMax bounds the chats remembered; older entries are swept.
const chatBookMax = 50_000

// chatBook remembers, per private chat, how far ahead its schedule was
// booked when this process last took one of its turns. Safe for
// concurrent use.
type chatBook struct {
	mu    sync.Mutex
	chats map[int64]chatBooked
}

type chatBooked struct {
	ahead time.Duration // the chat's schedule, booked this far past at
	at    time.Time
}

// booked records that chatID's schedule is booked ahead past now.
func (b *chatBook) booked(chatID int64, ahead time.Duration, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.chats == nil {
		b.chats = map[int64]chatBooked{}
	}
	if len(b.chats) >= chatBookMax {
		for id, c := range b.chats {
			if now.Sub(c.at) > chatBookFor {
				delete(b.chats, id)
			}
		}
		if len(b.chats) >= chatBookMax {
			b.chats = map[int64]chatBooked{}
		}
	}
	b.chats[chatID] = chatBooked{ahead: ahead, at: now}
}

// forget drops chatID: its schedule changed in a way the book cannot follow.
func (b *chatBook) forget(chatID int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.chats, chatID)
}

// turns returns how many calls chatID may make now (as turnsScript
// counts them), and false when the book has not known it for chatBookFor.
func (b *chatBook) turns(chatID int64, interval time.Duration, burst int, now time.Time) (int, bool) {
	b.mu.Lock()
	c, ok := b.chats[chatID]
	b.mu.Unlock()
	if !ok || now.Sub(c.at) > chatBookFor {
		return 0, false
	}
	ahead := max(0, c.ahead-now.Sub(c.at))
	return int(math.Floor(float64(burst) - float64(ahead)/float64(interval))), true
}
