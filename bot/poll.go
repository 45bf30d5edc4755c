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
			id, key, err := routeKey(raw)
			if err != nil {
				t.log.Error("bot: getUpdates returned something that is not an update")
				continue
			}
			if id < offset {
				continue
			}
			if !t.take(ctx, key, id, raw) {
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
// not be taken in.
func (t *Telegram) take(ctx context.Context, key string, id int64, raw []byte) bool {
	dup, err := t.queue.Append(ctx, key, id, raw)
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
	}
	return true
}
