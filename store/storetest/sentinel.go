package storetest

import (
	"context"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/store"
)

// NewSentinelRedis starts a Redis primary and a Sentinel watching it, of
// its own (redis-server from PATH, on free ports, in a temporary
// directory, stopped when tb ends), and returns a store.Redis opened
// through the Sentinel as serve opens one, with its Sentinel URL. Without
// redis-server the test fails, or is skipped with FRONTDOOR_SKIP_SERVICES=1.
func NewSentinelRedis(tb testing.TB) (*store.Redis, string) {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		unreachable(tb, "redis-server (to run a Sentinel)", "PATH", err)
	}
	dir := tb.TempDir()
	primary, sentinel := freePort(tb), freePort(tb)
	start(tb, bin, "--port", fmt.Sprint(primary), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir)
	waitPing(tb, fmt.Sprintf("127.0.0.1:%d", primary))
	conf := filepath.Join(dir, "sentinel.conf")
	body := fmt.Sprintf("port %d\nbind 127.0.0.1\ndir %s\nsentinel monitor fdtest 127.0.0.1 %d 1\n", sentinel, dir, primary)
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		tb.Fatal(err)
	}
	start(tb, bin, conf, "--sentinel")
	waitPing(tb, fmt.Sprintf("127.0.0.1:%d", sentinel))
	u := fmt.Sprintf("redis://127.0.0.1:%d/0?master_name=fdtest", sentinel)
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	r, err := store.OpenRedis(ctx, u, "fdtest:"+strings.ToLower(rand.Text())+":")
	if err != nil {
		tb.Fatalf("storetest: open redis through the sentinel: %v", err)
	}
	tb.Cleanup(func() { r.Close() })
	return r, u
}

func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// start runs a server until tb ends.
func start(tb testing.TB, bin string, args ...string) {
	tb.Helper()
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		tb.Fatalf("storetest: start %s: %v", bin, err)
	}
	tb.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
}

func waitPing(tb testing.TB, addr string) {
	tb.Helper()
	c := redis.NewClient(&redis.Options{Addr: addr})
	defer c.Close()
	deadline := time.Now().Add(setupTimeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("storetest: %s never answered: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
