package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/redis/go-redis/v9"
)

// DefaultRedisPrefix is put before every key when OpenRedis is given none.
const DefaultRedisPrefix = "fd:"

// DefaultSessionTTL is how long an untouched conversation session lives.
const DefaultSessionTTL = 24 * time.Hour

// Redis holds what may expire: conversation sessions and locks. Every key
// it writes starts with its prefix, so several deployments (or test runs)
// can share one server. Safe for concurrent use.
type Redis struct {
	client     *redis.Client
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
	r := &Redis{client: client, prefix: prefix, sessionTTL: DefaultSessionTTL}
	for _, opt := range opts {
		opt(r)
	}
	if err := r.client.Ping(ctx).Err(); err != nil {
		r.client.Close()
		return nil, fmt.Errorf("store: open redis: %w", err)
	}
	return r, nil
}

// newRedisClient makes the client for rawURL: through Sentinel when it
// names a master (see OpenRedis).
func newRedisClient(rawURL string) (*redis.Client, error) {
	if u, err := url.Parse(rawURL); err == nil && u.Query().Has("master_name") {
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
	if err := r.client.Close(); err != nil {
		return fmt.Errorf("store: close redis: %w", err)
	}
	return nil
}

// Client returns the underlying client for packages with their own Redis
// structures (streams, rate limits). They must put Key's prefix before
// their keys.
func (r *Redis) Client() *redis.Client { return r.client }

// Prefix returns the prefix of every key this Redis writes.
func (r *Redis) Prefix() string { return r.prefix }

// Key returns name under this Redis's prefix.
func (r *Redis) Key(name string) string { return r.prefix + name }
