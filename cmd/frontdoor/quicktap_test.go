package main

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/store"
)

// TestQuickTappersWithinTelegramLimits drives patients who tap once a
// second through onboarding, a booking (with its triage questions), then
// "Talk to a doctor now", triage and a consult, against a fake Bot API
// that enforces Telegram's flood limits as Telegram does (one call a
// second per chat with a burst of three, thirty a second for the bot,
// edits and documents counted like messages). Telegram must never answer
// 429. In the consult each patient types five lines within two seconds,
// which must all reach the case's thread.
//
// It logs how long after each tap the first message of the answer came,
// and how long after being typed each consult line was in the thread
// (figures for docs/BENCHMARKS.md; the test does not judge them).
func TestQuickTappersWithinTelegramLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("a minute of patients tapping once a second")
	}
	c := newClinic(t, clinicOptions{telegramLimits: true})
	doc := c.client(t)
	c.form(t, doc, "/dashboard/login", url.Values{"username": {"dr.khalid"}, "password": {store.DemoPassword}})

	users := []telegramtest.User{
		{ID: 8101, FirstName: "Tom", LanguageCode: "en"},
		{ID: 8102, FirstName: "سالم", LanguageCode: "ar"},
		{ID: 8103, FirstName: "Ann", LanguageCode: "en"},
		{ID: 8104, FirstName: "منى", LanguageCode: "ar"},
	}
	tappers := make([]*tapper, len(users))
	var wg sync.WaitGroup
	for i, u := range users {
		tappers[i] = &tapper{t: t, c: c, u: u}
		wg.Go(func() { tappers[i].toQueue() })
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	for _, p := range tappers {
		p.caseID = caseOf(t, c, fmt.Sprintf("telegram:%d/", p.u.ID))
		c.form(t, doc, fmt.Sprintf("/dashboard/cases/%d/claim", p.caseID), nil)
	}
	for _, p := range tappers {
		wg.Go(func() { p.relay() })
	}
	wg.Wait()

	if testing.Verbose() {
		for _, m := range c.fake.Sent(8101) {
			r := []rune(m.Text)
			t.Logf("%s %d %q %d buttons", m.At.Format("05.000"), m.ID, string(r[:min(len(r), 50)]), len(m.Buttons()))
		}
	}
	var taps, relays []time.Duration
	for _, p := range tappers {
		taps = append(taps, p.latency...)
		relays = append(relays, p.relayed...)
	}
	if testing.Verbose() {
		for _, call := range c.fake.Calls() {
			if call.Status == 429 {
				chat := call.Params["chat_id"]
				for _, d := range c.fake.Calls() {
					if d.Params["chat_id"] == chat && d.At.Before(call.At.Add(time.Second)) {
						t.Logf("chat %s %s %s %d", chat, d.At.Format("05.000"), d.Method, d.Status)
					}
				}
			}
		}
	}
	counts := c.fake.Counts()
	refused := 0
	for method, byStatus := range counts {
		if n := byStatus[429]; n > 0 {
			t.Errorf("%s: %d answers of 429", method, n)
			refused += n
		}
	}
	t.Logf("%d patients, %d taps: first message of the answer p50 %v, p95 %v, max %v; 429s %d; calls %v",
		len(tappers), len(taps), pct(taps, 50), pct(taps, 95), pct(taps, 100), refused, counts)
	t.Logf("consult lines in the thread after: p50 %v, p95 %v, max %v (%d lines)",
		pct(relays, 50), pct(relays, 95), pct(relays, 100), len(relays))
}

// tapper is one patient tapping once a second.
type tapper struct {
	t       *testing.T
	c       *wiredClinic
	u       telegramtest.User
	seen    int       // messages read
	last    time.Time // when the last update was pushed
	caseID  int64
	latency []time.Duration // tap → first message of its answer
	relayed []time.Duration // consult line typed → in the thread
}

var (
	problem = map[string]map[string]string{
		"book":   {"en": "I need a repeat prescription for my blood pressure pills", "ar": "ابي اجدد وصفة دوا الضغط"},
		"doctor": {"en": "heat exhaustion", "ar": "إجهاد حراري"},
	}
	calmAnswer = regexp.MustCompile(`:t:a:(no|40to64y|days|3)$`)
	anyAnswer  = regexp.MustCompile(`:t:a:`)
)

// act waits until a second after the last update, then pushes one.
func (p *tapper) act(push func()) {
	if wait := time.Until(p.last.Add(time.Second)); wait > 0 {
		time.Sleep(wait)
	}
	p.last = time.Now()
	if testing.Verbose() && p.u.ID == 8101 {
		p.t.Logf("%s push", p.last.Format("05.000"))
	}
	push()
}

