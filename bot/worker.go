package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// Message ids this package renders (besides dialogs' replies).
const (
	msgApology     = "error_generic"
	msgSlower      = "slower_than_usual"
	msgPrivateOnly = "telegram_private_only"
)

// doneTTL is how long what was sent for an update is remembered: as long
// as the update itself can come back.
const doneTTL = intake.DefaultDedupeTTL

// Handle handles one queued update (it implements intake.Handler; the
// queue calls it for one chat's updates one at a time, in order). It
// answers a callback query first, whatever it carries; passes private-chat
// input to dialogs; marks the pressed button's message with its label and
// drops its keyboard; and sends the replies. Steps already done for this
// update (after a crash) are skipped. A panic in dialogs is answered with
// an apology and the update is done; a store or Telegram outage is retried
// later (intake.ErrRetryLater); other dialogs errors count as attempts.
func (t *Telegram) Handle(ctx context.Context, e intake.Entry) error {
	u, err := decodeUpdate(e.Payload)
	if err != nil {
		t.log.Error("bot: undecodable update dropped", "update_id", e.UpdateID, "err_type", fmt.Sprintf("%T", err))
		t.cfg.Metrics.UpdatesFailed.WithLabelValues("telegram", "decode").Inc()
		return nil
	}
	ev := t.toEvent(&u, e.Appended)
	done, err := t.loadDone(ctx, e)
	if err != nil {
		return err
	}
	if ev.cq != nil {
		// Before anything else, so the spinner stops even if dialogs
		// fails; usually it was answered when the press was taken in.
		early, err := t.answered(ctx, e.UpdateID)
		if !early || err != nil {
			err = t.once(ctx, e.UpdateID, done, []string{"answer"}, true, func() error { return t.answerCallback(ctx, ev.cq.ID) })
		}
		if err != nil {
			t.log.Info("bot: callback query not answered", "update_id", e.UpdateID, "err", err)
		}
	}
	switch {
	case ev.kind == kindGroup:
		t.askForPrivateChat(ctx, ev)
		return t.processed(e)
	case ev.kind == kindIgnored || ev.forged:
		return t.processed(e)
	case ev.kind == kindBlocked || ev.kind == kindUnblocked:
		if t.cfg.OnBlocked != nil {
			t.unblocked.forget(ev.chatID)
			if err := t.cfg.OnBlocked(ctx, ev.chatID, ev.kind == kindBlocked); err != nil {
				if transient(err) {
					return fmt.Errorf("bot: update %d: %w: %w", e.UpdateID, intake.ErrRetryLater, err)
				}
				return fmt.Errorf("bot: update %d: record a blocked bot: %w", e.UpdateID, err)
			}
		}
		return t.processed(e)
	case ev.chatID > 0 && t.cfg.OnBlocked != nil && t.unblocked.stale(ev.chatID):
		// Whoever writes has not blocked the bot, even if the update that
		// said they unblocked it was missed. Best effort: dialogs will
		// meet any outage itself. Once per chat every few minutes, not on
		// every update: a PostgreSQL round trip each time was the largest
		// part of an update's cost there.
		if err := t.cfg.OnBlocked(ctx, ev.chatID, false); err != nil {
			t.log.Debug("bot: cannot clear a blocked mark", "update_id", e.UpdateID, "err", err)
		} else {
			t.unblocked.mark(ev.chatID)
		}
	}

	if ev.chatID > 0 {
		t.tidy.touch(ev.chatID)
	}
	replies, err := t.dialog(ctx, e, ev)
	if err != nil {
		var p panicError
		if errors.As(err, &p) {
			t.log.Error("bot: conversation panicked", "update_id", e.UpdateID, "kind", ev.kind, "panic_type", p.typ)
			t.cfg.Metrics.UpdatesFailed.WithLabelValues("telegram", "panic").Inc()
			t.once(ctx, e.UpdateID, done, []string{"apology"}, true, func() error { return t.apologise(ctx, ev.chatID, ev.lang) })
			return nil
		}
		t.cfg.Metrics.UpdatesFailed.WithLabelValues("telegram", "error").Inc()
		if transient(err) {
			t.once(ctx, e.UpdateID, done, []string{"slow"}, true, func() error { return t.say(ctx, ev.chatID, ev.lang, msgSlower) })
			return fmt.Errorf("bot: update %d: %w: %w", e.UpdateID, intake.ErrRetryLater, err)
		}
		return fmt.Errorf("bot: update %d: %w", e.UpdateID, err)
	}
	t.cfg.Metrics.HandleSeconds.WithLabelValues("telegram").Observe(time.Since(e.Appended).Seconds())

	isDone := func(i int) bool { _, ok := done["r"+strconv.Itoa(i)]; return ok }
	turns := 1 << 20
	if len(replies) > 1 && ev.chatID > 0 {
		// Joined only when written apart they would keep the patient
		// waiting (coalesce.go).
		interval := time.Second / time.Duration(t.limits.PerChat)
		turns = t.turns(ctx, ev.chatID) + int(coalesceAfter/interval)
	}
	groups := coalesce(replies, isDone, turns)
	for k, g := range groups {
		i, r := g.from, g.reply
		steps := make([]string, 0, g.to-g.from+1)
		for j := g.from; j <= g.to; j++ {
			steps = append(steps, "r"+strconv.Itoa(j))
		}
		// The last message is not recorded: the entry's acknowledgement
		// follows it at once and says the whole update is done. A crash
		// between the two sends it again, as a crash between a send and
		// its record would; the record was one round trip per update.
		record := k < len(groups)-1
		err := t.once(ctx, e.UpdateID, done, steps, record, func() error {
			_, err := t.Send(ctx, ev.chatID, r, Interactive)
			return err
		})
		switch {
		case errors.Is(err, ErrBlocked):
			return t.processed(e) // nobody to talk to
		case errors.Is(err, ErrUnavailable), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
			return fmt.Errorf("bot: update %d: %w: %w", e.UpdateID, intake.ErrRetryLater, err)
		case err != nil:
			// Telegram refused this message (400): retrying will not help,
			// and the following replies still matter.
			t.log.Error("bot: reply refused", "update_id", e.UpdateID, "reply", i, "err", err)
		}
	}
	if ev.cq != nil && len(replies) > 0 {
		// The next question went first; the pressed message is marked
		// from the chat's spare budget (see tidy.go). A press answered
		// with nothing (a double tap) leaves the message as it is.
		if label, ok := pressedLabel(ev.cq); ok {
			m := ev.cq.Message.Message
			t.tidy.add(ev.chatID, m.ID, chosenText(m.Text, label))
		}
	}
	return t.processed(e)
}

