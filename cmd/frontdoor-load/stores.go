package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/store"
)

// storeMeter reads the CPU time Redis and PostgreSQL spent serving a run,
// so a saturated update's CPU can be told across every process and not
// only serve's: on a machine of two cores, CPU the stores use is CPU serve
// cannot. It needs the stores on this machine (/proc of PostgreSQL's
// processes) and is made only with -serve, whose scratch database tells
// this run's backends from other databases'.
type storeMeter struct {
	pg     *pgx.Conn
	dbName string
	redis  *store.Redis
}

// storeCPU is one reading: Redis's CPU seconds, and each PostgreSQL
// process's, by pid.
type storeCPU struct {
	redis   float64
	redisOK bool
	pg      map[int]float64
}

func newStoreMeter(ctx context.Context, s *servers) (*storeMeter, error) {
	c, err := pgx.Connect(ctx, s.dbAdmin)
	if err != nil {
		return nil, fmt.Errorf("store meter: %w", err)
	}
	rd, err := store.OpenRedis(ctx, s.redisURL, s.prefix)
	if err != nil {
		c.Close(ctx)
		return nil, fmt.Errorf("store meter: %w", err)
	}
	return &storeMeter{pg: c, dbName: s.dbName, redis: rd}, nil
}

func (m *storeMeter) close() {
	m.pg.Close(context.Background())
	m.redis.Close()
}

// pgProcessesSQL lists the backends connected to the scratch database (the
// serve processes' pools, autovacuum's workers on it) and the server's
// shared writers, whose work (the WAL flushed at each commit, checkpoints)
// the run's writes cause; other databases' load on the same server is
// counted in those writers too.
const pgProcessesSQL = `
SELECT pid FROM pg_stat_activity
WHERE pid <> pg_backend_pid()
  AND (datname = $1 OR backend_type IN ('walwriter', 'checkpointer', 'background writer'))`

func (m *storeMeter) read(ctx context.Context) storeCPU {
	var r storeCPU
	if info, err := m.redis.Client().Info(ctx, "cpu").Result(); err == nil {
		r.redis, r.redisOK = redisCPUSeconds(info)
	}
	rows, _ := m.pg.Query(ctx, pgProcessesSQL, m.dbName)
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return r
	}
	r.pg = map[int]float64{}
	for _, pid := range pids {
		if s, ok := cpuSeconds([]int{int(pid)}); ok {
			r.pg[int(pid)] = s
		}
	}
	return r
}

// since is the CPU seconds Redis and PostgreSQL spent from before to r; a
// PostgreSQL process that began meanwhile counts from nothing, one that
// ended meanwhile is lost (serve's pool keeps its connections, so few do).
// ok is false where a reading failed.
func (r storeCPU) since(before storeCPU) (redis float64, redisOK bool, pg float64, pgOK bool) {
	if r.redisOK && before.redisOK {
		redis, redisOK = r.redis-before.redis, true
	}
	if r.pg != nil && before.pg != nil {
		for pid, s := range r.pg {
			pg += s - before.pg[pid]
		}
		pgOK = true
	}
	return redis, redisOK, pg, pgOK
}

// redisCPUSeconds reads used_cpu_sys and used_cpu_user, the server's own
// account of its CPU (all its threads), from INFO cpu.
func redisCPUSeconds(info string) (float64, bool) {
	var total float64
	found := 0
	for _, line := range strings.Split(info, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || (k != "used_cpu_sys" && k != "used_cpu_user") {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return 0, false
		}
		total += f
		found++
	}
	return total, found == 2
}

// The walks queue cases nobody claims (the tool plays no clinician), so
// the queue grows run after run, and with it what each queued decision
// costs (its place is counted among the waiting cases). A real queue is
// drained by clinicians; emptying it before each run (the waiting
// patients leave, as those who give up do) makes the runs of a -repeat
// alike, and waitingCases reports how long each run left it.

// waitingCases is how many cases wait for a clinician in the scratch
// database.
func (s *servers) waitingCases(ctx context.Context) (int64, error) {
	c, err := pgx.Connect(ctx, s.dbURL)
	if err != nil {
		return 0, err
	}
	defer c.Close(ctx)
	var n int64
	err = c.QueryRow(ctx, `SELECT count(*) FROM cases WHERE status = 'waiting'`).Scan(&n)
	return n, err
}

// emptyQueue makes every waiting case left, as if its patient had given up.
func (s *servers) emptyQueue(ctx context.Context) error {
	c, err := pgx.Connect(ctx, s.dbURL)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	_, err = c.Exec(ctx, `UPDATE cases SET status = 'left', left_at = now() WHERE status = 'waiting'`)
	return err
}
