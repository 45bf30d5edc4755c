package e2e

import (
	"testing"

	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestOverCluster runs the Telegram walks on a real three-node Redis
// Cluster (testRedis gives its subtests the cluster): the engine's
// sessions, the case events and the channel's intake and flow control
// together. Keys of one script, transaction or multi-key read must share a
// slot there. The channel's own paths on a cluster are bot's
// TestOverCluster.
func TestOverCluster(t *testing.T) {
	_, clusterURL = storetest.NewClusterRedis(t)
	for _, tc := range []struct {
		name string
		test func(*testing.T)
	}{
		{"end to end", TestEndToEnd},
		{"triage", TestTriageEndToEnd},
	} {
		t.Run(tc.name, tc.test)
	}
}
