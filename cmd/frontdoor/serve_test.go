package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestServe runs the binary's serve command in-process, wired as in
// production: real PostgreSQL and Redis, the Telegram channel against a fake
// Bot API, the HTTP server on a free port. It checks that every part is
// mounted and that a Telegram /start is answered.
func TestServe(t *testing.T) {
	dbURL := storetest.NewDatabase(t)
	rs := storetest.NewRedis(t) // owns the key prefix and removes it afterwards
	fake := telegramtest.NewServer(t)
	addr, pprofAddr := freeAddr(t), freeAddr(t)

	ctx, cancel := context.WithCancel(context.Background())
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, &environment{stdout: io.Discard, stderr: &stderr, environ: []string{
			"FRONTDOOR_DATABASE_URL=" + dbURL,
			"FRONTDOOR_REDIS_URL=" + storetest.RedisURL(),
			"FRONTDOOR_REDIS_PREFIX=" + rs.Prefix(),
			"FRONTDOOR_HTTP_ADDR=" + addr,
			"FRONTDOOR_TELEGRAM_TOKEN=" + telegramtest.Token,
			"FRONTDOOR_TELEGRAM_API_URL=" + fake.URL,
			"FRONTDOOR_LOG_LEVEL=warn",
			"FRONTDOOR_PPROF_ADDR=" + pprofAddr,
			"FRONTDOOR_TELEGRAM_RATE_GLOBAL=50",
		}}, []string{"serve"})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve exited %d; stderr:\n%s", code, stderr.String())
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop after its context ended")
		}
	})

	base := "http://" + addr
	waitHTTP(t, base+"/healthz")
	for _, tc := range []struct {
		name, path string
		status     int
		contains   string
	}{
		{"ready", "/readyz", http.StatusOK, "postgres: ok"},
		{"web chat in Arabic", "/chat", http.StatusOK, `dir="rtl"`},
		{"root goes to the chat", "/", http.StatusOK, `dir="rtl"`},
		{"dashboard login", "/dashboard/login", http.StatusOK, "<form"},
		{"no such page", "/nothing-here", http.StatusNotFound, ""},
		{"unknown video link", "/join/" + strings.Repeat("a", 26), http.StatusNotFound, "do not know this link"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := get(t, base+tc.path)
			if status != tc.status || !strings.Contains(body, tc.contains) {
				t.Errorf("GET %s = %d, want %d containing %q; body starts %.200q", tc.path, status, tc.status, tc.contains, body)
			}
		})
	}

	patient := telegramtest.User{ID: 4242, FirstName: "Huda", LanguageCode: "ar"}
	fake.PushText(patient, "/start")
	picker := fake.WaitSent(t, patient.ID, 1)[0]
	if !strings.Contains(picker.ReplyMarkup, "العربية") || !strings.Contains(picker.ReplyMarkup, "English") {
		t.Errorf("the first reply should offer both languages; markup: %s", picker.ReplyMarkup)
	}
	if _, body := get(t, base+"/metrics"); !strings.Contains(body, `frontdoor_updates_received_total{channel="telegram"} 1`) {
		t.Errorf("/metrics does not count the update; it starts %.300q", body)
	}
	if resp, err := http.Get(base + "/readyz"); err != nil {
		t.Error(err)
	} else {
		resp.Body.Close()
		if id := resp.Header.Get("X-Request-Id"); len(id) < 16 {
			t.Errorf("answer without a request id (X-Request-Id %q)", id)
		}
	}
	if status, _ := get(t, "http://"+pprofAddr+"/debug/pprof/"); status != http.StatusOK {
		t.Errorf("profiles on FRONTDOOR_PPROF_ADDR answered %d", status)
	}
	if status, _ := get(t, base+"/debug/pprof/"); status != http.StatusNotFound {
		t.Errorf("profiles must not be on the public listener; got %d", status)
	}
	if fake.Commands("ar") == "" || fake.Commands("en") == "" {
		t.Error("the bot's commands were not registered in Arabic and English")
	}
}

