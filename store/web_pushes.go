package store

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/stream"
)

// Messages pushed to a web chat outside a reply (a clinician writing, the
// case claimed or closed) wait in a short Redis stream per conversation
// until the patient's page reads them: a page that was closed or lost its
// connection gets them when it comes back (by the last id it saw), for a
// day. A PUBLISH on one channel wakes the processes holding open pages at
// once; they read the stream, so a lost wake-up only delays a message to
// the readers' next periodic look.

// Bounds of a conversation's pushes: how many are kept, and how long an
// idle conversation's are.
const (
	webPushKept = 200
	webPushTTL  = 24 * time.Hour
)

func (r *Redis) webPushKey(conv string) string { return r.prefix + "chat:push:" + conv }
func (r *Redis) webPushChannel() string        { return r.prefix + "chat:push" }

// PushWeb appends payload to web conversation conv's pushes and wakes the
// processes that hold its pages; it returns the push's id ("<ms>-<seq>"),
// which grows with every push. payload is what the page receives: it may
// hold message text and is kept only in Redis, for a day.
func (r *Redis) PushWeb(ctx context.Context, conv string, payload []byte) (string, error) {
	key := r.webPushKey(conv)
	pipe := r.client.TxPipeline()
	add := pipe.XAdd(ctx, &redis.XAddArgs{Stream: key, MaxLen: webPushKept, Approx: true, Values: []any{"p", payload}})
	pipe.Expire(ctx, key, webPushTTL)
	pipe.Publish(ctx, r.webPushChannel(), conv)
	if _, err := pipe.Exec(ctx); err != nil {
		return "", fmt.Errorf("store: push to web conversation: %w", err)
	}
	return add.Val(), nil
}

// WebPushesAfter returns conv's pushes after id (use "0-0" for every push
// kept), oldest first, at most limit.
func (r *Redis) WebPushesAfter(ctx context.Context, conv, after string, limit int) ([]stream.Entry, error) {
	msgs, err := r.client.XRangeN(ctx, r.webPushKey(conv), "("+after, "+", int64(limit)).Result()
	if err != nil {
		return nil, fmt.Errorf("store: web pushes after %s: %w", after, err)
	}
	out := make([]stream.Entry, 0, len(msgs))
	for _, m := range msgs {
		raw, _ := m.Values["p"].(string)
		out = append(out, stream.Entry{ID: m.ID, Payload: []byte(raw)})
	}
	return out, nil
}

// LastWebPushID returns the id of conv's newest push, or "0-0" when it has
// none: a page that starts reading after it gets only what comes next.
func (r *Redis) LastWebPushID(ctx context.Context, conv string) (string, error) {
	msgs, err := r.client.XRevRangeN(ctx, r.webPushKey(conv), "+", "-", 1).Result()
	if err != nil {
		return "", fmt.Errorf("store: last web push: %w", err)
	}
	if len(msgs) == 0 {
		return "0-0", nil
	}
	return msgs[0].ID, nil
}

// WebPushWakeups subscribes to the wake-ups of every web conversation and
// returns a channel of the conversation ids pushed to, closed when ctx
// ends. The subscription reconnects by itself after a Redis outage; what
// was pushed meanwhile is in the streams. One subscription serves a whole
// process: it holds one connection.
func (r *Redis) WebPushWakeups(ctx context.Context) (<-chan string, error) {
	ps := r.client.Subscribe(ctx, r.webPushChannel())
	if _, err := ps.Receive(ctx); err != nil {
		_ = ps.Close()
		return nil, fmt.Errorf("store: subscribe to web pushes: %w", err)
	}
	out := make(chan string, 256)
	msgs := ps.Channel()
	go func() {
		defer close(out)
		defer ps.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case m, ok := <-msgs:
				if !ok {
					return
				}
				select {
				case out <- m.Payload:
				default: // a slow reader: its pages look again soon anyway
				}
			}
		}
	}()
	return out, nil
}

// EraseConversation forgets the web conversation's pushed messages (the
// patient asked to erase their data); see dialogs.ConversationEraser. A
// Telegram conversation keeps nothing here.
func (r *Redis) EraseConversation(ctx context.Context, key dialogs.ConversationKey) error {
	if key.Channel != dialogs.ChannelWeb {
		return nil
	}
	if err := r.client.Del(ctx, r.webPushKey(key.ID)).Err(); err != nil {
		return fmt.Errorf("store: erase web conversation: %w", err)
	}
	return nil
}
