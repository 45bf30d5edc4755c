package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// The web chat's small records in Redis, by a key the web chat makes from
// a hash of what the browser holds (its device cookie, a page token, a
// one-time code): a copy of Redis names no usable cookie.

func (r *Redis) webKey(key string) string { return r.prefix + "chat:key:" + key }

// SetWebKey stores value under key for ttl.
func (r *Redis) SetWebKey(ctx context.Context, key, value string, ttl time.Duration) error {
	if err := r.client.Set(ctx, r.webKey(key), value, ttl).Err(); err != nil {
		return fmt.Errorf("store: web chat key: set: %w", err)
	}
	return nil
}

// WebKey returns key's value and, when ttl > 0, keeps it for ttl from now
// (an idle expiry); dialogs.ErrNotFound when there is none.
func (r *Redis) WebKey(ctx context.Context, key string, ttl time.Duration) (string, error) {
	var v string
	var err error
	if ttl > 0 {
		v, err = r.client.GetEx(ctx, r.webKey(key), ttl).Result()
	} else {
		v, err = r.client.Get(ctx, r.webKey(key)).Result()
	}
	if errors.Is(err, redis.Nil) {
		return "", dialogs.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("store: web chat key: get: %w", err)
	}
	return v, nil
}

// TakeWebKey returns key's value and deletes it in one step, so two
// callers cannot both take it (a one-time code); dialogs.ErrNotFound when
// there is none.
func (r *Redis) TakeWebKey(ctx context.Context, key string) (string, error) {
	v, err := r.client.GetDel(ctx, r.webKey(key)).Result()
	if errors.Is(err, redis.Nil) {
		return "", dialogs.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("store: web chat key: take: %w", err)
	}
	return v, nil
}

// DeleteWebKey deletes key; deleting a missing key is no error.
func (r *Redis) DeleteWebKey(ctx context.Context, key string) error {
	if err := r.client.Del(ctx, r.webKey(key)).Err(); err != nil {
		return fmt.Errorf("store: web chat key: delete: %w", err)
	}
	return nil
}
