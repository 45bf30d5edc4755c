package faulttest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// binary is the frontdoor binary under test, built once by TestMain.
var binary string

func TestMain(m *testing.M) {
	code := func() int {
		if b := os.Getenv("FRONTDOOR_FAULTTEST_BINARY"); b != "" {
			binary = b
			return m.Run()
		}
		dir, err := os.MkdirTemp("", "faulttest-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "faulttest:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		binary = filepath.Join(dir, "frontdoor")
		build := exec.Command("go", "build", "-o", binary, "github.com/frontdoor-health/frontdoor/cmd/frontdoor")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "faulttest: go build:", err)
			return 1
		}
		return m.Run()
	}()
	os.Exit(code)
}

// secret is the webhook secret every serve process is given.
const secret = "faulttest_Secret-0123456789-abcdefXYZ"

// cluster is what serve processes share: a database, a Redis key prefix,
// and the fake Bot API. Processes started from it run until the test ends.
type cluster struct {
	t        *testing.T
	fake     *telegramtest.Server
	dbURL    string
	redisURL string
	prefix   string
	redis    *store.Redis // the processes' keys, for looking into their intake
	env      []string     // extra FRONTDOOR_* settings

	mu    sync.Mutex
	procs []*proc
}

// newCluster makes a fresh database and Redis prefix on the test servers.
func newCluster(t *testing.T, env ...string) *cluster {
	t.Helper()
	rs := storetest.NewRedis(t)
	c := &cluster{
		t: t, fake: telegramtest.NewServer(t),
		dbURL: storetest.NewDatabase(t), redisURL: storetest.RedisURL(), prefix: rs.Prefix(), redis: rs,
		env: env,
	}
	t.Cleanup(c.stopAll)
	return c
}

// settled waits until the Telegram bot's intake holds no entry: every
// update taken in so far was handled and acknowledged. A test that kills a
// process inside the next update's handling waits for it first, since the
// webhook answers a press's spinner on intake, before the worker is done
// with the update before it.
func (c *cluster) settled(ctx context.Context) {
	c.t.Helper()
	q, err := intake.New(c.redis.Client(), intake.Options{Prefix: c.redis.Key("tg") + ":intake", Shards: shards})
	if err != nil {
		c.t.Fatal(err)
	}
	defer q.Close()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		n, err := q.Pending(ctx)
		if err != nil {
			c.t.Fatal(err)
		}
		if n == 0 {
			return
		}
		select {
		case <-ctx.Done():
			c.t.Fatalf("the intake still holds %d entries: %v", n, ctx.Err())
		case <-tick.C:
		}
	}
}

// shards is the intake's shard count every serve process is given.
const shards = 8

// environ is the environment of a serve process listening on addr.
func (c *cluster) environ(addr string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"FRONTDOOR_DATABASE_URL=" + c.dbURL,
		"FRONTDOOR_REDIS_URL=" + c.redisURL,
		"FRONTDOOR_REDIS_PREFIX=" + c.prefix,
		"FRONTDOOR_HTTP_ADDR=" + addr,
		"FRONTDOOR_TELEGRAM_TOKEN=" + telegramtest.Token,
		"FRONTDOOR_TELEGRAM_API_URL=" + c.fake.URL,
		// Webhook mode: setWebhook goes to the fake, updates come from
		// the test; nothing is ever sent to this name.
		"FRONTDOOR_PUBLIC_URL=https://frontdoor.invalid",
		"FRONTDOOR_WEBHOOK_SECRET=" + secret,
		// The demo data signs in with the public demo password.
		"FRONTDOOR_DEMO=true",
		"FRONTDOOR_SHARDS=" + strconv.Itoa(shards),
		"FRONTDOOR_LOG_LEVEL=info",
		// Lift Telegram's limits, as the fake does not enforce them (a
		// binary without these settings keeps its defaults: slower, same
		// results).
		"FRONTDOOR_TELEGRAM_RATE_GLOBAL=1000",
		"FRONTDOOR_TELEGRAM_RATE_CHAT=100",
	}
	return append(env, c.env...)
}

