// Package redisbatch sends the Redis commands that concurrent goroutines
// issue at the same moment as one pipeline: one write and one read for the
// lot, in the process and in Redis, instead of one each.
//
// Under load a Frontdoor process has dozens of updates in flight (webhook
// appends, session loads and saves, turns, acknowledgements), each waiting
// for one small command at a time; sent apart, their system calls and the
// goroutine wake-ups that follow them were the largest part of an update's
// CPU (docs/BENCHMARKS.md, speed17). Each caller still waits for its own
// command's answer, so nothing is acknowledged before Redis has it, and a
// goroutine's commands still run in the order it sent them.
package redisbatch

import "github.com/redis/go-redis/v9"

// Client returns a client for rdb's servers whose commands are batched
// with those of other goroutines: go-redis's blocking AutoPipeline, one
// ordered stream of batches. A lone command goes at once; under load a
// command waits for the batch before it, and at most a few milliseconds
// more while the callers that batch woke add theirs. Transactions (Watch, TxPipeline), pub/sub and blocking reads
// (XREAD BLOCK) go to rdb as before. Every caller of one rdb shares one
// batcher, which rdb's Close stops. A client of another kind, or one that
// is closed, is returned as it is.
func Client(rdb redis.UniversalClient) redis.UniversalClient {
	var (
		ap  *redis.AutoPipeliner
		err error
	)
	switch c := rdb.(type) {
	case *redis.Client: // one server, or Sentinel's failover client
		ap, err = c.AutoPipeline()
	case *redis.ClusterClient:
		ap, err = c.AutoPipeline()
	default:
		return rdb
	}
	if err != nil {
		return rdb
	}
	return ap
}
