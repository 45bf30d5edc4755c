package dialogs

import (
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

func TestValuesRoundTrip(t *testing.T) {
	type answers struct {
		AgeBand  string `json:"age_band"`
		Severity int    `json:"severity"`
	}
	var s Session
	if v, err := loadValues[answers](&s); err != nil || v != (answers{}) {
		t.Fatalf("empty session: %+v, %v", v, err)
	}
	want := answers{AgeBand: "65+", Severity: 7}
	if err := storeValues(&s, want); err != nil {
		t.Fatal(err)
	}
	if got, err := loadValues[answers](&s); err != nil || got != want {
		t.Errorf("round trip = %+v, %v; want %+v", got, err, want)
	}
	s.Values[valuesKey] = "{not json"
	if _, err := loadValues[answers](&s); err == nil {
		t.Error("corrupt data decoded without error")
	}
}

func TestZonesReadAsPlaces(t *testing.T) {
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, lang, zone, want string }{
		{"makkah ar", "ar", "Asia/Riyadh", "بتوقيت مكة المكرمة"},
		{"makkah en", "en", "Asia/Riyadh", "Makkah time"},
		{"cairo ar", "ar", "Africa/Cairo", "بتوقيت القاهرة"},
		{"cairo en", "en", "Africa/Cairo", "Cairo time"},
		{"casablanca ar", "ar", "Africa/Casablanca", "بتوقيت المغرب"},
		{"unnamed zone reads as its city", "en", "Asia/Ho_Chi_Minh", "Ho Chi Minh time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			zone, err := time.LoadLocation(tc.zone)
			if err != nil {
				t.Fatal(err)
			}
			w := words{e: &Engine{Deps: Deps{Text: text}}, lang: tc.lang, zone: zone}
			if got := w.zoneName(); got != tc.want {
				t.Errorf("zoneName() = %q, want %q", got, tc.want)
			}
		})
	}
}
