package dialogs

import (
	"context"
	"time"

	"github.com/frontdoor-health/frontdoor/numerals"
)

// DefaultConsultLength is what a consult is assumed to take when too few
// have closed lately to tell.
const DefaultConsultLength = 10 * time.Minute

// Estimate returns how long the patient will likely wait to be taken, and
// false when no clinician who could take the case is on the dashboard
// (there is no honest figure then). Clinicians free now take the first
// patients at once; the others are taken as consults end, one per
// clinician every Typical, the first of them half a consult away on
// average.
func (f WaitFigures) Estimate() (time.Duration, bool) {
	if f.Online <= 0 {
		return 0, false
	}
	typical := f.Typical
	if typical <= 0 {
		typical = DefaultConsultLength
	}
	free := max(0, f.Online-max(0, f.Busy))
	ahead := max(0, f.Position-1)
	if ahead < free {
		return 0, true
	}
	ends := ahead - free + 1 // consults that must end before the case is taken
	return (time.Duration(2*ends-1) * typical) / time.Duration(2*f.Online), true
}

// Wait buckets: what a patient is told, in minutes.
const (
	waitUnknown = -1 // nobody online to take the case
	waitSoon    = 0  // a few minutes
	waitLong    = 61 // over an hour
)

// waitBucket rounds the estimate to what the patient is told: a few
// minutes, then steps of five minutes up to an hour, then "over an hour".
// Rounding up: being seen sooner than told disappoints nobody.
func (f WaitFigures) waitBucket() int {
	d, ok := f.Estimate()
	switch {
	case !ok:
		return waitUnknown
	case d < 3*time.Minute:
		return waitSoon
	case d > time.Hour:
		return waitLong
	}
	m := int((d + time.Minute - 1) / time.Minute)
	return (m + 4) / 5 * 5
}

// ChangedFrom reports whether f is worth telling a patient who was last
// told old: they became next, or the estimate moved by at least five
// minutes and a quarter, or it became known or unknown.
func (f WaitFigures) ChangedFrom(old WaitFigures) bool {
	if f.Position == 1 && old.Position != 1 {
		return true
	}
	a, b := old.waitBucket(), f.waitBucket()
	switch {
	case a == b:
		return false
	case a == waitUnknown || b == waitUnknown:
		return true
	}
	diff := b - a
	if diff < 0 {
		diff = -diff
	}
	return diff >= 5 && 4*diff >= max(a, b)
}

// waitLine says the estimated wait in lang.
func waitLine(e *Engine, lang string, f WaitFigures) string {
	td := map[string]any{"Emergency": numerals.In(lang, e.EmergencyNumber)}
	switch b := f.waitBucket(); b {
	case waitUnknown:
		return e.Text.Text(lang, "consult_wait_unknown", td)
	case waitSoon:
		return e.Text.Text(lang, "consult_wait_soon", td)
	case waitLong:
		return e.Text.Text(lang, "consult_wait_long", td)
	default:
		return e.Text.Count(lang, "consult_wait_minutes", b, td)
	}
}

// estimate gives the reply the waiting case's figures f (recorded as told
// by Consults.WaitFigures, which read them). With nobody online for an
// urgent case it also looks up where else to get care.
func (tf *triageFlow) estimate(ctx context.Context, t *turn, d *triageData, f WaitFigures) {
	if d.Case == 0 || d.Pos <= 0 {
		return
	}
	d.Wait = &f
	tf.noDoctor(ctx, t, d)
}
