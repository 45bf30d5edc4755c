package calendar

import (
	"strings"
	"time"
)

var (
	start = time.Date(2026, 5, 10, 6, 0, 0, 0, time.UTC) // 09:00 in Riyadh
	stamp = time.Date(2026, 5, 9, 12, 34, 56, 0, time.UTC)
	link  = "https://meet.example.org/abcdefghijklmnopqrstuvwxyz?jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJqaXRzaSJ9.c2lnbmF0dXJl"
)

// goldenCase is one event written to testdata/<name>.ics and read back by
// the independent parser.
type goldenCase struct {
	name   string
	method Method
	event  Event
}

var goldenCases = []goldenCase{
	{
		name:   "publish_en",
		method: Publish,
		event: Event{
			UID: "appointment-42@frontdoor.example", Stamp: stamp,
			Start: start, End: start.Add(30 * time.Minute),
			Summary:     "Video consultation with Dr Huda",
			Description: "Join from your phone at the time of the appointment:\n" + link + "\nNeed to change it? Open the chat; tap My appointments.",
			Lang:        "en",
			URL:         link,
		},
	},
	{
		// Arabic text long enough to fold many times, with the characters
		// TEXT must escape, and a 2-hour alarm.
		name:   "publish_ar",
		method: Publish,
		event: Event{
			UID: "appointment-43@frontdoor.example", Stamp: stamp,
			Start: start, End: start.Add(20 * time.Minute),
			Summary:     "استشارة مرئية مع د. هدى، طب الأسرة",
			Description: "موعدك يوم الأحد ١٠ مايو الساعة ٩:٠٠ صباحًا بتوقيت مكة المكرمة؛ افتح الرابط قبل الموعد بدقائق.\r\nللإلغاء أو التغيير: افتح المحادثة واختر «مواعيدي». \\ شكرًا لك\nرقم الموعد: 43, العيادة; الرياض",
			Lang:        "ar",
			URL:         link,
			Alarm:       2 * time.Hour,
		},
	},
	{
		name:   "request_with_organizer",
		method: Request,
		event: Event{
			UID: "appointment-44@frontdoor.example", Sequence: 2, Stamp: stamp,
			Start: start, End: start.Add(45 * time.Minute),
			Summary:   "Follow-up, rescheduled",
			URL:       link,
			Organizer: &Party{Name: `Riyadh "Virtual" Clinic, Tower B`, URI: "mailto:clinic@frontdoor.example"},
			Attendees: []Party{{Name: "Dr Huda", URI: "mailto:huda@frontdoor.example"}},
			Alarm:     -1,
		},
	},
	{
		name:   "cancel",
		method: Cancel,
		event: Event{
			UID: "appointment-44@frontdoor.example", Sequence: 3, Stamp: stamp,
			Start: start, End: start.Add(45 * time.Minute),
			Summary:   "Cancelled: follow-up",
			Organizer: &Party{URI: "mailto:clinic@frontdoor.example"},
		},
	},
}

// unfold undoes folding, as a parser does first.
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }
