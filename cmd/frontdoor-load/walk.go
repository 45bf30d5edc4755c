package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// walker walks simulated patients through a Frontdoor in webhook mode.
type walker struct {
	fake    *telegramtest.Server
	hooks   []*telegramtest.Webhook // one per serve process, used in turn
	next    atomic.Uint64
	rec     *recorder
	gate    <-chan time.Time // one tick per update allowed; nil: no limit
	budget  *atomic.Int64    // updates left to send
	rounds  int              // triage rounds per patient
	grace   time.Duration    // wait for stragglers after a turn's last message
	timeout time.Duration    // longest wait for a turn's answer
	help    map[string]string
	think   time.Duration
}

// errBudget ends a walk when the run has sent all its updates.
var errBudget = errors.New("update budget spent")

// complaints are first messages of a triage, mostly calm, a few urgent
// and an occasional emergency, in both languages.
var complaints = map[string][]string{
	"en": {"I have a cold and runny nose", "I need a repeat prescription for my blood pressure pills",
		"headache since yesterday", "my knee hurts when I walk", "I feel dizzy in the heat",
		"shortness of breath", "I have a fever and a cough", "stomach ache after eating",
		"my father can't move his left arm"},
	"ar": {"عندي زكام ورشح", "ابي اجدد وصفة دوا الضغط", "عندي صداع من امس", "ركبتي تؤلمني عند المشي",
		"أشعر بدوخة من الحر", "ضيق في التنفس", "عندي حرارة وكحة", "ألم في بطني بعد الأكل",
		"صدري يوجعني وعرقان"},
}

// patient is one walk in progress.
type patient struct {
	w    *walker
	u    telegramtest.User
	lang string
	read int
	hook *telegramtest.Webhook
}

// walk takes one new patient from /start through onboarding and rounds of
// triage with follow-up questions, back to the menu each time; every
// other round they type two messages at once and check the answers come
// in that order.
func (w *walker) walk(ctx context.Context, id int64, r *rand.Rand) error {
	lang := []string{"ar", "en"}[r.IntN(2)]
	p := &patient{w: w, u: telegramtest.User{ID: id, FirstName: "Load", LanguageCode: lang}, lang: lang,
		hook: w.hooks[w.next.Add(1)%uint64(len(w.hooks))]}
	defer p.finish(ctx)
	msgs, err := p.say(ctx, "/start")
	for _, suffix := range []string{":o:lang:" + lang, ":o:agree"} {
		if err != nil {
			return err
		}
		msgs, err = p.press(ctx, msgs, suffix)
	}
	for round := range w.rounds {
		if err != nil {
			return err
		}
		if _, err = p.press(ctx, msgs, ":o:m:doctor"); err != nil {
			return err
		}
		list := complaints[lang]
		if msgs, err = p.say(ctx, list[r.IntN(len(list))]); err != nil {
			return err
		}
		for range 15 {
			last := lastWithButtons(msgs)
			answers := telegramtest.ButtonsWith(last, ":t:a:")
			if skip := placeSkip(last); skip != "" {
				// Asked once, before the first decision that is not an
				// emergency: pilgrim or resident, then where they stay.
				answers = []string{skip}
			}
			if len(answers) == 0 {
				break
			}
			if msgs, err = p.pressData(ctx, msgs, answers[r.IntN(len(answers))]); err != nil {
				return err
			}
		}
		if msgs, err = p.press(ctx, msgs, ":t:m"); err != nil {
			return err
		}
		if round%2 == 1 {
			msgs, err = p.twoAtOnce(ctx)
		}
	}
	if err == nil {
		w.rec.add(func(r *recorder) { r.walks++ })
	}
	return err
}

// finish counts messages nobody asked for (duplicates) and lets the fake
// forget the chat.
func (p *patient) finish(ctx context.Context) {
	time.Sleep(p.w.grace)
	// A walk cut short by the end of the run leaves answers unread.
	if n := len(p.w.fake.Sent(p.u.ID)) - p.read; n > 0 && ctx.Err() == nil {
		p.w.rec.add(func(r *recorder) { r.extra += int64(n) })
	}
	p.w.fake.Forget(p.u.ID)
}

func (p *patient) say(ctx context.Context, text string) ([]telegramtest.Message, error) {
	return p.turn(ctx, p.w.fake.TextUpdate(p.u, text))
}

// press presses the button ending with suffix on the turn's last message
// that has buttons: a turn may end with a note after its question (the
// offer to share a phone number, whose button is the keyboard's, not the
// message's).
func (p *patient) press(ctx context.Context, msgs []telegramtest.Message, suffix string) ([]telegramtest.Message, error) {
	m := lastWithButtons(msgs)
	data := telegramtest.ButtonData(m, suffix)
	if data == "" {
		p.w.rec.fail("unexpected reply")
		return nil, fmt.Errorf("chat %d: no button %q", p.u.ID, suffix)
	}
	return p.turn(ctx, p.w.fake.CallbackUpdate(p.u, m.ID, data))
}

