package dialogs

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
)

// TestBookingMessagesExist: every message id the booking, appointment and
// reminder code names (and the calendar words it builds by number) exists
// in both languages.
func TestBookingMessagesExist(t *testing.T) {
	cat := mustCatalog(t)
	ids := map[string]bool{"minutes": true}
	for i := range 7 {
		ids["booking_weekday_"+strconv.Itoa(i)] = true
	}
	for i := 1; i <= 12; i++ {
		ids["booking_month_"+strconv.Itoa(i)] = true
		ids["booking_hijri_month_"+strconv.Itoa(i)] = true
	}
	quoted := regexp.MustCompile(`"((?:booking|appts|reminder)_[a-z_]+)"`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") ||
			!(strings.HasPrefix(name, "booking") || strings.HasPrefix(name, "appointments")) {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], "_") {
				ids[m[1]] = true
			}
		}
	}
	if len(ids) < 80 {
		t.Fatalf("found only %d message ids; is the pattern right?", len(ids))
	}
	for id := range ids {
		for _, lang := range locales.Languages {
			if !cat.Has(lang, id) {
				t.Errorf("message %q is missing in %s", id, lang)
			}
		}
	}
}