func TestRunRejectsBadUsage(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		environ  []string
		code     int
		inStderr string
	}{
		{"no command", nil, nil, exitConfig, "usage"},
		{"unknown command", []string{"fly"}, nil, exitConfig, `unknown command "fly"`},
		{"serve without configuration", []string{"serve"}, nil, exitConfig, "FRONTDOOR_DATABASE_URL"},
		{"bad time zone", []string{"serve"}, []string{"FRONTDOOR_DATABASE_URL=postgres://x/y", "FRONTDOOR_REDIS_URL=redis://x", "FRONTDOOR_TIMEZONE=Nowhere/City"}, exitConfig, "FRONTDOOR_TIMEZONE"},
		{"seed without --demo", []string{"seed"}, nil, exitConfig, "usage: frontdoor seed --demo"},
		// Issue 11, break 5: these started before.
		{"one-letter webhook secret", []string{"serve"}, []string{"FRONTDOOR_DATABASE_URL=postgres://x/y", "FRONTDOOR_REDIS_URL=redis://x",
			"FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_WEBHOOK_SECRET=a"}, exitConfig, "FRONTDOOR_WEBHOOK_SECRET"},
		{"video secret of 32 a", []string{"serve"}, []string{"FRONTDOOR_DATABASE_URL=postgres://x/y", "FRONTDOOR_REDIS_URL=redis://x",
			"FRONTDOOR_VIDEO_APP_ID=fd", "FRONTDOOR_VIDEO_SECRET=" + strings.Repeat("a", 32)}, exitConfig, "FRONTDOOR_VIDEO_SECRET"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(context.Background(), &environment{stdout: io.Discard, stderr: &stderr, environ: tc.environ}, tc.args)
			if code != tc.code || !strings.Contains(stderr.String(), tc.inStderr) {
				t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tc.args, code, stderr.String(), tc.code, tc.inStderr)
			}
			if tc.code == exitConfig && strings.Count(strings.TrimSpace(stderr.String()), "\n") > 0 && tc.args != nil && tc.args[0] == "serve" {
				t.Errorf("a configuration error should be one line: %q", stderr.String())
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"help", "serve"}, {"serve", "--help"}, {"version"}, {"triage", "help"}} {
		var stdout bytes.Buffer
		if code := run(context.Background(), &environment{stdout: &stdout, stderr: io.Discard}, args); code != exitOK || stdout.Len() == 0 {
			t.Errorf("run(%q) = %d with %d bytes of output", args, code, stdout.Len())
		}
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitHTTP(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s did not answer 200 in time", url)
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// An https deployment whose demo accounts still take the public demo
// password does not start unless FRONTDOOR_DEMO=true (issue 11, break 6);
// a local http run, as scripts/run makes, does.
func TestServeRefusesDemoPasswordOverHTTPS(t *testing.T) {
	dbURL := storetest.NewDatabase(t)
	rs := storetest.NewRedis(t)
	base := []string{
		"FRONTDOOR_DATABASE_URL=" + dbURL,
		"FRONTDOOR_REDIS_URL=" + storetest.RedisURL(),
		"FRONTDOOR_REDIS_PREFIX=" + rs.Prefix(),
		"FRONTDOOR_LOG_LEVEL=warn",
	}
	env := &environment{stdout: io.Discard, stderr: io.Discard, environ: base}
	if code := run(context.Background(), env, []string{"migrate"}); code != exitOK {
		t.Fatalf("migrate = %d", code)
	}
	if code := run(context.Background(), env, []string{"seed", "--demo"}); code != exitOK {
		t.Fatalf("seed = %d", code)
	}

	var stderr bytes.Buffer
	public := append(append([]string{}, base...), "FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_HTTP_ADDR="+freeAddr(t))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if code := run(ctx, &environment{stdout: io.Discard, stderr: &stderr, environ: public}, []string{"serve"}); code != exitFail ||
		!strings.Contains(stderr.String(), "dr.khalid") || !strings.Contains(stderr.String(), "FRONTDOOR_DEMO") {
		t.Fatalf("serve over https with demo accounts = %d, stderr %q; want a refusal naming them", code, stderr.String())
	}

	for name, environ := range map[string][]string{
		"https with FRONTDOOR_DEMO=true": append(append([]string{}, public...), "FRONTDOOR_DEMO=true"),
		"local http (scripts/run)":       append(append([]string{}, base...), "FRONTDOOR_HTTP_ADDR="+freeAddr(t)),
	} {
		t.Run(name, func(t *testing.T) {
			var addr string
			for _, kv := range environ {
				if a, ok := strings.CutPrefix(kv, "FRONTDOOR_HTTP_ADDR="); ok {
					addr = a
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan int, 1)
			var stderr bytes.Buffer
			go func() {
				done <- run(ctx, &environment{stdout: io.Discard, stderr: &stderr, environ: environ}, []string{"serve"})
			}()
			t.Cleanup(func() {
				if t.Failed() {
					t.Logf("stderr: %s", stderr.String())
				}
			})
			waitHTTP(t, "http://"+addr+"/healthz")
			cancel()
			if code := <-done; code != exitOK {
				t.Errorf("serve = %d; stderr %s", code, stderr.String())
			}
		})
	}
}
