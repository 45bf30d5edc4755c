package intake

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/redisbatch"
)

// Defaults for Options.
const (
	DefaultShards      = 32
	DefaultLeaseTTL    = 5 * time.Second
	DefaultMaxAttempts = 5
	DefaultDedupeTTL   = 25 * time.Hour // Telegram keeps updates ≤ 24 h
	DefaultLanes       = 8
	DefaultBatch       = 64
)

// Options configure a Queue. The zero value of each field means its default.
type Options struct {
	// Prefix starts every Redis key the queue uses ("fd:tg"). Required.
	Prefix string
	// Shards is the number of shard streams. Every process sharing Prefix
	// must use the same value; changing it moves chats between shards, so
	// drain the queue first.
	Shards int
	// LeaseTTL is how long a shard stays held after its holder's last
	// renewal: a dead worker's shards are taken over after about this long.
	LeaseTTL time.Duration
	// MaxAttempts is how many failed attempts park an entry.
	MaxAttempts int
	// DedupeTTL is how long an update_id is remembered.
	DedupeTTL time.Duration
	// Lanes bounds how many chats of one shard are handled concurrently;
	// 1 handles a shard strictly in order.
	Lanes int
	// Batch is how many entries a shard reads at a time, and about how
	// many it keeps in hand: it reads more as soon as fewer are left.
	Batch int
	// Block is how long a shard's read waits for new entries (default 1 s);
	// it also bounds how long Run takes to stop.
	Block time.Duration
	// RetryBackoff is the first pause after a failed attempt (default
	// 200 ms); it doubles up to MaxBackoff (default 5 s).
	RetryBackoff, MaxBackoff time.Duration
	// Logger receives operational events (ids and counts only).
	Logger *slog.Logger
	// Metrics, when set, receives the queue's lag, waits, retries, parked
	// entries and shard ownership (metrics.Reliability), under the "bot"
	// label Label (each bot has a queue of its own: metrics.BotLabel).
	Metrics *metrics.Metrics
	Label   string
}

// ErrRetryLater marks a handler error as transient (a store is down): the
// entry is retried with capped backoff until it succeeds, without counting
// an attempt, and holds back the later entries of its chat meanwhile.
var ErrRetryLater = errors.New("intake: retry later")

// Queue is a sharded, de-duplicating update queue. It is safe for concurrent
// use by any number of goroutines and processes.
type Queue struct {
	// rdb batches the short commands of concurrent appends, leases and
	// acknowledgements (see redisbatch); each still waits for its answer.
	rdb    redis.UniversalClient
	reader redis.UniversalClient // blocking reads, one connection per held shard
	opt    Options
	worker string
	log    *slog.Logger
}

// New returns a queue over rdb: a *redis.Client (one server, or Sentinel's
// failover client) or a *redis.ClusterClient. It opens a second
// connection pool of the same kind to the same servers for blocking
// reads, closed by Close. Its other commands are sent in batches with
// those of other goroutines using rdb (redisbatch.Client).
func New(rdb redis.UniversalClient, o Options) (*Queue, error) {
	if o.Prefix == "" {
		return nil, errors.New("intake: key prefix is required")
	}
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Shards, DefaultShards)
	def(&o.MaxAttempts, DefaultMaxAttempts)
	def(&o.Lanes, DefaultLanes)
	def(&o.Batch, DefaultBatch)
	defDur(&o.LeaseTTL, DefaultLeaseTTL)
	defDur(&o.DedupeTTL, DefaultDedupeTTL)
	defDur(&o.Block, time.Second)
	defDur(&o.RetryBackoff, 200*time.Millisecond)
	defDur(&o.MaxBackoff, 5*time.Second)
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	reader, err := readerFor(rdb, o.Shards+2)
	if err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	return &Queue{
		rdb:    redisbatch.Client(rdb),
		reader: reader,
		opt:    o,
		worker: fmt.Sprintf("%s-%d-%s", host, os.Getpid(), randomHex(4)),
		log:    o.Logger,
	}, nil
}

