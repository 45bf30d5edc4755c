package intake

import (
	"context"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// lease is one worker's hold on one shard. token is "<worker>:<fence>",
// where fence is the shard's counter at acquisition: a later holder always
// has a larger fence, and every acknowledgement checks both.
type lease struct {
	shard int
	token string
	fence int64
}

// errLeaseLost means another worker holds the shard now (or nobody does and
// ours expired): stop handling it, acknowledge nothing more.
var errLeaseLost = errors.New("intake: shard lease lost")

// acquireScript is SET NX PX plus a fencing counter, in one step.
var acquireScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local fence = redis.call('INCR', KEYS[2])
local token = ARGV[1] .. ':' .. fence
redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
return {token, fence}
`)

var renewScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`)

var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

// acquire tries to take shard; ok is false when someone holds it.
func (q *Queue) acquire(ctx context.Context, shard int) (l lease, ok bool, err error) {
	keys := []string{q.key(shard, "lease"), q.key(shard, "fence")}
	res, err := acquireScript.Run(ctx, q.rdb, keys, q.worker, q.opt.LeaseTTL.Milliseconds()).Slice()
	if errors.Is(err, redis.Nil) {
		return lease{}, false, nil
	}
	if err != nil {
		return lease{}, false, fmt.Errorf("intake: acquire shard %d: %w", shard, err)
	}
	if len(res) != 2 {
		return lease{}, false, fmt.Errorf("intake: acquire shard %d: unexpected reply %v", shard, res)
	}
	token, _ := res[0].(string)
	fence, _ := res[1].(int64)
	return lease{shard: shard, token: token, fence: fence}, true, nil
}

// renew extends l; errLeaseLost when it is no longer ours.
func (q *Queue) renew(ctx context.Context, l lease) error {
	n, err := renewScript.Run(ctx, q.rdb, []string{q.key(l.shard, "lease")}, l.token, q.opt.LeaseTTL.Milliseconds()).Int()
	if err != nil {
		return fmt.Errorf("intake: renew shard %d: %w", l.shard, err)
	}
	if n == 0 {
		return errLeaseLost
	}
	return nil
}

// release gives l up at once so another worker need not wait for expiry.
func (q *Queue) release(ctx context.Context, l lease) error {
	if err := releaseScript.Run(ctx, q.rdb, []string{q.key(l.shard, "lease")}, l.token).Err(); err != nil {
		return fmt.Errorf("intake: release shard %d: %w", l.shard, err)
	}
	return nil
}

// ackScript acknowledges and deletes an entry only while the caller's lease
// and fence are current, and forgets its attempt count.
//
//	KEYS: lease, fence, stream, attempts   ARGV: token, fence, entry id
var ackScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] or redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return 0
end
redis.call('XACK', KEYS[3], 'workers', ARGV[3])
redis.call('XDEL', KEYS[3], ARGV[3])
redis.call('HDEL', KEYS[4], ARGV[3])
return 1
`)

// parkScript moves an entry to the dead-letter stream under the same checks.
//
//	KEYS: lease, fence, stream, attempts, dead
//	ARGV: token, fence, entry id, chat key, update id, payload, cause
var parkScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] or redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return 0
end
redis.call('XADD', KEYS[5], '*', 'c', ARGV[4], 'u', ARGV[5], 'p', ARGV[6], 'id', ARGV[3], 'cause', ARGV[7])
redis.call('XACK', KEYS[3], 'workers', ARGV[3])
redis.call('XDEL', KEYS[3], ARGV[3])
redis.call('HDEL', KEYS[4], ARGV[3])
return 1
`)

func (q *Queue) ack(ctx context.Context, l lease, id string) error {
	keys := []string{q.key(l.shard, "lease"), q.key(l.shard, "fence"), q.streamKey(l.shard), q.key(l.shard, "attempts")}
	n, err := ackScript.Run(ctx, q.rdb, keys, l.token, l.fence, id).Int()
	if err != nil {
		return fmt.Errorf("intake: ack %s in shard %d: %w", id, l.shard, err)
	}
	if n == 0 {
		return errLeaseLost
	}
	return nil
}

func (q *Queue) park(ctx context.Context, l lease, e Entry, cause string) error {
	keys := []string{q.key(l.shard, "lease"), q.key(l.shard, "fence"), q.streamKey(l.shard),
		q.key(l.shard, "attempts"), q.key(l.shard, "dead")}
	n, err := parkScript.Run(ctx, q.rdb, keys, l.token, l.fence, e.ID, e.ChatKey, e.UpdateID, e.Payload, cause).Int()
	if err != nil {
		return fmt.Errorf("intake: park %s in shard %d: %w", e.ID, l.shard, err)
	}
	if n == 0 {
		return errLeaseLost
	}
	return nil
}
