package stream

import "testing"

func TestStreamIDs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		a, b string
		less bool
	}{
		{"by time", "1-5", "2-0", true},
		{"by sequence", "2-1", "2-10", true},
		{"equal", "3-3", "3-3", false},
		{"greater", "10-0", "9-9", false},
		{"malformed is zero", "junk", "0-1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Less(tc.a, tc.b); got != tc.less {
				t.Errorf("Less(%q, %q) = %v", tc.a, tc.b, got)
			}
		})
	}
	for s, want := range map[string]bool{"1-0": true, "1700000000000-3": true, "1": false, "a-b": false, "": false, "-1": false} {
		if ValidID(s) != want {
			t.Errorf("ValidID(%q) = %v", s, !want)
		}
	}
}
