package dialogs

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hablullah/go-hijri"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// words writes dates, times and durations for one reader: their language
// (Arabic-Indic digits in Arabic, the Hijri date beside the Gregorian one),
// the zone they read times in, and the current time for "today" and
// "tomorrow".
type words struct {
	e    *Engine
	lang string
	zone *time.Location
	now  time.Time
	// own is the zone the reader reads times in when it is not the
	// clinic's (zone.go), nil otherwise: times are then said in both.
	own *time.Location
}

// words returns the turn's words.
func (t *turn) words() words {
	return words{e: t.e, lang: t.lang(), zone: t.e.bookingZone(), now: t.e.Now(), own: t.ownZone()}
}

func (w words) text(id string, data map[string]any) string {
	td := map[string]any{"Emergency": numerals.In(w.lang, w.e.EmergencyNumber)}
	for k, v := range data {
		td[k] = v
	}
	return w.e.Text.Text(w.lang, id, td)
}

func (w words) num(n int) string { return numerals.Format(w.lang, n) }

// clock writes an instant's time of day on a 12-hour clock, as Saudi
// readers expect: "9:30 AM", "٩:٣٠ ص".
func (w words) clock(at time.Time) string {
	at = at.In(w.zone)
	if l, _ := locales.Lookup(w.lang); l.Clock24 {
		// "14 h 30", "14.30": the hour says the half of the day
		return strings.TrimSpace(w.text("booking_time", map[string]any{
			"Hour": w.num(at.Hour()), "Minute": w.pad(at.Minute()), "Half": "",
		}))
	}
	h, half := at.Hour()%12, "booking_time_am"
	if h == 0 {
		h = 12
	}
	if at.Hour() >= 12 {
		half = "booking_time_pm"
	}
	return w.text("booking_time", map[string]any{
		"Hour": w.num(h), "Minute": w.pad(at.Minute()), "Half": w.text(half, nil),
	})
}

func (w words) pad(n int) string {
	return numerals.In(w.lang, fmt.Sprintf("%02d", n))
}

// date writes a day as "Sunday 3 May" (short) or "Sunday 3 May 2026"; in
// languages whose readers count in it (locales.Language.Hijri: Arabic,
// Urdu, Indonesian) the long form adds the Umm al-Qura Hijri date, for display only
// (official dates follow moon sighting and may differ by a day).
func (w words) date(d schedule.Date, long bool) string {
	data := map[string]any{
		"Weekday": w.text("booking_weekday_"+strconv.Itoa(int(d.Weekday())), nil),
		"Day":     w.num(d.Day),
		"Month":   w.text("booking_month_"+strconv.Itoa(int(d.Month)), nil),
		"Year":    w.num(d.Year),
	}
	if !long {
		return w.text("booking_date_short", data)
	}
	s := w.text("booking_date_long", data)
	if h := w.hijri(d); h != "" {
		s = w.text("booking_date_with_hijri", map[string]any{"Date": s, "Hijri": h})
	}
	return s
}

// hijri writes d's Umm al-Qura date for Arabic readers (without the year
// when short), "" otherwise or outside the table's range.
func (w words) hijri(d schedule.Date, short ...bool) string {
	if l, _ := locales.Lookup(w.lang); !l.Hijri {
		return ""
	}
	h, err := hijri.CreateUmmAlQuraDate(time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC))
	if err != nil {
		return ""
	}
	id := "booking_date_hijri"
	if len(short) > 0 && short[0] {
		id = "booking_date_hijri_short"
	}
	return w.text(id, map[string]any{
		"Day": w.num(int(h.Day)), "Month": w.text("booking_hijri_month_"+strconv.Itoa(int(h.Month)), nil),
		"Year": w.num(int(h.Year)),
	})
}

// dayOf returns the date at in the reader's zone.
func (w words) dayOf(at time.Time) schedule.Date { return schedule.DateOf(at.In(w.zone)) }

// relative returns "booking_today", "booking_tomorrow" or "" for d.
func (w words) relative(d schedule.Date) string {
	today := w.dayOf(w.now)
	switch d {
	case today:
		return "booking_today"
	case today.AddDays(1):
		return "booking_tomorrow"
	}
	return ""
}