func (p *tapper) say(text string) { p.act(func() { p.c.fake.PushText(p.u, text) }) }

func (p *tapper) press(m telegramtest.Message, data string) {
	p.act(func() { p.c.fake.PushCallback(p.u, m.ID, data) })
}

// answer reads the answer to the last update: every message until one
// whose buttons match one of want (returned with the data matched), or,
// when want is empty, until the first message.
func (p *tapper) answer(want ...*regexp.Regexp) (telegramtest.Message, string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	first := true
	for {
		ms, err := p.c.fake.NextMessages(ctx, p.u.ID, p.seen)
		if err != nil {
			p.t.Fatalf("chat %d: no answer matching %v: %v", p.u.ID, want, err)
		}
		if first {
			p.latency = append(p.latency, ms[0].At.Sub(p.last))
			first = false
			if testing.Verbose() && p.u.ID == 8101 {
				p.t.Logf("step %d: %v, %d messages", len(p.latency), ms[0].At.Sub(p.last).Round(time.Millisecond), len(ms))
			}
		}
		p.seen += len(ms)
		for i := len(ms) - 1; i >= 0; i-- {
			if len(want) == 0 {
				return ms[i], ""
			}
			for _, re := range want {
				for _, row := range ms[i].Buttons() {
					for _, b := range row {
						if b.CallbackData != "" && re.MatchString(b.CallbackData) {
							return ms[i], b.CallbackData
						}
					}
				}
			}
		}
	}
}

func suffix(s string) *regexp.Regexp { return regexp.MustCompile(regexp.QuoteMeta(s) + "$") }

// toQueue: onboarding, a booking, then "Talk to a doctor now" to the
// queue.
func (p *tapper) toQueue() {
	lang := p.u.LanguageCode
	p.say("/start")
	for _, next := range []string{":o:lang:" + lang, ":o:agree", ":o:m:book"} {
		m, data := p.answer(suffix(next))
		p.press(m, data)
	}
	p.answer()
	p.say(problem["book"][lang])
	// Triage's questions, then the specialty, a day, a time, yes.
	booking := []*regexp.Regexp{suffix(":b:yes"), suffix(":b:t:0"), suffix(":b:d:0"), suffix(":b:s:0"), calmAnswer, anyAnswer, skipsPlace, regexp.MustCompile(`:t:b`)}
	for range 25 {
		m, data := p.answer(booking...)
		p.press(m, data)
		if suffix(":b:yes").MatchString(data) {
			break
		}
	}
	// The confirmation carries "Main menu"; the menu, "Talk to a doctor".
	m, data := p.answer(suffix(":o:m:menu"))
	p.press(m, data)
	m, data = p.answer(suffix(":o:m:doctor"))
	p.press(m, data)
	p.answer()
	p.say(problem["doctor"][lang])
	for range 20 {
		m, data := p.answer(calmAnswer, anyAnswer, regexp.MustCompile(`:t:lv$`))
		if !anyAnswer.MatchString(data) {
			return // the decision: in the queue (it offers to leave it)
		}
		p.press(m, data)
	}
	p.t.Errorf("chat %d: not in the queue after 20 questions", p.u.ID)
}

// relay waits for the clinician's claim, then types five lines within two
// seconds and measures when each reached the thread.
func (p *tapper) relay() {
	p.answer() // the claim, with the video button
	lines := make([]string, 5)
	typed := make([]time.Time, 5)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d from %d", i+1, p.u.ID)
		if i > 0 {
			time.Sleep(400 * time.Millisecond)
		}
		typed[i] = time.Now()
		p.c.fake.PushText(p.u, lines[i])
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		rows, err := p.c.pg.Pool().Query(context.Background(),
			`SELECT body, created_at FROM case_messages WHERE case_id = $1 AND author = 'patient' AND kind = 'text'`, p.caseID)
		if err != nil {
			p.t.Error(err)
			return
		}
		at := map[string]time.Time{}
		for rows.Next() {
			var body string
			var when time.Time
			if err := rows.Scan(&body, &when); err == nil {
				at[body] = when
			}
		}
		rows.Close()
		if len(at) >= len(lines) {
			for i, l := range lines {
				p.relayed = append(p.relayed, at[l].Sub(typed[i]))
			}
			return
		}
		if time.Now().After(deadline) {
			p.t.Errorf("chat %d: %d of 5 lines in the thread after 20 s", p.u.ID, len(at))
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pct is the p-th percentile of ds (100: the largest).
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return s[max(i, 0)].Round(time.Millisecond)
}
