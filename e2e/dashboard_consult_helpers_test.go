package e2e

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage/triagetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// consultEnv is a dashboard with the consult on: the dialogs engine with
// triage and the consult over the same stores, the Jitsi provider with
// signed links, bookings with an insert-only reminder queue, and a
// notifier that records what patients were sent.
type consultEnv struct {
	*dashEnv
	engine *dialogs.Engine
	appts  *store.Appointments
	jitsi  *video.Jitsi
	sent   *notified
	refs   *store.Referrals // over the env's appointments
}

// notified records deliveries; fail, when set, decides each one's error;
// via, when set, delivers them for real (through a channel).
type notified struct {
	mu   sync.Mutex
	got  []notice
	fail func(to relay.Recipient, replies []dialogs.Reply) error
	via  relay.Notifier
}

type notice struct {
	to      relay.Recipient
	replies []dialogs.Reply
	bulk    bool
}

func (n *notified) Notify(ctx context.Context, to relay.Recipient, replies []dialogs.Reply, bulk bool) error {
	n.mu.Lock()
	fail, via := n.fail, n.via
	n.mu.Unlock()
	if fail != nil {
		if err := fail(to, replies); err != nil {
			return err
		}
	}
	if via != nil {
		if err := via.Notify(ctx, to, replies, bulk); err != nil {
			return err
		}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.got = append(n.got, notice{to: to, replies: replies, bulk: bulk})
	return nil
}

func (n *notified) deliverVia(via relay.Notifier) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.via = via
}

func (n *notified) setFail(f func(relay.Recipient, []dialogs.Reply) error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.fail = f
}

// to returns what conversation key was sent, in order.
func (n *notified) to(key dialogs.ConversationKey) []notice {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []notice
	for _, x := range n.got {
		if x.to.Conversation == key {
			out = append(out, x)
		}
	}
	return out
}