// OnParked apologises to the patient whose update failed for good.
func (t *Telegram) OnParked(ctx context.Context, e intake.Entry, cause error) {
	t.cfg.Metrics.UpdatesFailed.WithLabelValues("telegram", "parked").Inc()
	t.log.Error("bot: update parked after repeated failures", "update_id", e.UpdateID, "err_type", fmt.Sprintf("%T", errors.Unwrap(cause)))
	u, err := decodeUpdate(e.Payload)
	if err != nil {
		return
	}
	ev := toEvent(&u, e.Appended)
	// A block or unblock has no conversation to apologise in.
	if ev.chatID > 0 && !ev.forged && ev.kind != kindGroup && ev.kind != kindBlocked && ev.kind != kindUnblocked {
		if err := t.apologise(ctx, ev.chatID, ev.lang); err != nil {
			t.log.Warn("bot: apology after parking not sent", "update_id", e.UpdateID, "err", err)
		}
	}
}

func (t *Telegram) processed(e intake.Entry) error {
	t.cfg.Metrics.UpdatesProcessed.WithLabelValues("telegram").Inc()
	return nil
}

type panicError struct{ typ string }

func (p panicError) Error() string { return "bot: conversation panicked (" + p.typ + ")" }

// dialog calls the handler with a panic turned into a panicError. The
// panic's value is never logged: it may hold what the patient wrote.
func (t *Telegram) dialog(ctx context.Context, e intake.Entry, ev event) (replies []dialogs.Reply, err error) {
	defer func() {
		if r := recover(); r != nil {
			replies, err = nil, panicError{typ: fmt.Sprintf("%T", r)}
		}
	}()
	return t.cfg.Handler.Handle(ctx, ev.in)
}