// readerFor opens a client like rdb with a pool of size connections (per
// node, on a cluster) and none kept idle: a blocking read holds its
// connection for up to Block, and would otherwise queue behind the
// shards' other reads or starve rdb's short commands.
func readerFor(rdb redis.UniversalClient, size int) (redis.UniversalClient, error) {
	switch c := rdb.(type) {
	case *redis.Client: // its options carry Sentinel's dialer, when it has one
		o := *c.Options()
		o.PoolSize, o.MinIdleConns = size, 0
		return redis.NewClient(&o), nil
	case *redis.ClusterClient:
		o := *c.Options()
		o.PoolSize, o.MinIdleConns = size, 0
		return redis.NewClusterClient(&o), nil
	default:
		return nil, fmt.Errorf("intake: cannot open a reading client like a %T", rdb)
	}
}

// Close releases the queue's own connections; rdb stays open.
func (q *Queue) Close() error { return q.reader.Close() }

// Worker returns this queue's consumer name, unique per Queue value.
func (q *Queue) Worker() string { return q.worker }

// Shards returns the number of shards.
func (q *Queue) Shards() int { return q.opt.Shards }

// Shard returns the shard that chatKey's updates go to.
func (q *Queue) Shard(chatKey string) int {
	h := fnv.New32a()
	h.Write([]byte(chatKey))
	return int(h.Sum32() % uint32(q.opt.Shards))
}

const group = "workers"

// Keys of one shard share a hash tag so the scripts stay valid on a cluster.
func (q *Queue) key(shard int, name string) string {
	return q.opt.Prefix + ":{s" + strconv.Itoa(shard) + "}:" + name
}

func (q *Queue) streamKey(shard int) string { return q.key(shard, "stream") }

// appendScript de-duplicates and appends in one step. The entry is added
// before the dedupe mark so a failed XADD leaves the update appendable.
// It also counts the entry's first attempt, so that the worker that reads
// it new need not (one round trip less per update, see batch.go): the
// count is what a crash during that first run leaves behind.
//
//	KEYS: seen mark, stream, attempts (one hash tag)
//	ARGV: dedupe ttl ms, chat key, update id, payload
var appendScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local id = redis.call('XADD', KEYS[2], '*', 'c', ARGV[2], 'u', ARGV[3], 'p', ARGV[4])
redis.call('HSET', KEYS[3], id, 1)
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
return 1
`)

// Append takes in one update of chat chatKey. It returns duplicate = true,
// and adds nothing, when updateID was appended within DedupeTTL. When it
// returns a nil error the update is in Redis (as durable as Redis's own
// persistence); any Redis failure is returned as an error and nothing is
// acknowledged. Concurrent appends of the same updateID add one entry.
func (q *Queue) Append(ctx context.Context, chatKey string, updateID int64, payload []byte) (duplicate bool, err error) {
	shard := q.Shard(chatKey)
	id := strconv.FormatInt(updateID, 10)
	keys := []string{q.key(shard, "seen:"+id), q.streamKey(shard), q.key(shard, "attempts")}
	n, err := appendScript.Run(ctx, q.rdb, keys, q.opt.DedupeTTL.Milliseconds(), chatKey, id, payload).Int()
	if err != nil {
		return false, fmt.Errorf("intake: append update %d: %w", updateID, err)
	}
	return n == 0, nil
}

// Pending returns how many entries wait in all shards (appended, not yet
// acknowledged or parked).
func (q *Queue) Pending(ctx context.Context) (int64, error) {
	var total int64
	for s := range q.opt.Shards {
		n, err := q.rdb.XLen(ctx, q.streamKey(s)).Result()
		if err != nil {
			return 0, fmt.Errorf("intake: length of shard %d: %w", s, err)
		}
		total += n
	}
	return total, nil
}

// Parked returns the entries parked in the dead-letter streams, oldest
// first per shard.
func (q *Queue) Parked(ctx context.Context) ([]Entry, error) {
	var out []Entry
	for s := range q.opt.Shards {
		msgs, err := q.rdb.XRange(ctx, q.key(s, "dead"), "-", "+").Result()
		if err != nil {
			return nil, fmt.Errorf("intake: read parked of shard %d: %w", s, err)
		}
		for _, m := range msgs {
			out = append(out, entryOf(s, m))
		}
	}
	return out, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
