package intake

import (
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// clusterURL is the Redis Cluster of TestOverCluster, which its subtests
// use in place of the test Redis; set before they start.
var clusterURL string

// newRedis returns the test Redis (the cluster, within TestOverCluster)
// and a key prefix of this test alone; storetest deletes every key under
// it when the test ends.
func newRedis(t testing.TB) (redis.UniversalClient, string) {
	t.Helper()
	url := storetest.RedisURL()
	if strings.HasPrefix(t.Name(), "TestOverCluster/") {
		url = clusterURL
	}
	r := storetest.NewRedisAt(t, url)
	return r.Client(), r.Key("intake")
}

// TestOverCluster runs the queue's tests on a real three-node Redis
// Cluster: the keys of every script and transaction must share a slot,
// and the blocking reader must be a cluster client too.
func TestOverCluster(t *testing.T) {
	_, clusterURL = storetest.NewClusterRedis(t)
	for _, tc := range []struct {
		name string
		test func(*testing.T)
	}{
		{"dedupe", TestAppendDeduplicatesConcurrentDeliveries},
		{"order", TestOrderPerChatAcrossTwoWorkers},
		{"takeover", TestDeadWorkersShardIsTakenOver},
		{"park", TestPoisonEntryIsParkedAndTheChatGoesOn},
		{"retry", TestRetryLaterNeverParks},
		{"crash", TestEntryThatKeepsCrashingTheWorkerIsParked},
		{"share", TestWorkersShareTheShards},
		{"trim", TestTrimParked},
	} {
		t.Run(tc.name, tc.test)
	}
}
