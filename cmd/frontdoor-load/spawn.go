package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/store"
)

// servers are serve processes the tool started, on a scratch database and
// a fresh Redis prefix, both removed by stop.
type servers struct {
	urls     []string
	cmds     []*exec.Cmd
	dbAdmin  string
	dbName   string
	dbURL    string
	redisURL string
	prefix   string
	logDir   string
}

func startServes(ctx context.Context, o options, fakeURL string, stderr io.Writer) (*servers, error) {
	suffix := strings.ToLower(rand.Text()[:10])
	s := &servers{dbAdmin: o.dbAdmin, dbName: "fdload_" + suffix, redisURL: o.redisURL, prefix: "fdload:" + suffix + ":"}
	dbURL, err := s.createDatabase(ctx)
	if err != nil {
		return nil, err
	}
	s.dbURL = dbURL
	if s.logDir, err = os.MkdirTemp("", "frontdoor-load-"); err != nil {
		s.stop(stderr)
		return nil, err
	}
	for i := range o.processes {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			s.stop(stderr)
			return nil, err
		}
		addr := l.Addr().String()
		l.Close()
		logFile, err := os.Create(filepath.Join(s.logDir, fmt.Sprintf("serve-%d.log", i+1)))
		if err != nil {
			s.stop(stderr)
			return nil, err
		}
		cmd := exec.Command(o.serve, "serve")
		cmd.Env = append(os.Environ(),
			"FRONTDOOR_DATABASE_URL="+dbURL,
			"FRONTDOOR_REDIS_URL="+o.redisURL,
			"FRONTDOOR_REDIS_PREFIX="+s.prefix,
			"FRONTDOOR_HTTP_ADDR="+addr,
			"FRONTDOOR_TELEGRAM_TOKEN=123456789:TEST-fake-token",
			"FRONTDOOR_TELEGRAM_API_URL="+fakeURL,
			"FRONTDOOR_PUBLIC_URL=https://frontdoor.invalid",
			"FRONTDOOR_WEBHOOK_SECRET="+o.secret,
			// The demo data signs in with the public demo password.
			"FRONTDOOR_DEMO=true",
			"FRONTDOOR_MIGRATE_ON_START=true",
			"FRONTDOOR_LOG_LEVEL=warn",
		)
		for _, kv := range strings.Split(o.serveArgs, ",") {
			if kv = strings.TrimSpace(kv); kv != "" {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		cmd.Stdout, cmd.Stderr = logFile, logFile
		if err := cmd.Start(); err != nil {
			s.stop(stderr)
			return nil, fmt.Errorf("start serve: %w", err)
		}
		s.cmds = append(s.cmds, cmd)
		base := "http://" + addr
		if err := waitHealthy(ctx, base); err != nil {
			s.stop(stderr)
			return nil, fmt.Errorf("serve %d (log %s): %w", i+1, logFile.Name(), err)
		}
		s.urls = append(s.urls, base)
		fmt.Fprintf(stderr, "frontdoor-load: serve %d at %s (pid %d, log %s)\n", i+1, base, cmd.Process.Pid, logFile.Name())
	}
	return s, nil
}

func waitHealthy(ctx context.Context, base string) error {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return errors.New("not healthy within 30 s")
}

func (s *servers) createDatabase(ctx context.Context) (string, error) {
	c, err := pgx.Connect(ctx, s.dbAdmin)
	if err != nil {
		return "", fmt.Errorf("connect to -db-admin: %w", err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{s.dbName}.Sanitize()); err != nil {
		return "", fmt.Errorf("create scratch database: %w", err)
	}
	u, err := url.Parse(s.dbAdmin)
	if err != nil {
		return "", err
	}
	u.Path = "/" + s.dbName
	return u.String(), nil
}

// stop stops the processes (SIGTERM, then SIGKILL), drops the scratch
// database and removes the Redis keys.
func (s *servers) stop(stderr io.Writer) {
	for _, cmd := range s.cmds {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if c, err := pgx.Connect(ctx, s.dbAdmin); err == nil {
		if _, err := c.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{s.dbName}.Sanitize()+" WITH (FORCE)"); err != nil {
			fmt.Fprintln(stderr, "frontdoor-load: drop scratch database:", err)
		}
		c.Close(ctx)
	}
	// Through store, so a Sentinel or cluster URL works as serve's does.
	if rd, err := store.OpenRedis(ctx, s.redisURL, s.prefix); err == nil {
		if _, err := rd.DeleteMatching(ctx, s.prefix+"*"); err != nil {
			fmt.Fprintln(stderr, "frontdoor-load: clean up redis:", err)
		}
		rd.Close()
	}
}
