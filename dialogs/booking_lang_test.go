package dialogs

import (
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// TestTimesAndDatesFollowTheLanguage: French and Indonesian read a 24-hour
// clock, Arabic and English a 12-hour one; Arabic, Urdu and Indonesian
// long dates carry the Hijri date.
func TestTimesAndDatesFollowTheLanguage(t *testing.T) {
	e, _, _ := newTestEngine(t)
	at := time.Date(2026, 5, 3, 14, 30, 0, 0, time.UTC)
	for lang, want := range map[string]string{"fr": "14 h 30", "id": "14.30", "en": "2:30 PM"} {
		w := words{e: e, lang: lang, zone: time.UTC, now: at}
		if got := w.clock(at); got != want {
			t.Errorf("%s clock = %q, want %q", lang, got, want)
		}
	}
	day := schedule.DateOf(at)
	for lang, hijri := range map[string]bool{"ar": true, "ur": true, "id": true, "en": false, "fr": false} {
		w := words{e: e, lang: lang, zone: time.UTC, now: at}
		got := w.date(day, true)
		if has := strings.Contains(numerals.Fold(got), "1447"); has != hijri {
			t.Errorf("%s long date %q: Hijri year shown %v, want %v", lang, got, has, hijri)
		}
	}
}
