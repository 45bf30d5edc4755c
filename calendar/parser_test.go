package calendar

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// icalendarScript reads an .ics file with Python's icalendar module and
// prints what it understood as JSON, parse errors included.
const icalendarScript = `
import json, sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def utc(v):
    if v.tzinfo is None:
        return 'floating ' + v.isoformat()
    return v.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
def text(c, name):
    return None if name not in c else str(c.get(name))
def param(c, name, p):
    return None if name not in c else c.get(name).params.get(p)
out = {'method': text(cal, 'method'), 'version': text(cal, 'version'),
       'prodid': text(cal, 'prodid'), 'errors': [], 'events': []}
for comp in cal.walk():
    out['errors'] += [[comp.name, str(n), str(e)] for n, e in comp.errors]
for ev in cal.walk('VEVENT'):
    attendees = ev.get('attendee', [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    out['events'].append({
        'uid': text(ev, 'uid'), 'sequence': ev.decoded('sequence'),
        'dtstamp': utc(ev.decoded('dtstamp')), 'dtstart': utc(ev.decoded('dtstart')),
        'dtend': utc(ev.decoded('dtend')),
        'summary': text(ev, 'summary'), 'summary_lang': param(ev, 'summary', 'LANGUAGE'),
        'description': text(ev, 'description'),
        'url': text(ev, 'url'), 'location': text(ev, 'location'), 'status': text(ev, 'status'),
        'organizer': text(ev, 'organizer'), 'organizer_cn': param(ev, 'organizer', 'CN'),
        'attendees': [str(a) for a in attendees],
        'alarms': [{'action': text(a, 'action'), 'description': text(a, 'description'),
                    'trigger_seconds': a.decoded('trigger').total_seconds()}
                   for a in ev.walk('VALARM')],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
`

type parsedCalendar struct {
	Method, Version, ProdID string
	Errors                  [][]string
	Events                  []parsedEvent
}

type parsedEvent struct {
	UID                     string
	Sequence                int
	DTStamp, DTStart, DTEnd string
	Summary                 string
	SummaryLang             *string `json:"summary_lang"`
	Description             *string
	URL, Location, Status   *string
	Organizer               *string
	OrganizerCN             *string `json:"organizer_cn"`
	Attendees               []string
	Alarms                  []parsedAlarm
}

type parsedAlarm struct {
	Action, Description string
	TriggerSeconds      float64 `json:"trigger_seconds"`
}

// icalendarPython finds a Python that has the icalendar module: the one in
// FRONTDOOR_PYTHON, python3 on PATH, or Debian's /usr/bin/python3 (which
// python3-icalendar installs into, even where PATH leads to another one).
func icalendarPython(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("FRONTDOOR_PYTHON"), "python3", "/usr/bin/python3"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if err := exec.Command(c, "-c", "import icalendar").Run(); err == nil {
			return c
		}
	}
	t.Skip("SKIPPED independent iCalendar check: no python3 with the icalendar module " +
		"(apt-get install -y python3-icalendar, or set FRONTDOOR_PYTHON)")
	return ""
}

// TestIndependentParser reads every golden case back with Python's
// icalendar and compares what it understood with what was meant.
func TestIndependentParser(t *testing.T) {
	python := icalendarPython(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			ics, err := Marshal(tc.method, tc.event)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			path := filepath.Join(t.TempDir(), tc.name+".ics")
			if err := os.WriteFile(path, ics, 0o600); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, "-c", icalendarScript, path).Output()
			if err != nil {
				t.Fatalf("python icalendar: %v\n%s", err, stderr(err))
			}
			var got parsedCalendar
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("decode parser output: %v\n%s", err, out)
			}
			compareParsed(t, tc, got)
		})
	}
}

func compareParsed(t *testing.T, tc goldenCase, got parsedCalendar) {
	t.Helper()
	e := tc.event
	if len(got.Errors) > 0 {
		t.Errorf("parser reported errors: %v", got.Errors)
	}
	if got.Method != string(tc.method) || got.Version != "2.0" || got.ProdID != ProdID {
		t.Errorf("calendar = %q %q %q", got.Method, got.Version, got.ProdID)
	}
	if len(got.Events) != 1 {
		t.Fatalf("parsed %d events, want 1", len(got.Events))
	}
	ev := got.Events[0]
	str := func(p *string) string {
		if p == nil {
			return "<absent>"
		}
		return *p
	}
	iso := func(tm time.Time) string { return tm.UTC().Format(time.RFC3339) }
	wantStatus := "CONFIRMED"
	if tc.method == Cancel {
		wantStatus = "CANCELLED"
	}
	checks := []struct{ what, got, want string }{
		{"UID", ev.UID, e.UID},
		{"DTSTAMP", ev.DTStamp, iso(e.Stamp)},
		{"DTSTART", ev.DTStart, iso(e.Start)},
		{"DTEND", ev.DTEnd, iso(e.End)},
		{"SUMMARY", ev.Summary, e.Summary},
		{"STATUS", str(ev.Status), wantStatus},
	}
	if e.Lang != "" {
		checks = append(checks, struct{ what, got, want string }{"SUMMARY LANGUAGE", str(ev.SummaryLang), e.Lang})
	}
	if e.Description != "" {
		// Line breaks of any kind come back as LF.
		want := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(e.Description)
		checks = append(checks, struct{ what, got, want string }{"DESCRIPTION", str(ev.Description), want})
	}
	if e.URL != "" {
		checks = append(checks,
			struct{ what, got, want string }{"URL", str(ev.URL), e.URL},
			struct{ what, got, want string }{"LOCATION", str(ev.Location), e.URL})
	}
	if e.Organizer != nil {
		checks = append(checks, struct{ what, got, want string }{"ORGANIZER", str(ev.Organizer), e.Organizer.URI})
		if e.Organizer.Name != "" {
			checks = append(checks, struct{ what, got, want string }{"ORGANIZER CN", str(ev.OrganizerCN), paramText(e.Organizer.Name)})
		}
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if ev.Sequence != e.Sequence {
		t.Errorf("SEQUENCE = %d, want %d", ev.Sequence, e.Sequence)
	}
	if len(ev.Attendees) != len(e.Attendees) {
		t.Errorf("attendees = %q, want %d", ev.Attendees, len(e.Attendees))
	}
	wantAlarms := 0
	if e.Alarm >= 0 {
		wantAlarms = 1
	}
	if len(ev.Alarms) != wantAlarms {
		t.Fatalf("alarms = %+v, want %d", ev.Alarms, wantAlarms)
	}
	if wantAlarms == 1 {
		a, before := ev.Alarms[0], cmpOr(e.Alarm, DefaultAlarm)
		if a.Action != "DISPLAY" || a.Description != e.Summary || a.TriggerSeconds != -before.Seconds() {
			t.Errorf("alarm = %+v, want DISPLAY %q at %v before", a, e.Summary, before)
		}
	}
}

func stderr(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
