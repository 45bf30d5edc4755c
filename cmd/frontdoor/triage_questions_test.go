package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// Issue 10's question target, measured per held-out set with simulate in
// both modes: no more than six questions for 90% of the conversations,
// and a median of at most four.
const (
	maxQuestions      = 6
	maxLongShare      = 0.10
	maxMedianQuestion = 4
)

// checkQuestionCounts fails when more than 10% of one simulate run's
// conversations ask more than six questions, or its median is above four
// (TestSimulateHeldOutConversations calls it for every set in both modes).
// It logs the median, the 90th percentile and the share.
func checkQuestionCounts(t *testing.T, name, out string) {
	t.Helper()
	counts := questionCounts(t, out)
	long := 0
	for _, n := range counts {
		if n > maxQuestions {
			long++
		}
	}
	median, p90 := quantile(counts, 0.5), quantile(counts, 0.9)
	share := float64(long) / float64(len(counts))
	t.Logf("%s: median %g, 90th percentile %g, more than %d questions %d/%d (%.1f%%)",
		name, median, p90, maxQuestions, long, len(counts), 100*share)
	if share > maxLongShare {
		t.Errorf("%s: %d of %d conversations ask more than %d questions (%.1f%%, at most %.0f%%)",
			name, long, len(counts), maxQuestions, 100*share, 100*maxLongShare)
	}
	if median > maxMedianQuestion {
		t.Errorf("%s: median %g questions, at most %d", name, median, maxMedianQuestion)
	}
}

// questionCounts reads simulate's output: the number of questions of each
// conversation, in ascending order.
func questionCounts(tb testing.TB, out string) []int {
	tb.Helper()
	var counts []int
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			Questions []string `json:"questions"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			tb.Fatal(err)
		}
		counts = append(counts, len(r.Questions))
	}
	if len(counts) == 0 {
		tb.Fatal("simulate wrote no conversations")
	}
	slices.Sort(counts)
	return counts
}

// quantile is the q-quantile of sorted counts: the median as the mean of
// the middle two, other quantiles as scripts/triage-score takes them.
func quantile(sorted []int, q float64) float64 {
	if q == 0.5 {
		n := len(sorted)
		return float64(sorted[(n-1)/2]+sorted[n/2]) / 2
	}
	return float64(sorted[int(q*float64(len(sorted)-1))])
}
