package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// tombstoneTTL is how long a deleted session's token stays refused: longer
// than any request that loaded the session before the delete could still
// be running.
const tombstoneTTL = 5 * time.Minute

// SessionStore keeps web sessions (scs's Store and CtxStore: Find, Commit,
// Delete) in Redis under one prefix. Safe for concurrent use.
//
// It replaces scs's goredisstore, which has two gaps that matter for
// clinicians' sessions: a commit whose expiry has already passed reaches
// go-redis as a negative duration and is stored with no expiry at all (the
// session never ends), and a request that loaded a session before a logout
// deleted it writes it back when it finishes (the session comes back).
// Here a past expiry deletes, and a deleted token is refused for a while.
type SessionStore struct {
	r      *Redis
	prefix string
}

// SessionStore returns the session store called name ("dash").
func (r *Redis) SessionStore(name string) *SessionStore {
	return &SessionStore{r: r, prefix: r.prefix + name + ":session:"}
}

// Both keys of a token share a hash tag, so they share a Redis Cluster slot.
func (s *SessionStore) keys(token string) []string {
	return []string{s.prefix + "{" + token + "}", s.prefix + "{" + token + "}:deleted"}
}

var commitSession = redis.NewScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`)

var deleteSession = redis.NewScript(`
redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
return redis.call('DEL', KEYS[1])
`)

// FindCtx returns the session data of token; found is false when there is
// none (never made, expired or deleted).
func (s *SessionStore) FindCtx(ctx context.Context, token string) (b []byte, found bool, err error) {
	b, err = s.r.client.Get(ctx, s.keys(token)[0]).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: find session: %w", err)
	}
	return b, true, nil
}

// CommitCtx stores the session data of token until expiry. An expiry in the
// past deletes the session; a token deleted in the last few minutes is not
// stored again.
func (s *SessionStore) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	ttl := time.Until(expiry).Milliseconds()
	if ttl < 1 {
		return s.DeleteCtx(ctx, token)
	}
	if err := commitSession.Run(ctx, s.r.client, s.keys(token), b, ttl).Err(); err != nil {
		return fmt.Errorf("store: commit session: %w", err)
	}
	return nil
}

// DeleteCtx ends the session of token, for good.
func (s *SessionStore) DeleteCtx(ctx context.Context, token string) error {
	if err := deleteSession.Run(ctx, s.r.client, s.keys(token), tombstoneTTL.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}

// Find is FindCtx without a context (scs.Store).
func (s *SessionStore) Find(token string) ([]byte, bool, error) {
	return s.FindCtx(context.Background(), token)
}

// Commit is CommitCtx without a context (scs.Store).
func (s *SessionStore) Commit(token string, b []byte, expiry time.Time) error {
	return s.CommitCtx(context.Background(), token, b, expiry)
}

// Delete is DeleteCtx without a context (scs.Store).
func (s *SessionStore) Delete(token string) error {
	return s.DeleteCtx(context.Background(), token)
}
