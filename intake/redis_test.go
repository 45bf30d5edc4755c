package intake

import (
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// newRedis returns the test Redis and a key prefix of this test alone;
// storetest deletes every key under it when the test ends.
func newRedis(t testing.TB) (redis.UniversalClient, string) {
	t.Helper()
	r := storetest.NewRedis(t)
	return r.Client(), r.Key("intake")
}
