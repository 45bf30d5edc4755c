package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/store"
)

const purgeUsage = `usage: frontdoor purge --older-than 365d [--dry-run]

Applies the retention policy: deletes, in one transaction, cases opened
before the cut-off that are no longer live (triaged, closed or left; waiting
and claimed cases stay) with their messages, appointments that ended before
it with their reminders, and patients who joined before it and have nothing
left; then forgets those patients' conversations in Redis and drops parked
Telegram updates older than the cut-off. The audit log keeps a
"retention.purge" row with the counts (it holds ids only and is never
purged). --older-than takes days (365d), weeks (52w) or hours (8760h); at
least one day. --dry-run counts and deletes nothing. Run it daily, e.g. from
a systemd timer or a Kubernetes CronJob.
`

func runPurge(ctx context.Context, env *environment, args []string) int {
	fs := flag.NewFlagSet("purge", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	olderThan := fs.String("older-than", "", "delete what is older than this (365d, 52w, 8760h)")
	dryRun := fs.Bool("dry-run", false, "count, delete nothing")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		fmt.Fprint(env.stderr, purgeUsage)
		return exitConfig
	}
	age, err := parseAge(*olderThan)
	if err != nil {
		fmt.Fprintf(env.stderr, "frontdoor: purge: --older-than: %v\n%s", err, purgeUsage)
		return exitConfig
	}
	cfg, ok := loadConfig(env)
	if !ok {
		return exitConfig
	}
	var bots []string // the further bots' names: each has its own intake
	for _, b := range cfg.Bots {
		bots = append(bots, b.Name)
	}
	if err := purge(ctx, env, cfg.DatabaseURL, cfg.RedisURL, cfg.RedisPrefix, cfg.Shards, bots, time.Now().Add(-age), *dryRun); err != nil {
		fmt.Fprintf(env.stderr, "frontdoor: purge: %v\n", err)
		return exitFail
	}
	return exitOK
}

func purge(ctx context.Context, env *environment, dbURL, redisURL, prefix string, shards int, bots []string, before time.Time, dryRun bool) error {
	pg, err := store.OpenPostgres(ctx, dbURL, 2)
	if err != nil {
		return err
	}
	defer pg.Close()
	n, keys, err := pg.Retention().Purge(ctx, before, dryRun)
	if err != nil {
		return err
	}
	verb := "deleted"
	if dryRun {
		verb = "would delete"
	}
	fmt.Fprintf(env.stdout, "%s, before %s: %d patients, %d cases, %d appointments\n",
		verb, before.UTC().Format(time.DateOnly), n.Patients, n.Cases, n.Appointments)
	if dryRun {
		return nil
	}
	rd, err := store.OpenRedis(ctx, redisURL, prefix)
	if err != nil {
		return fmt.Errorf("the database is purged, Redis is not: %w", err)
	}
	defer rd.Close()
	for _, k := range keys {
		if err := rd.Delete(ctx, k); err != nil {
			return fmt.Errorf("the database is purged, sessions are not: %w", err)
		}
	}
	// The same queues as wireTelegram's bots make: "<redis prefix>tg:intake"
	// for the first, "<redis prefix>tgbot:<name>:intake" for the others.
	prefixes := []string{rd.Key("tg")}
	for _, name := range bots {
		prefixes = append(prefixes, rd.Key("tgbot:"+name))
	}
	var parked int64
	for _, p := range prefixes {
		n, err := trimParked(ctx, rd, p+":intake", shards, before)
		if err != nil {
			return fmt.Errorf("the database is purged, parked updates are not: %w", err)
		}
		parked += n
	}
	fmt.Fprintf(env.stdout, "forgot %d conversations and %d parked updates\n", len(keys), parked)
	return nil
}

// trimParked drops the parked updates older than before from one bot's
// intake.
func trimParked(ctx context.Context, rd *store.Redis, prefix string, shards int, before time.Time) (int64, error) {
	q, err := intake.New(rd.Client(), intake.Options{Prefix: prefix, Shards: shards})
	if err != nil {
		return 0, err
	}
	defer q.Close()
	return q.TrimParked(ctx, before)
}

// parseAge reads 365d, 52w or a Go duration; at least a day.
func parseAge(s string) (time.Duration, error) {
	var d time.Duration
	switch {
	case s == "":
		return 0, errors.New("required")
	case strings.HasSuffix(s, "d"), strings.HasSuffix(s, "w"):
		n, err := strconv.Atoi(s[:len(s)-1])
		if err != nil || n < 0 {
			return 0, fmt.Errorf("%q is not a number of days or weeks", s)
		}
		unit := 24 * time.Hour
		if strings.HasSuffix(s, "w") {
			unit *= 7
		}
		d = time.Duration(n) * unit
	default:
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q is not 365d, 52w or a duration like 8760h", s)
		}
	}
	if d < 24*time.Hour {
		return 0, fmt.Errorf("%s is less than a day: that would delete today's patients", s)
	}
	return d, nil
}
