// Package stream holds what the web chat, the dashboard and the store
// agree on about the append-only streams Redis keeps (case events, a web
// conversation's pushes): the shape of an entry id and its order, and one
// pushed entry. It knows no Redis and no HTTP, so a reader of a stream
// (webchat, dashboard) need not import the store that writes it.
package stream

import (
	"strconv"
	"strings"
)

// Entry is one message pushed to a web conversation: its stream id
// ("<ms>-<seq>") and the payload the page receives.
type Entry struct {
	ID      string
	Payload []byte
}

// Less reports whether stream id a ("<ms>-<seq>") comes before b.
// A malformed id counts as "0-0".
func Less(a, b string) bool {
	am, as := parse(a)
	bm, bs := parse(b)
	return am < bm || (am == bm && as < bs)
}

// ValidID reports whether s is a complete stream id "<ms>-<seq>".
func ValidID(s string) bool {
	ms, seq, ok := strings.Cut(s, "-")
	if !ok {
		return false
	}
	_, err1 := strconv.ParseUint(ms, 10, 64)
	_, err2 := strconv.ParseUint(seq, 10, 64)
	return err1 == nil && err2 == nil
}

func parse(s string) (ms, seq uint64) {
	a, b, _ := strings.Cut(s, "-")
	ms, err1 := strconv.ParseUint(a, 10, 64)
	seq, err2 := strconv.ParseUint(b, 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0
	}
	return ms, seq
}
