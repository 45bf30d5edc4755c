package intake

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// TrimParked deletes the parked entries taken in before before from every
// shard's dead-letter stream (a retention policy: a parked update still
// holds what the patient wrote) and returns how many went. Safe to run
// while workers run.
func (q *Queue) TrimParked(ctx context.Context, before time.Time) (int64, error) {
	var total int64
	minID := strconv.FormatInt(before.UnixMilli(), 10)
	for s := range q.opt.Shards {
		n, err := q.rdb.XTrimMinID(ctx, q.key(s, "dead"), minID).Result()
		if err != nil {
			return total, fmt.Errorf("intake: trim parked entries of shard %d: %w", s, err)
		}
		total += n
	}
	return total, nil
}
