package intake

import (
	"context"
	"errors"
	"strings"

	"github.com/redis/go-redis/v9"
)

// dispatch hands a held shard's entries to the handler until ctx ends or
// the lease is lost: each chat's entries one at a time in stream order, up
// to Lanes chats at once, the chat with the oldest waiting entry first,
// and more entries read as soon as fewer than Batch are in hand. A chat
// that waits (for Telegram's per-chat limit, for a store that is down)
// holds back only its own later entries, never the rest of the shard.
// With Lanes = 1 the shard is handled strictly in stream order.
//
// It returns once every entry it started has been settled or given up;
// entries read and not started stay pending for the next holder.
func (q *Queue) dispatch(ctx context.Context, l lease, h Handler) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []Entry)
	more := make(chan struct{}, 1)
	go q.read(ctx, l, batches, more)

	type waiting struct {
		e   Entry
		seq int64 // arrival order, which is stream order
	}
	type result struct {
		chat, id string
		err      error
	}
	results := make(chan result)
	// Lanes goroutines live as long as the lease, each taking one entry at
	// a time: a goroutine per entry started with a small stack and grew
	// it by copying through the deep dialogs and triage calls every time
	// (5% of serve's CPU under load); a lane keeps its grown stack. The
	// buffer holds one entry per lane, so handing one over never blocks
	// while active < Lanes.
	work := make(chan Entry, q.opt.Lanes)
	defer close(work)
	for range q.opt.Lanes {
		go func() {
			for e := range work {
				results <- result{e.ChatKey, e.ID, q.process(ctx, l, h, e)}
			}
		}()
	}
	queued := map[string][]waiting{} // by chat, oldest first
	running := map[string]bool{}
	held := map[string]bool{} // ids of the entries in hand
	var ready []string        // chats with entries queued and none running
	var seq int64
	inHand, active, stopping := 0, 0, false

	ask := func() {
		if !stopping && inHand < q.opt.Batch {
			select {
			case more <- struct{}{}:
			default:
			}
		}
	}
	start := func() {
		for !stopping && active < q.opt.Lanes && len(ready) > 0 {
			best := 0
			for i, chat := range ready {
				if queued[chat][0].seq < queued[ready[best]][0].seq {
					best = i
				}
			}
			chat := ready[best]
			ready = append(ready[:best], ready[best+1:]...)
			w := queued[chat][0]
			queued[chat] = queued[chat][1:]
			running[chat] = true
			active++
			work <- w.e
		}
	}
	ask()
	for !stopping || active > 0 {
		in := batches
		if stopping {
			in = nil
		}
		select {
		case b, ok := <-in:
			if !ok { // the reader stopped: ctx ended
				stopping = true
				continue
			}
			for _, e := range b {
				if held[e.ID] {
					continue // read again after a read error: already in hand
				}
				held[e.ID] = true
				inHand++
				seq++
				if len(queued[e.ChatKey]) == 0 && !running[e.ChatKey] {
					ready = append(ready, e.ChatKey)
				}
				queued[e.ChatKey] = append(queued[e.ChatKey], waiting{e, seq})
			}
			start()
			ask()
		case r := <-results:
			active--
			inHand--
			delete(running, r.chat)
			delete(held, r.id)
			if r.err != nil {
				if errors.Is(r.err, errLeaseLost) {
					q.log.Warn("intake: shard taken over while handling", "shard", l.shard)
				}
				stopping = true
				cancel()
				continue
			}
			if len(queued[r.chat]) > 0 {
				ready = append(ready, r.chat)
			} else {
				delete(queued, r.chat)
			}
			start()
			ask()
		}
	}
}

// read reads the shard for dispatch, one batch each time it is asked on
// more: first this worker's own pending entries (after a restart, a
// takeover or a failed read), paged by id, then new ones, blocking up to
// Block. Pending entries include those in hand, which dispatch skips. It
// closes out when ctx ends.
func (q *Queue) read(ctx context.Context, l lease, out chan<- []Entry, more <-chan struct{}) {
	defer close(out)
	stream := q.streamKey(l.shard)
	next := "0"
	pause := q.opt.RetryBackoff
	for {
		select {
		case <-more:
		case <-ctx.Done():
			return
		}
		for {
			if ctx.Err() != nil {
				return
			}
			block := q.opt.Block
			if next != ">" {
				block = -1
			}
			res, err := q.reader.XReadGroup(ctx, &redis.XReadGroupArgs{
				Group: group, Consumer: q.worker, Streams: []string{stream, next},
				Count: int64(q.opt.Batch), Block: block,
			}).Result()
			if errors.Is(err, redis.Nil) {
				continue
			}
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				// Redis may have delivered entries whose answer was lost
				// (it died after writing them down, or the connection
				// broke): they are pending for this worker and would never
				// come again from ">". Read the pending entries first.
				next = "0"
				if strings.HasPrefix(err.Error(), "NOGROUP") {
					// Redis lost the group (restarted without persistence).
					q.ensureGroup(ctx, l.shard)
				} else {
					q.log.Warn("intake: read shard", "shard", l.shard, "err", err)
				}
				sleep(ctx, pause)
				pause = min(2*pause, q.opt.MaxBackoff)
				continue
			}
			pause = q.opt.RetryBackoff
			var entries []Entry
			for _, st := range res {
				for _, m := range st.Messages {
					e := entryOf(l.shard, m)
					e.First = next == ">"
					entries = append(entries, e)
				}
			}
			if next != ">" {
				if len(entries) == 0 {
					next = ">" // the backlog is done: new entries from now on
					continue
				}
				next = entries[len(entries)-1].ID
			}
			if len(entries) == 0 {
				continue
			}
			select {
			case out <- entries:
			case <-ctx.Done():
				return
			}
			break
		}
	}
}
