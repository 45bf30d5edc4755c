package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	tgbot "github.com/go-telegram/bot"
)

// poll is the long-polling intake. The offset it sends moves past an update
// only once Append has taken it in (or found it a duplicate), so an update
// is confirmed to Telegram only when it is in Redis: a crash or a Redis
// outage makes Telegram send the unconfirmed updates again.
func (t *Telegram) poll(ctx context.Context) error {
	err := t.startupCall(ctx, "deleteWebhook", func(ctx context.Context) error {
		_, err := t.api.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{})
		return err
	})
	if err != nil || ctx.Err() != nil {
		return err
	}
	var offset int64
	var pause time.Duration
	backoff := func() {
		pause = min(max(2*pause, 100*time.Millisecond), 5*time.Second)
		sleepCtx(ctx, pause)
	}
	for ctx.Err() == nil {
		updates, err := t.getUpdates(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			var apiErr *APIError
			if errors.As(err, &apiErr) {
				switch {
				case apiErr.Code == http.StatusUnauthorized:
					return fmt.Errorf("bot: Telegram refused the token: %w", err)
				case apiErr.RetryAfter > 0:
					t.log.Warn("bot: getUpdates asked to slow down", "retry_after", apiErr.RetryAfter)
					sleepCtx(ctx, apiErr.RetryAfter)
					continue
				case apiErr.Code == http.StatusConflict:
					// Another process polls, or a webhook is set: wait for it.
					t.log.Warn("bot: getUpdates conflict: another poller or a webhook is active")
					sleepCtx(ctx, 5*time.Second)
					continue
				}
			}
			t.log.Warn("bot: getUpdates failed", "err", err)
			backoff()
			continue
		}
		pause = 0
		for _, raw := range updates {
			id, key, callbackID, err := routeKey(raw)
			if err != nil {
				t.log.Error("bot: getUpdates returned something that is not an update")
				continue
			}
			if id < offset {
				continue
			}
			if !t.take(ctx, key, id, callbackID, raw) {
				// Not taken in: ask again from this update on.
				backoff()
				break
			}
			offset = id + 1
		}
	}
	return nil
}

// take appends one update to the intake, counting it; false when it could
// not be taken in. A button press taken in is answered at once (see
// answerEarly).
func (t *Telegram) take(ctx context.Context, key string, id int64, callbackID string, raw []byte) bool {
	var early chan error
	if callbackID != "" {
		// Registered before the append: the worker may take the update
		// before Append has even returned, and must find the answer.
		// A second delivery of the same update finds the first's entry.
		ch := make(chan error, 1)
		if t.early.register(id, ch) {
			early = ch
		}
	}
	dup, err := t.queue.Append(ctx, key, id, raw)
	if err != nil || dup {
		if early != nil {
			t.early.drop(id, early)
		}
	}
	if err != nil {
		if ctx.Err() == nil {
			t.log.ErrorContext(ctx, "bot: cannot take update in", "update_id", id, "err", err)
		}
		return false
	}
	if dup {
		t.cfg.Metrics.UpdatesDuplicate.WithLabelValues("telegram").Inc()
	} else {
		t.cfg.Metrics.UpdatesReceived.WithLabelValues("telegram").Inc()
		if early != nil {
			t.answerEarly(id, callbackID, early)
		}
	}
	return true
}

// answerEarly stops the spinner of a pressed button as soon as the press
// is taken in, not when the chat's earlier updates are done: a patient who
// taps twice sees both taps answered at once, though the second waits its
// turn (and, being a double tap, changes nothing). answerCallbackQuery is
// not counted against the chat's budget. The worker that handles the
// update waits for this answer instead of sending its own; a worker in
// another process answers again, which Telegram refuses harmlessly.
func (t *Telegram) answerEarly(updateID int64, callbackID string, done chan error) {
	go func() {
		done <- t.answerCallback(t.bg, callbackID)
		// Forgotten after a while if no worker here asked for it.
		t.early.answered(updateID, done, time.Now())
	}()
}

// answered reports whether this process answered an update's callback
// query early, with the outcome.
func (t *Telegram) answered(ctx context.Context, updateID int64) (bool, error) {
	done, ok := t.early.take(updateID)
	if !ok {
		return false, nil
	}
	select {
	case err := <-done:
		return true, err
	case <-ctx.Done():
		return true, ctx.Err()
	}
}
