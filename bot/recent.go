package bot

import (
	"sync"
	"time"
)

// recentTTL is how long a chat's blocked mark, once cleared, is taken to
// stay clear. A patient who blocks the bot meanwhile cannot write to it
// until they unblock it, and Telegram tells of both (my_chat_member), so
// the mark is set and cleared then whatever this remembers.
const recentTTL = 10 * time.Minute

// recentSet remembers chats for recentTTL, in this process. It is bounded:
// entries are swept as it grows. Safe for concurrent use.
type recentSet struct {
	mu    sync.Mutex
	at    map[int64]time.Time
	swept time.Time
}

// stale reports whether chatID was not marked within recentTTL.
func (r *recentSet) stale(chatID int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	at, ok := r.at[chatID]
	return !ok || time.Since(at) > recentTTL
}

func (r *recentSet) mark(chatID int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Now()
	if r.at == nil {
		r.at = map[int64]time.Time{}
	}
	r.at[chatID] = now
	if now.Sub(r.swept) > recentTTL {
		for id, at := range r.at {
			if now.Sub(at) > recentTTL {
				delete(r.at, id)
			}
		}
		r.swept = now
	}
}

// forget drops chatID, so the next update clears its mark again.
func (r *recentSet) forget(chatID int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.at, chatID)
}