func (p *patient) pressData(ctx context.Context, msgs []telegramtest.Message, data string) ([]telegramtest.Message, error) {
	return p.turn(ctx, p.w.fake.CallbackUpdate(p.u, lastWithButtons(msgs).ID, data))
}

// placeSkip returns the data of the Skip button of a place question
// (pilgrim or resident, where they stay), or "" when m asks none.
func placeSkip(m telegramtest.Message) string {
	for _, suffix := range []string{":t:v:skipped", ":t:skip"} {
		if data := telegramtest.ButtonData(m, suffix); data != "" {
			return data
		}
	}
	return ""
}

// lastWithButtons returns the last of msgs that has inline buttons, or the
// last message when none has.
func lastWithButtons(msgs []telegramtest.Message) telegramtest.Message {
	for i := len(msgs) - 1; i >= 0; i-- {
		if len(msgs[i].Buttons()) > 0 {
			return msgs[i]
		}
	}
	return msgs[len(msgs)-1]
}

// post sends one update when the rate and the budget allow, and returns
// when it was posted.
func (p *patient) post(ctx context.Context, update map[string]any) (time.Time, int, error) {
	if p.w.budget.Add(-1) < 0 {
		return time.Time{}, 0, errBudget
	}
	if p.w.gate != nil {
		select {
		case <-p.w.gate:
		case <-ctx.Done():
			return time.Time{}, 0, ctx.Err()
		}
	}
	if p.w.think > 0 {
		// Half to one and a half times the think time: patients differ.
		time.Sleep(p.w.think/2 + rand.N(p.w.think))
	}
	update["update_id"] = p.w.fake.NextUpdateID()
	at := time.Now()
	refused, err := p.hook.Deliver(ctx, update)
	if err != nil && ctx.Err() == nil {
		p.w.rec.fail("webhook")
	}
	return at, refused, err
}

// turn posts one update and reads its answer: messages up to one with
// buttons (every turn of Frontdoor ends with a question or a menu).
func (p *patient) turn(ctx context.Context, update map[string]any) ([]telegramtest.Message, error) {
	at, refused, err := p.post(ctx, update)
	if err != nil {
		return nil, err
	}
	msgs, err := p.answer(ctx)
	if err != nil {
		return nil, err
	}
	p.w.rec.update(refused, msgs[0].At.Sub(at), msgs[len(msgs)-1].At.Sub(at))
	return msgs, nil
}

// answer reads one turn's messages.
func (p *patient) answer(ctx context.Context) ([]telegramtest.Message, error) {
	tctx, cancel := context.WithTimeout(ctx, p.w.timeout)
	defer cancel()
	var out []telegramtest.Message
	for {
		ms, err := p.w.fake.NextMessages(tctx, p.u.ID, p.read)
		if err != nil {
			if ctx.Err() == nil {
				p.w.rec.fail("no answer in time")
			}
			return nil, err
		}
		for _, m := range ms {
			p.read++
			out = append(out, m)
			if len(m.Buttons()) > 0 {
				p.stragglers(ctx, &out)
				return out, nil
			}
		}
	}
}

// stragglers takes messages of the same turn that come just after its
// question (an emergency's advice comes in three).
func (p *patient) stragglers(ctx context.Context, out *[]telegramtest.Message) {
	gctx, cancel := context.WithTimeout(ctx, p.w.grace)
	defer cancel()
	if ms, err := p.w.fake.NextMessages(gctx, p.u.ID, p.read); err == nil {
		p.read += len(ms)
		*out = append(*out, ms...)
	}
}

// twoAtOnce types /help and then /menu without waiting, as a hurried
// patient does: the help must come before the menu.
func (p *patient) twoAtOnce(ctx context.Context) ([]telegramtest.Message, error) {
	at1, r1, err := p.post(ctx, p.w.fake.TextUpdate(p.u, "/help"))
	if err != nil {
		return nil, err
	}
	at2, r2, err := p.post(ctx, p.w.fake.TextUpdate(p.u, "/menu"))
	if err != nil {
		return nil, err
	}
	// Each turn ends with a message with buttons: read until two did.
	var all []telegramtest.Message
	split := -1
	for split < 0 || countButtons(all) < 2 {
		ms, err := p.answer(ctx)
		if err != nil {
			return nil, err
		}
		all = append(all, ms...)
		for i, m := range all {
			if len(m.Buttons()) > 0 {
				split = i + 1
				break
			}
		}
	}
	if all[0].Text != p.w.help[p.lang] {
		p.w.rec.add(func(r *recorder) { r.inversions++ })
	}
	first, second := all[:split], all[split:]
	p.w.rec.update(r1, first[0].At.Sub(at1), first[len(first)-1].At.Sub(at1))
	p.w.rec.update(r2, second[0].At.Sub(at2), second[len(second)-1].At.Sub(at2))
	return second, nil
}

func countButtons(ms []telegramtest.Message) int {
	n := 0
	for _, m := range ms {
		if len(m.Buttons()) > 0 {
			n++
		}
	}
	return n
}
