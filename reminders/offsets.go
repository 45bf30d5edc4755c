package reminders

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// EnvOffsets is the variable ParseOffsets is meant for.
const EnvOffsets = "FRONTDOOR_REMINDER_OFFSETS"

// MaxOffsets bounds how many reminders one appointment gets.
const MaxOffsets = 6

// ParseOffsets reads reminder offsets: a comma-separated list of Go
// durations before the start ("24h,1h,0s"; "0" alone means at the start;
// seconds work, "45s,15s,0s", for tests). Spaces are ignored. The result is
// longest first with no repeats. An empty string gives nil (take the
// default, store.DefaultReminderOffsets). Each offset must be between 0
// and 30 days, and there may be at most MaxOffsets.
func ParseOffsets(s string) ([]time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	var out []time.Duration
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "0" {
			part = "0s"
		}
		d, err := time.ParseDuration(part)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not a duration like 24h, 90m or 30s", EnvOffsets, part)
		}
		if d < 0 || d > 30*24*time.Hour {
			return nil, fmt.Errorf("%s: %s is outside 0s..720h", EnvOffsets, d)
		}
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	if len(out) > MaxOffsets {
		return nil, fmt.Errorf("%s: %d offsets, at most %d", EnvOffsets, len(out), MaxOffsets)
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out, nil
}
