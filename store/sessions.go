package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/redis/go-redis/v9"
)

// Redis is the engine's SessionStore, and forgets a conversation's web
// pushes with it (dialogs.ConversationEraser).
var _ dialogs.SessionStore = (*Redis)(nil)

// A session is a hash {v: version, s: JSON}, so that the version is
// checked and bumped in Lua without decoding the JSON.
//
// The new version is max(old+1, server time in µs): it grows within a
// session's life and also across a Delete or an expiry, so a writer holding
// a version from before a Delete can never match the new session (no ABA).
// Versions stay below 2^53, exact in Lua's doubles.
var saveSession = redis.NewScript(`
local cur = redis.call('HGET', KEYS[1], 'v')
if not cur then cur = '0' end
if cur ~= ARGV[1] then return -1 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nv = math.max(tonumber(cur) + 1, now)
local s = string.format('%.0f', nv)
redis.call('HSET', KEYS[1], 'v', s, 's', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return s
`)

func (r *Redis) sessionKey(k dialogs.ConversationKey) string {
	return r.prefix + "session:" + k.String()
}

// Load returns the conversation's session with its Version set, or
// dialogs.ErrNotFound when it has none (new, expired or deleted).
func (r *Redis) Load(ctx context.Context, key dialogs.ConversationKey) (dialogs.Session, error) {
	vals, err := r.client.HMGet(ctx, r.sessionKey(key), "v", "s").Result()
	if err != nil {
		return dialogs.Session{}, fmt.Errorf("store: load session: %w", err)
	}
	v, vok := vals[0].(string)
	s, sok := vals[1].(string)
	if !vok || !sok {
		return dialogs.Session{}, fmt.Errorf("store: load session: %w", dialogs.ErrNotFound)
	}
	var sess dialogs.Session
	if err := json.Unmarshal([]byte(s), &sess); err != nil {
		return dialogs.Session{}, fmt.Errorf("store: load session: decode: %w", err)
	}
	if sess.Version, err = strconv.ParseInt(v, 10, 64); err != nil {
		return dialogs.Session{}, fmt.Errorf("store: load session: version: %w", err)
	}
	return sess, nil
}

// Save writes s if the stored version still equals s.Version (0: no session
// may exist yet) and returns the new version, which is never 0. Otherwise it
// returns dialogs.ErrStaleSession and changes nothing. Every save renews the
// session's time-to-live. Atomic across processes.
func (r *Redis) Save(ctx context.Context, key dialogs.ConversationKey, s dialogs.Session) (int64, error) {
	data, err := json.Marshal(s)
	if err != nil {
		return 0, fmt.Errorf("store: save session: encode: %w", err)
	}
	res, err := saveSession.Run(ctx, r.client, []string{r.sessionKey(key)},
		strconv.FormatInt(s.Version, 10), data, r.sessionTTL.Milliseconds()).Result()
	if err != nil {
		return 0, fmt.Errorf("store: save session: %w", err)
	}
	switch v := res.(type) {
	case int64: // -1: the version did not match
		return 0, fmt.Errorf("store: save session: %w", dialogs.ErrStaleSession)
	case string:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("store: save session: version: %w", err)
		}
		return n, nil
	default:
		return 0, fmt.Errorf("store: save session: %w", errors.New("unexpected script reply"))
	}
}

// Delete forgets the conversation's session; deleting none is no error.
func (r *Redis) Delete(ctx context.Context, key dialogs.ConversationKey) error {
	if err := r.client.Del(ctx, r.sessionKey(key)).Err(); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}
