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
	primary := startServer(tb, bin, func(port int) []string {
		return []string{"--port", fmt.Sprint(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir}
	})
	host, port, _ := net.SplitHostPort(primary)
	sentinel := startServer(tb, bin, func(sentinel int) []string {
		conf := filepath.Join(dir, fmt.Sprintf("sentinel-%d.conf", sentinel))
		body := fmt.Sprintf("port %d\nbind 127.0.0.1\ndir %s\nsentinel monitor fdtest %s %s 1\n", sentinel, dir, host, port)
		if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
			tb.Fatal(err)
		}
		return []string{conf, "--sentinel"}
	})
	u := fmt.Sprintf("redis://%s/0?master_name=fdtest", sentinel)
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	r, err := store.OpenRedis(ctx, u, "fdtest:"+strings.ToLower(rand.Text())+":")
	if err != nil {
		tb.Fatalf("storetest: open redis through the sentinel: %v", err)
	}
	tb.Cleanup(func() { r.Close() })
	return r, u
}