// dayButton labels a day to choose: "Tomorrow, Sunday 3 May"; in Arabic
// with the Hijri day and month beside it.
func (w words) dayButton(d schedule.Date) string {
	s := w.date(d, false)
	if h := w.hijri(d, true); h != "" {
		s = w.text("booking_date_with_hijri", map[string]any{"Date": s, "Hijri": h})
	}
	if rel := w.relative(d); rel != "" {
		s = w.text("booking_date_relative", map[string]any{"Relative": w.text(rel, nil), "Date": s})
	}
	return s
}

// when writes an instant for a sentence: "today at 9:30 AM", "tomorrow at
// …", "on Sunday 3 May at …".
func (w words) when(at time.Time) string {
	d, clock := w.dayOf(at), w.clock(at)
	switch w.relative(d) {
	case "booking_today":
		return w.text("booking_when_today", map[string]any{"Time": clock})
	case "booking_tomorrow":
		return w.text("booking_when_tomorrow", map[string]any{"Time": clock})
	}
	return w.text("booking_when_date", map[string]any{"Date": w.date(d, false), "Time": clock})
}

// slot labels a slot's start, with its day when asked.
func (w words) slot(start time.Time, withDay bool) string {
	if !withDay {
		return w.clock(start)
	}
	return w.text("booking_slot_on_day", map[string]any{"Day": w.dayButton(w.dayOf(start)), "Time": w.clock(start)})
}

// zoneName names the reader's zone by a place they know: "Makkah time"
// for Asia/Riyadh, «بتوقيت القاهرة» for Africa/Cairo (locales/zones.*.toml).
// A zone the locales do not name reads as its city ("Asia/Ho_Chi_Minh":
// "Ho Chi Minh time"), never as a raw id.
func (w words) zoneName() string {
	return w.text("booking_zone", map[string]any{"Place": zonePlace(w.e.Text, w.lang, w.zone.String())})
}

// zonePlace is the place name zone id is read as in lang.
func zonePlace(text *locales.Catalog, lang, id string) string {
	if msg := "zone_" + strings.NewReplacer("/", "_", "-", "_").Replace(id); text.Has(lang, msg) {
		return text.Text(lang, msg, nil)
	}
	city := id[strings.LastIndex(id, "/")+1:]
	return strings.ReplaceAll(city, "_", " ")
}

// duration writes a span for "in …" and "… ago": whole hours from 55
// minutes on, else minutes (at least one).
func (w words) duration(d time.Duration) string {
	if d >= 55*time.Minute {
		return w.e.Text.Count(w.lang, "booking_hours", int((d+30*time.Minute)/time.Hour), nil)
	}
	m := int((d + time.Minute - 1) / time.Minute)
	return w.e.Text.Count(w.lang, "minutes", max(m, 1), nil)
}

// Moment writes at for a reader of lang in zone the way the patients'
// messages do, so a doctor can read a time aloud to a patient: the time
// alone when at falls on now's day ("9:30 AM", «٩:٣٠ ص»), else with its
// day ("Tomorrow, Saturday 2 May, 9:30 AM").
func Moment(text *locales.Catalog, lang string, zone *time.Location, now, at time.Time) string {
	w := words{e: &Engine{Deps: Deps{Text: text}}, lang: lang, zone: zone, now: now}
	return w.slot(at, w.dayOf(at) != w.dayOf(now))
}

// LongDate writes at's day in zone as the patients' messages do:
// "Saturday 2 May 2026", in Arabic with the Hijri date beside it.
func LongDate(text *locales.Catalog, lang string, zone *time.Location, at time.Time) string {
	w := words{e: &Engine{Deps: Deps{Text: text}}, lang: lang, zone: zone, now: at}
	return w.date(w.dayOf(at), true)
}

// specialty names a specialty in the words patients use
// (locales: specialty_<code>, "Diabetes and hormones"), else by its name
// in the database.
func (w words) specialty(s nameRef) string {
	if id := "specialty_" + s.Code; s.Code != "" && w.e.Text.Has(w.lang, id) {
		return w.text(id, nil)
	}
	return s.name(w.lang)
}