// wait waits until key was sent at least n notices and returns them.
func (n *notified) wait(t testing.TB, key dialogs.ConversationKey, count int) []notice {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if got := n.to(key); len(got) >= count {
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s was sent %d notices in 10 s, want %d", key, len(n.to(key)), count)
	return nil
}

// waitFor waits until key was sent a notice that ok accepts and returns it.
// Other notices may come first or between: a waiting patient is told when
// a clinician comes online, whenever that happens.
func (n *notified) waitFor(t testing.TB, key dialogs.ConversationKey, ok func(notice) bool) notice {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, x := range n.to(key) {
			if ok(x) {
				return x
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s was sent %d notices in 10 s, none the one awaited", key, len(n.to(key)))
	return notice{}
}

// jitsiSecret signs the test's room tokens (32 bytes or more).
const jitsiSecret = "test-secret-test-secret-test-secret!"

func newConsultEnv(t testing.TB, opts ...dashOption) *consultEnv {
	t.Helper()
	return newConsultEnvOn(t, storetest.NewPostgres(t), startDashboard, opts...)
}

// newConsultEnvOn is newConsultEnv on pg, started by start (startDashboard
// seeds the demo network first, serveDashboard leaves the database as it
// is).
func newConsultEnvOn(t testing.TB, pg *store.Postgres, start func(testing.TB, *store.Postgres, *store.Redis, ...dashOption) *dashEnv,
	opts ...dashOption) *consultEnv {
	t.Helper()
	ce := &consultEnv{sent: &notified{}}
	jitsi, err := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org", AppID: "frontdoor", Secret: jitsiSecret})
	if err != nil {
		t.Fatal(err)
	}
	ce.jitsi = jitsi
	rd := storetest.NewRedis(t)
	withConsult := func(c *dashboard.Config) {
		// The engine as cmd builds it (engine.New): triage, booking and
		// the consult.
		built, err := engine.New(engine.Config{Postgres: pg, Redis: rd, Text: c.Text, EmergencyNumber: "997",
			Triage: dialogs.Triage{Rules: mustRules(t)}})
		if err != nil {
			t.Fatal(err)
		}
		ce.engine, ce.appts = built.Engine, built.Appointments
		ce.refs = pg.Referrals(ce.appts)
		consults := built.Consults
		// The relay runs beside the dashboard, as cmd runs it, with its
		// background work quicker.
		rl, err := relay.New(relay.Config{Store: consults, Patients: ce.engine, Notifier: ce.sent, Locker: rd, Video: jitsi,
			Log: c.Log, SweepEvery: 50 * time.Millisecond, SweepAfter: 200 * time.Millisecond, WaitEvery: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = rl.Run(ctx)
		}()
		t.Cleanup(func() {
			cancel()
			<-done
		})
		c.Consult = &dashboard.Consult{Store: consults, Relay: rl, Video: jitsi, Bookings: ce.appts}
	}
	ce.dashEnv = start(t, pg, rd, append([]dashOption{withConsult}, opts...)...)
	return ce
}

// patient is one patient's conversation with the engine, as a channel
// would hold it.
type patient struct {
	t    testing.TB
	e    *consultEnv
	key  dialogs.ConversationKey
	lang string
	n    int
	last []dialogs.Reply
}

func (ce *consultEnv) patient(t testing.TB, id, lang string) *patient {
	return &patient{t: t, e: ce, lang: lang, key: dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: id}}
}

func (p *patient) input(in dialogs.Input) []dialogs.Reply {
	p.t.Helper()
	p.n++
	in.ID, in.Conversation, in.UserID, in.LanguageHint = fmt.Sprint(p.n), p.key, p.key.ID, p.lang
	replies, err := p.e.engine.Handle(context.Background(), in)
	if err != nil {
		p.t.Fatalf("patient input %d: %v", p.n, err)
	}
	if len(replies) > 0 {
		p.last = replies
	}
	return replies
}

func (p *patient) send(text string) []dialogs.Reply { return p.input(dialogs.Input{Text: text}) }

// press taps the button of the last replies whose data matches re.
func (p *patient) press(re string) []dialogs.Reply {
	p.t.Helper()
	return p.pressIn(p.last, re)
}

func (p *patient) pressIn(replies []dialogs.Reply, re string) []dialogs.Reply {
	p.t.Helper()
	rx := regexp.MustCompile(re)
	for _, r := range replies {
		for _, row := range r.Buttons {
			for _, b := range row {
				if b.Data != "" && rx.MatchString(b.Data) {
					return p.input(dialogs.Input{Data: b.Data})
				}
			}
		}
	}
	p.t.Fatalf("no button matching %s in %q", re, texts(replies))
	return nil
}

// queue walks the patient from /start to the queue with an urgent
// problem a general practitioner takes (heat exhaustion), and returns
// the case's id.
func (p *patient) queue() int64 {
	p.t.Helper()
	p.send("/start")
	p.press(":o:lang:" + p.lang)
	p.press(":o:agree")
	p.press(":o:m:doctor")
	p.send(map[string]string{"ar": "إجهاد حراري", "en": "heat exhaustion"}[p.lang])
	for i := 0; i < 20 && hasData(p.last, ":t:a:"); i++ {
		p.input(dialogs.Input{Data: calm(p.last)})
	}
	var id int64
	err := p.e.pg.Pool().QueryRow(context.Background(),
		`SELECT id FROM cases WHERE starts_with(source, $1) AND status = 'waiting'`, p.key.String()+"/").Scan(&id)
	if err != nil {
		p.t.Fatalf("no waiting case after triage: %v; last %q", err, texts(p.last))
	}
	return id
}

func hasData(replies []dialogs.Reply, part string) bool {
	for _, r := range replies {
		for _, row := range r.Buttons {
			if slices.ContainsFunc(row, func(b dialogs.Button) bool { return strings.Contains(b.Data, part) }) {
				return true
			}
		}
	}
	return false
}

func texts(replies []dialogs.Reply) []string {
	out := make([]string, len(replies))
	for i, r := range replies {
		out[i] = r.Text
	}
	return out
}

// calm returns the least worrying answer button's data of the last reply.
func calm(replies []dialogs.Reply) string {
	var data []string
	for _, row := range replies[len(replies)-1].Buttons {
		for _, b := range row {
			data = append(data, b.Data)
		}
	}
	return triagetest.Calm(data)
}