// transient reports whether err looks like an outage (network, timeout)
// rather than something wrong with this update.
func transient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.Is(err, redis.ErrPoolTimeout) || errors.Is(err, ErrUnavailable)
}

// chosenText is the pressed message's new text: its question, then the
// chosen label, so an elderly patient sees what they chose.
func chosenText(question, label string) string {
	s := question + "\n\n✓ " + label
	if question == "" || len([]rune(s)) > MaxTextLen {
		return "✓ " + label
	}
	return s
}

// askForPrivateChat answers a group once a day: Frontdoor talks to
// patients only in private.
func (t *Telegram) askForPrivateChat(ctx context.Context, ev event) {
	key := t.cfg.Prefix + ":group:" + strconv.FormatInt(ev.chatID, 10)
	first, err := t.cfg.Redis.SetNX(ctx, key, 1, 24*time.Hour).Result()
	if err != nil || !first {
		return
	}
	if err := t.say(ctx, ev.chatID, ev.lang, msgPrivateOnly); err != nil {
		t.log.Warn("bot: group not answered", "err", err)
	}
}

func (t *Telegram) apologise(ctx context.Context, chatID int64, hint string) error {
	return t.say(ctx, chatID, hint, msgApology)
}

// say sends one of this package's own messages in the language hinted
// (English when the hint is neither Arabic nor English).
func (t *Telegram) say(ctx context.Context, chatID int64, hint, id string) error {
	lang := locales.Lang(hint)
	if lang == "" {
		lang = dialogs.LangEnglish
	}
	text := t.cfg.Text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, t.cfg.EmergencyNumber)})
	_, err := t.Send(ctx, chatID, dialogs.Reply{Lang: lang, Text: text}, Interactive)
	return err
}

func (t *Telegram) doneKey(updateID int64) string {
	return t.cfg.Prefix + ":done:" + strconv.FormatInt(updateID, 10)
}

// loadDone returns the steps already done for an update. On its first run
// (intake.Entry.First) nothing can have been done, so Redis is not asked.
func (t *Telegram) loadDone(ctx context.Context, e intake.Entry) (map[string]string, error) {
	updateID := e.UpdateID
	if e.First {
		return map[string]string{}, nil
	}
	done, err := t.cfg.Redis.HGetAll(ctx, t.doneKey(updateID)).Result()
	if err != nil {
		return nil, fmt.Errorf("bot: load sent steps of update %d: %w: %w", updateID, intake.ErrRetryLater, err)
	}
	return done, nil
}

// once runs f, which does steps, unless done has the first of them, and
// when f succeeded marks them done, in Redis too when record is set. A
// lost record only means the steps may run again after a crash.
func (t *Telegram) once(ctx context.Context, updateID int64, done map[string]string, steps []string, record bool, f func() error) error {
	if _, ok := done[steps[0]]; ok {
		return nil
	}
	if err := f(); err != nil {
		return err
	}
	fields := make([]any, 0, 2*len(steps))
	for _, s := range steps {
		done[s] = "1"
		fields = append(fields, s, 1)
	}
	if !record {
		return nil
	}
	key := t.doneKey(updateID)
	pipe := t.cfg.Redis.TxPipeline()
	pipe.HSet(ctx, key, fields...)
	pipe.Expire(ctx, key, doneTTL)
	if _, err := pipe.Exec(ctx); err != nil {
		t.log.Warn("bot: cannot record a sent step", "update_id", updateID, "err", err)
	}
	return nil
}
