package storetest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// serverTries is how many ports startServer tries before it gives up.
const serverTries = 5

// startServer starts redis-server (bin) with the arguments args gives for
// a port, on a free port, and returns its address once the server that
// answers there is this one; it is stopped when tb ends.
//
// A port that freePort found free may be taken before the server binds it:
// the whole suite runs in parallel, and other test processes start servers
// and listeners on free ports too (a cluster node also needs port+10000
// for its bus). Then the server exits, and another process's server may
// be answering at the address; a test that went on with it would form its
// cluster with another test's node ("config epoch already non-zero").
// So startServer checks the answering server's process ID and, when the
// server could not bind, tries another port.
func startServer(tb testing.TB, bin string, args func(port int) []string) string {
	tb.Helper()
	var errs []error
	for range serverTries {
		port := freePort(tb)
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		cmd := exec.Command(bin, args(port)...)
		if err := cmd.Start(); err != nil {
			tb.Fatalf("storetest: start %s: %v", bin, err)
		}
		exited := make(chan struct{})
		go func() {
			_ = cmd.Wait()
			close(exited)
		}()
		stop := func() {
			_ = cmd.Process.Kill()
			<-exited
		}
		err := waitOwn(addr, cmd.Process.Pid, exited)
		if err == nil {
			tb.Cleanup(stop)
			return addr
		}
		stop()
		tb.Logf("storetest: %v; trying another port", err)
		errs = append(errs, err)
	}
	tb.Fatalf("storetest: redis-server never started on a port of its own: %v", errors.Join(errs...))
	return ""
}

// waitOwn waits until the server at addr answers and is the process pid;
// it fails when that process exits first (it could not bind its ports),
// when another server answers there, or after setupTimeout.
func waitOwn(addr string, pid int, exited <-chan struct{}) error {
	c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	for {
		info, err := c.Info(ctx, "server").Result()
		if err == nil {
			if got := infoField(info, "process_id"); got != strconv.Itoa(pid) {
				return fmt.Errorf("%s: process %s answers, not ours (%d)", addr, got, pid)
			}
			return nil
		}
		select {
		case <-exited:
			return fmt.Errorf("%s: redis-server exited (its port taken?)", addr)
		case <-ctx.Done():
			return fmt.Errorf("%s never answered: %w", addr, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// infoField returns the value of field in the text of INFO.
func infoField(info, field string) string {
	for line := range strings.Lines(info) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), field+":"); ok {
			return v
		}
	}
	return ""
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
