package dialogs

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// icsScript prints, as JSON, what Python's icalendar understood of an
// .ics file.
const icsScript = `
import json, sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = cal.walk('VEVENT')[0]
utc = lambda v: v.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
json.dump({'errors': [str(e) for c in cal.walk() for e in c.errors],
           'method': str(cal.get('method')), 'uid': str(ev.get('uid')), 'sequence': ev.decoded('sequence'),
           'start': utc(ev.decoded('dtstart')), 'end': utc(ev.decoded('dtend')),
           'summary': str(ev.get('summary')), 'lang': ev.get('summary').params.get('LANGUAGE'),
           'description': str(ev.get('description')), 'url': str(ev.get('url'))}, sys.stdout, ensure_ascii=False)
`

// TestBookingCalendarFileParses: the .ics sent with a booking, and again
// after a move, reads back with an independent parser (Python's
// icalendar): same UID, SEQUENCE counting the move, the times, the link.
func TestBookingCalendarFileParses(t *testing.T) {
	python := ""
	for _, c := range []string{os.Getenv("FRONTDOOR_PYTHON"), "python3", "/usr/bin/python3"} {
		if c != "" && exec.Command(c, "-c", "import icalendar").Run() == nil {
			python = c
			break
		}
	}
	if python == "" {
		t.Skip("SKIPPED independent iCalendar check: no python3 with icalendar (apt-get install -y python3-icalendar)")
	}
	parse := func(doc *Document) map[string]any {
		t.Helper()
		if doc == nil || !strings.HasPrefix(doc.MIME, "text/calendar") {
			t.Fatalf("document %+v, want a calendar file", doc)
		}
		path := filepath.Join(t.TempDir(), doc.Name)
		if err := os.WriteFile(path, doc.Data, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(python, "-c", icsScript, path).Output()
		if err != nil {
			t.Fatalf("icalendar: %v", err)
		}
		var got map[string]any
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		if errs := got["errors"].([]any); len(errs) > 0 {
			t.Errorf("parser errors: %v", errs)
		}
		return got
	}
	for _, lw := range bookingLangs {
		t.Run(lw.name, func(t *testing.T) {
			e, _ := newBookingEngine(t)
			c := onboarded(t, e, lw)
			c.book()
			c.tap(lw.gp)
			c.tap(lw.firstDay)
			c.tap(lw.nine)
			booked := parse(documentOf(c.tap(lw.yes)))
			c.tap(lw.mine)
			c.tap(c.last[0].Buttons[0][0].Label)
			c.tap(lw.change)
			c.tap(lw.firstDay)
			c.tap(lw.ten)
			moved := parse(documentOf(c.tap(lw.yesMove)))
			for _, tc := range []struct {
				name, key string
				got, want any
			}{
				{"uid", "uid", booked["uid"], "appointment-102@frontdoor.test"},
				{"method", "method", booked["method"], "PUBLISH"},
				{"start", "start", booked["start"], "2026-05-02T06:00:00Z"},
				{"end", "end", booked["end"], "2026-05-02T06:30:00Z"},
				{"lang", "lang", booked["lang"], lw.hint},
				{"url", "url", booked["url"], "https://meet.example.org/room102"},
				{"sequence", "sequence", booked["sequence"], 0.0},
				{"moved uid", "uid", moved["uid"], booked["uid"]},
				{"moved start", "start", moved["start"], "2026-05-02T07:00:00Z"},
				{"moved sequence", "sequence", moved["sequence"], 1.0},
			} {
				if tc.got != tc.want {
					t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
				}
			}
			if d := booked["description"].(string); !strings.Contains(d, "https://meet.example.org/room102") {
				t.Errorf("description %q lacks the link", d)
			}
		})
	}
}

// documentOf is the file one of replies carries (the confirmation carries
// the calendar file itself), or nil.
func documentOf(replies []Reply) *Document {
	for _, r := range replies {
		if r.Document != nil {
			return r.Document
		}
	}
	return nil
}
