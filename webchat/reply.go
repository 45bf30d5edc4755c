package webchat

import (
	"net/url"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// What happened to an input, for the metrics.
type event int

const (
	received event = iota
	duplicate
	processed
	failed
)

// count records ev under channel "web"; reason labels failures only.
func (s *Server) count(ev event, reason string) {
	m := s.Metrics
	if m == nil {
		return
	}
	ch := dialogs.ChannelWeb
	switch ev {
	case received:
		m.UpdatesReceived.WithLabelValues(ch).Inc()
	case duplicate:
		m.UpdatesDuplicate.WithLabelValues(ch).Inc()
	case processed:
		m.UpdatesProcessed.WithLabelValues(ch).Inc()
	case failed:
		m.UpdatesFailed.WithLabelValues(ch, reason).Inc()
	}
}

// safeReplies copies replies for the browser, dropping any URL button whose
// scheme is not http, https or tel: a link is the one thing in a reply the
// page does not render as inert text. Empty rows are dropped with it. A
// reply that only offers to share the location is dropped too: the page
// has no location button (the question before it offers the facilities
// and typed names instead).
func safeReplies(replies []dialogs.Reply) []dialogs.Reply {
	out := make([]dialogs.Reply, 0, len(replies))
	for _, r := range replies {
		if r.AskLocation != nil {
			continue
		}
		var rows [][]dialogs.Button
		for _, row := range r.Buttons {
			var kept []dialogs.Button
			for _, b := range row {
				if b.URL != "" && !safeURL(b.URL) {
					continue
				}
				if b.URL == "" && b.Data == "" {
					continue
				}
				kept = append(kept, b)
			}
			if len(kept) > 0 {
				rows = append(rows, kept)
			}
		}
		r.Buttons = rows
		out = append(out, r)
	}
	return out
}

func safeURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "https", "http":
		return u.Host != ""
	case "tel":
		return u.Opaque != "" || u.Path != ""
	}
	return false
}
