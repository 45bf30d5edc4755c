package fhir

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// dateRange is the span a set of date search values allows, [from, to);
// zero ends are open.
type dateRange struct{ from, to time.Time }

// parseDates reads FHIR date search values ("ge2026-05-01",
// "lt2026-05-08T00:00:00Z", "2026-05-02"); prefixes eq, ge, gt, le, lt.
// A value without a zone is read in zone. A date names its whole day, an
// instant its second.
func parseDates(values []string, zone *time.Location) (dateRange, error) {
	var r dateRange
	for _, v := range values {
		prefix := "eq"
		if len(v) > 2 && v[0] >= 'a' && v[0] <= 'z' {
			prefix, v = v[:2], v[2:]
		}
		lo, hi, err := parseDate(v, zone)
		if err != nil {
			return r, err
		}
		switch prefix {
		case "eq":
			r.from, r.to = later(r.from, lo), earlier(r.to, hi)
		case "ge":
			r.from = later(r.from, lo)
		case "gt":
			r.from = later(r.from, hi)
		case "lt":
			r.to = earlier(r.to, lo)
		case "le":
			r.to = earlier(r.to, hi)
		default:
			return r, fmt.Errorf("date prefix %q is not supported (eq, ge, gt, le, lt)", prefix)
		}
	}
	return r, nil
}

// parseDate returns the span v names.
func parseDate(v string, zone *time.Location) (lo, hi time.Time, err error) {
	if t, err := time.ParseInLocation(time.DateOnly, v, zone); err == nil {
		return t, t.AddDate(0, 0, 1), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.ParseInLocation(layout, v, zone); err == nil {
			return t, t.Add(time.Second), nil
		}
	}
	return lo, hi, fmt.Errorf("%q is not a FHIR date or dateTime", v)
}

func later(a, b time.Time) time.Time {
	if a.IsZero() || b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if a.IsZero() || b.Before(a) {
		return b
	}
	return a
}

// reference reads a search value naming a resource of kind: "Kind/12" or
// "12" (or a full URL ending so).
func reference(v, kind string) (int64, error) {
	if i := strings.LastIndex(v, kind+"/"); i >= 0 {
		v = v[i+len(kind)+1:]
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%q is not a %s reference", v, kind)
	}
	return id, nil
}

// tokens splits the comma-separated values of name.
func tokens(q url.Values, name string) []string {
	var out []string
	for _, v := range q[name] {
		for t := range strings.SplitSeq(v, ",") {
			if t = strings.TrimSpace(t); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// known refuses search parameters the endpoint does not implement, as
// FHIR's strict handling does, rather than silently ignoring a filter.
func known(q url.Values, names ...string) error {
	for k := range q {
		ok := strings.HasPrefix(k, "_format")
		for _, n := range names {
			ok = ok || k == n
		}
		if !ok {
			return fmt.Errorf("search parameter %q is not supported", k)
		}
	}
	return nil
}