// proc is one running serve process.
type proc struct {
	name   string
	addr   string
	cmd    *exec.Cmd
	logs   *syncBuffer
	exited chan struct{}
}

// URL returns the process's webhook URL.
func (p *proc) URL() string { return "http://" + p.addr + "/telegram/webhook" }

// Pid returns the process id.
func (p *proc) Pid() int { return p.cmd.Process.Pid }

// start starts a serve process and waits until it answers /healthz.
func (c *cluster) start(name string) *proc {
	c.t.Helper()
	return c.startOn(name, freeAddr(c.t))
}

// startOn starts a serve process on addr (a restart keeps the address).
func (c *cluster) startOn(name, addr string) *proc {
	c.t.Helper()
	p := &proc{name: name, addr: addr, logs: &syncBuffer{}, exited: make(chan struct{})}
	p.cmd = exec.Command(binary, "serve")
	p.cmd.Env = c.environ(addr)
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	if err := p.cmd.Start(); err != nil {
		c.t.Fatalf("start %s: %v", name, err)
	}
	go func() { _ = p.cmd.Wait(); close(p.exited) }()
	c.mu.Lock()
	c.procs = append(c.procs, p)
	c.mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		select {
		case <-p.exited:
			c.t.Fatalf("%s exited at start-up:\n%s", name, p.logs.String())
		default:
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("%s did not answer /healthz within 20 s:\n%s", name, p.logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitLog waits up to 20 s for a log line containing want, when p's logs
// contain only (the feature is on); "" for only waits unconditionally.
func (p *proc) waitLog(t *testing.T, want, only string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(p.logs.String(), want) {
		if only != "" && !strings.Contains(p.logs.String(), only) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not log %q within 20 s", p.name, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// kill9 kills p at once, as a crash or the OOM killer would.
func (p *proc) kill9(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %s: %v", p.name, err)
	}
	<-p.exited
}

// stop stops p cleanly (SIGTERM) and fails the test if it does not exit in
// time.
func (p *proc) stop(t *testing.T) {
	select {
	case <-p.exited:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(20 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.exited
		t.Errorf("%s did not stop within 20 s of SIGTERM", p.name)
	}
}

// stopAll stops every process and checks their logs: no word a patient
// typed may appear there (house rule: ids, kinds and counts only).
func (c *cluster) stopAll() {
	c.mu.Lock()
	procs := append([]*proc(nil), c.procs...)
	c.mu.Unlock()
	for _, p := range procs {
		p.stop(c.t)
	}
	for _, p := range procs {
		logs := p.logs.String()
		for _, w := range patientWords {
			if strings.Contains(logs, w) {
				c.t.Errorf("%s logged what a patient typed (%q)", p.name, w)
			}
		}
		if c.t.Failed() {
			c.t.Logf("%s logs, errors and failures:\n%s", p.name, notable(logs))
			c.t.Logf("%s logs (last 4 KiB):\n%s", p.name, tail(logs, 4096))
		}
	}
}

// patientWords are words the tests' patients type that must never appear
// in a log.
var patientWords = []string{"hello there", "runny nose", "blood pressure pills", "وصفة دوا الضغط", "Huda"}

// notable returns the log lines at level ERROR and those about failed or
// parked updates.
func notable(logs string) string {
	var out []string
	for _, line := range strings.Split(logs, "\n") {
		if (strings.Contains(line, `"level":"ERROR"`) && !strings.Contains(line, "cannot take update in")) ||
			strings.Contains(line, "handler failed") || strings.Contains(line, "parked") {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// syncBuffer is a bytes.Buffer safe for a process's output and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// freeAddr returns a loopback address with a port free right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// ctxFor returns a context that ends after d or when the test ends.
func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// user returns a patient of the test's own; ids differ per test so that a
// shared fake never mixes chats.
func user(id int64, lang string) telegramtest.User {
	return telegramtest.User{ID: id, FirstName: "Huda", LanguageCode: lang}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
