package faulttest

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestLoadToolSmoke runs the load tool (cmd/frontdoor-load) for a few
// seconds against a serve process it starts itself: the tool works, and a
// short realistic load has no error, no order violation and no duplicate.
// The figures in docs/BENCHMARKS.md come from longer runs of the same tool.
func TestLoadToolSmoke(t *testing.T) {
	t.Parallel()
	tool := filepath.Join(t.TempDir(), "frontdoor-load")
	build := exec.Command("go", "build", "-o", tool, "github.com/frontdoor-health/frontdoor/cmd/frontdoor-load")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	storetest.NewRedis(t) // skips or fails clearly when the servers are not there
	var stdout, stderr bytes.Buffer
	run := exec.Command(tool, "-serve", binary, "-patients", "20", "-duration", "6s", "-ramp", "1s",
		"-think", "200ms", "-progress", "2s", "-json",
		"-db-admin", storetest.DatabaseURL(), "-redis", storetest.RedisURL(),
		"-serve-env", "FRONTDOOR_TELEGRAM_RATE_CHAT=100", "-fake-chat-limit", "0")
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		t.Fatalf("frontdoor-load: %v\n%s", err, stderr.String())
	}
	var sum struct {
		Updates    int64                 `json:"updates"`
		Errors     map[string]int64      `json:"errors"`
		Order      int64                 `json:"order_violations"`
		Unexpected int64                 `json:"unexpected_messages"`
		FirstReply struct{ P99 float64 } `json:"update_to_first_reply_ms"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, stdout.String())
	}
	if sum.Updates == 0 || len(sum.Errors) > 0 || sum.Order != 0 || sum.Unexpected != 0 {
		t.Errorf("load run: %+v\n%s", sum, stderr.String())
	}
	t.Logf("%d updates in 6 s from 20 patients, first reply p99 %.1f ms", sum.Updates, sum.FirstReply.P99)
}
