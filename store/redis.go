package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/redisbatch"
)

// DefaultRedisPrefix is put before every key when OpenRedis is given none.
const DefaultRedisPrefix = "fd:"

// DefaultSessionTTL is how long an untouched conversation session lives.
const DefaultSessionTTL = 24 * time.Hour

// Redis holds what may expire: conversation sessions and locks. Every key
// it writes starts with its prefix, so several deployments (or test runs)
// can share one server. Keys one operation touches together share a hash
// tag, so the same code serves a single server, Sentinel and a Redis
// Cluster. Safe for concurrent use.
type Redis struct {
	// client sends this package's commands in batches with those of other
	// goroutines (redisbatch); raw is the client it batches for, which
	// Client hands out and Close closes.
	client     redis.UniversalClient
	raw        redis.UniversalClient
	prefix     string
	sessionTTL time.Duration
}

// RedisOption adjusts a Redis at OpenRedis.
type RedisOption func(*Redis)

// WithSessionTTL sets how long a session lives after its last save
// (default DefaultSessionTTL). Values below one second are raised to one.
func WithSessionTTL(d time.Duration) RedisOption {
	return func(r *Redis) { r.sessionTTL = max(d, time.Second) }
}

// OpenRedis connects to the server at url (redis://[user:password@]host:port/db,
// or rediss:// for TLS) and checks that it answers. With a master_name
// parameter the address is a Sentinel's (more with addr=host:port
// parameters, a password for the Sentinels with sentinel_password) and
// the client follows the primary Sentinel names, across failovers:
// redis://:pass@sentinel1:26379/0?master_name=frontdoor&addr=sentinel2:26379.
// With cluster=true the address is one node of a Redis Cluster (more seed
// nodes with addr=host:port parameters; database 0 only) and the client
// follows the cluster's slots, across resharding and failovers:
// redis://:pass@node1:6379?cluster=true&addr=node2:6379&addr=node3:6379.
// prefix is put before every key; "" means DefaultRedisPrefix. The
// caller must Close it. Errors never contain the URL, which may hold a
// password.
func OpenRedis(ctx context.Context, rawURL, prefix string, opts ...RedisOption) (*Redis, error) {
	client, err := newRedisClient(rawURL)
	if err != nil {
		return nil, err
	}
	if prefix == "" {
		prefix = DefaultRedisPrefix
	}
	r := &Redis{client: redisbatch.Client(client), raw: client, prefix: prefix, sessionTTL: DefaultSessionTTL}
	for _, opt := range opts {
		opt(r)
	}
	if err := r.client.Ping(ctx).Err(); err != nil {
		r.raw.Close()
		return nil, fmt.Errorf("store: open redis: %w", err)
	}
	return r, nil
}

// newRedisClient makes the client for rawURL: through Sentinel when it
// names a master, a cluster client with cluster=true (see OpenRedis).
func newRedisClient(rawURL string) (redis.UniversalClient, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, errors.New("store: open redis: cannot parse the Redis URL")
	}
	q := u.Query()
	cluster := false
	if q.Has("cluster") {
		if cluster, err = strconv.ParseBool(q.Get("cluster")); err != nil {
			return nil, errors.New("store: open redis: cluster= wants true or false")
		}
		// go-redis refuses parameters it does not know.
		q.Del("cluster")
		u.RawQuery = q.Encode()
		rawURL = u.String()
	}
	switch {
	case cluster && q.Has("master_name"):
		return nil, errors.New("store: open redis: a URL names a Sentinel master or a cluster, not both")
	case cluster:
		// A cluster has only database 0; ParseClusterURL ignores the path,
		// so a URL asking for another would silently share database 0.
		if db := strings.Trim(u.Path, "/"); db != "" && db != "0" {
			return nil, errors.New("store: open redis: a Redis Cluster has only database 0")
		}
		o, err := redis.ParseClusterURL(rawURL)
		if err != nil {
			return nil, errors.New("store: open redis: cannot parse the Redis Cluster URL")
		}
		return redis.NewClusterClient(o), nil
	case q.Has("master_name"):
		o, err := redis.ParseFailoverURL(rawURL)
		if err != nil {
			return nil, errors.New("store: open redis: cannot parse the Redis Sentinel URL")
		}
		return redis.NewFailoverClient(o), nil
	}
	o, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, errors.New("store: open redis: cannot parse the Redis URL")
	}
	return redis.NewClient(o), nil
}

// Ping reports whether the server answers.
func (r *Redis) Ping(ctx context.Context) error {
	if err := r.client.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("store: ping redis: %w", err)
	}
	return nil
}

// Close closes the client's connections.
func (r *Redis) Close() error {
	if err := r.raw.Close(); err != nil {
		return fmt.Errorf("store: close redis: %w", err)
	}
	return nil
}

// Client returns the underlying client for packages with their own Redis
// structures (streams, rate limits): a *redis.Client for one server or
// Sentinel, a *redis.ClusterClient for a cluster. They must put Key's
// prefix before their keys and give the keys of one script, transaction
// or multi-key command a shared hash tag.
func (r *Redis) Client() redis.UniversalClient { return r.raw }

// Prefix returns the prefix of every key this Redis writes.
func (r *Redis) Prefix() string { return r.prefix }

// Key returns name under this Redis's prefix.
func (r *Redis) Key(name string) string { return r.prefix + name }
