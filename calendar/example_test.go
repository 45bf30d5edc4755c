package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/calendar"
)

func ExampleMarshal() {
	start := time.Date(2026, 5, 10, 6, 0, 0, 0, time.UTC)
	ics, err := calendar.Marshal(calendar.Publish, calendar.Event{
		UID:     "appointment-42@frontdoor.example",
		Stamp:   time.Date(2026, 5, 9, 12, 0, 0, 0, time.UTC),
		Start:   start,
		End:     start.Add(30 * time.Minute),
		Summary: "Video consultation, Dr Huda",
		Lang:    "en",
		URL:     "https://meet.example.org/k3v7q2mxbz4lq5nd6w2yhtj7ra",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(string(ics), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//Frontdoor//Appointments//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// BEGIN:VEVENT
	// UID:appointment-42@frontdoor.example
	// SEQUENCE:0
	// DTSTAMP:20260509T120000Z
	// DTSTART:20260510T060000Z
	// DTEND:20260510T063000Z
	// SUMMARY;LANGUAGE=en:Video consultation\, Dr Huda
	// URL:https://meet.example.org/k3v7q2mxbz4lq5nd6w2yhtj7ra
	// LOCATION:https://meet.example.org/k3v7q2mxbz4lq5nd6w2yhtj7ra
	// STATUS:CONFIRMED
	// TRANSP:OPAQUE
	// BEGIN:VALARM
	// ACTION:DISPLAY
	// DESCRIPTION;LANGUAGE=en:Video consultation\, Dr Huda
	// TRIGGER:-PT15M
	// END:VALARM
	// END:VEVENT
	// END:VCALENDAR
}
