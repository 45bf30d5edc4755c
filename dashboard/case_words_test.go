package dashboard

import (
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// TestSplitTopic: a tapped topic is told apart from the patient's words.
func TestSplitTopic(t *testing.T) {
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	chest := text.Text("ar", "triagedialog_topic_chest", nil)
	for _, tc := range []struct{ name, lang, complaint, topic, words string }{
		{"topic alone", "ar", chest, chest, ""},
		{"topic and words", "ar", chest + "\nمنذ الصباح", chest, "منذ الصباح"},
		{"words alone", "ar", "صدري يوجعني", "", "صدري يوجعني"},
		{"words that look like a topic in another language", "en", chest, "", chest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			topic, words := splitTopic(text, tc.lang, tc.complaint)
			if topic != tc.topic || words != tc.words {
				t.Errorf("splitTopic(%q) = %q, %q; want %q, %q", tc.complaint, topic, words, tc.topic, tc.words)
			}
		})
	}
}

// TestClockReadsAsPatientsRead: the dashboard writes times as the patient
// reads them, so a doctor can read one aloud.
func TestClockReadsAsPatientsRead(t *testing.T) {
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	now := time.Date(2026, 5, 1, 8, 0, 0, 0, riyadh)
	d := &Dashboard{cfg: Config{Text: text, Location: riyadh}, now: func() time.Time { return now }}
	for _, tc := range []struct {
		name, lang string
		at         time.Time
		want       string
	}{
		{"today arabic", "ar", time.Date(2026, 5, 1, 21, 5, 0, 0, riyadh), "٩:٠٥ م"},
		{"today english", "en", time.Date(2026, 5, 1, 9, 30, 0, 0, riyadh), "9:30 AM"},
		{"tomorrow english", "en", time.Date(2026, 5, 2, 9, 0, 0, 0, riyadh), "Tomorrow, Saturday 2 May, 9:00 AM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.clock(tc.lang, tc.at); got != tc.want {
				t.Errorf("clock = %q, want %q", got, tc.want)
			}
		})
	}
}
