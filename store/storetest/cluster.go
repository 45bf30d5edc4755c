package storetest

import (
	"context"
	"crypto/rand"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/store"
)

// clusterNodes is how many primaries NewClusterRedis starts: enough that
// keys of one operation land on different nodes unless they share a tag.
const clusterNodes = 3

// NewClusterRedis starts a Redis Cluster of its own (three primaries, no
// replicas; redis-server from PATH, on free ports, in a temporary
// directory, stopped when tb ends) and returns a store.Redis opened
// through it as serve opens one, with its cluster URL. It takes about a
// second. Without redis-server the test fails, or is skipped with
// FRONTDOOR_SKIP_SERVICES=1.
func NewClusterRedis(tb testing.TB) (*store.Redis, string) {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		unreachable(tb, "redis-server (to run a Redis Cluster)", "PATH", err)
	}
	dir := tb.TempDir()
	addrs := make([]string, clusterNodes)
	for i := range addrs {
		addrs[i] = startServer(tb, bin, func(port int) []string {
			return []string{"--port", fmt.Sprint(port), "--bind", "127.0.0.1",
				"--cluster-enabled", "yes", "--cluster-config-file", filepath.Join(dir, fmt.Sprintf("nodes-%d.conf", port)),
				"--save", "", "--appendonly", "no", "--dir", dir}
		})
	}
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	formCluster(ctx, tb, addrs)
	u := fmt.Sprintf("redis://%s?cluster=true&addr=%s", addrs[0], strings.Join(addrs[1:], "&addr="))
	r, err := store.OpenRedis(ctx, u, "fdtest:"+strings.ToLower(rand.Text())+":")
	if err != nil {
		tb.Fatalf("storetest: open the redis cluster: %v", err)
	}
	tb.Cleanup(func() { r.Close() })
	return r, u
}

// formCluster does what redis-cli --cluster create does for primaries
// alone: splits the 16384 slots evenly, gives each node its own config
// epoch (so no collision needs resolving), introduces the nodes to the
// first, and waits until every node sees every slot served.
func formCluster(ctx context.Context, tb testing.TB, addrs []string) {
	tb.Helper()
	nodes := make([]*redis.Client, len(addrs))
	for i, a := range addrs {
		nodes[i] = redis.NewClient(&redis.Options{Addr: a})
		defer nodes[i].Close()
	}
	const slots = 16384
	for i, c := range nodes {
		lo, hi := i*slots/len(nodes), (i+1)*slots/len(nodes)-1
		if err := c.ClusterAddSlotsRange(ctx, lo, hi).Err(); err != nil {
			tb.Fatalf("storetest: cluster addslotsrange on %s: %v", addrs[i], err)
		}
		if err := c.Do(ctx, "CLUSTER", "SET-CONFIG-EPOCH", i+1).Err(); err != nil {
			tb.Fatalf("storetest: cluster set-config-epoch on %s: %v", addrs[i], err)
		}
	}
	for i, a := range addrs[1:] {
		host, port, _ := strings.Cut(a, ":")
		if err := nodes[0].ClusterMeet(ctx, host, port).Err(); err != nil {
			tb.Fatalf("storetest: cluster meet %s: %v", addrs[i+1], err)
		}
	}
	want := []string{"cluster_state:ok", "cluster_slots_ok:16384", fmt.Sprintf("cluster_known_nodes:%d", len(addrs))}
	for i, c := range nodes {
		for {
			info, err := c.ClusterInfo(ctx).Result()
			if err == nil && containsAll(info, want) {
				break
			}
			if ctx.Err() != nil {
				tb.Fatalf("storetest: the cluster never formed at %s: %v\n%s", addrs[i], err, info)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
