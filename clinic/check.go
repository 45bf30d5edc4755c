package clinic

// The checks of a network: Parse runs them over a whole file, and the
// Check functions over one item, for a form that edits one thing at a time
// (the dashboard's administration pages), so a facility, an account or its
// hours pass the dashboard exactly when they would pass an import. Each
// problem's Field names the key at fault; Line is the item's Line (a form
// sets it to the row of a list).

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// CheckSpecialty returns the problems of one specialty, none if it is valid.
func CheckSpecialty(s Specialty) []*LineError {
	return checkOne(func(c *checker) {
		if !specialtyRE.MatchString(s.Code) {
			c.fieldf(s.Line, "code", "specialty %q: code must be 2 to 40 lower-case letters or _", s.Code)
		}
		c.names(s.Line, "specialty "+s.Code, s.Name)
		c.lengths(s.Line, "specialty "+s.Code, s.SlotMinutes, s.BufferMinutes)
	})
}

// CheckFacility returns the problems of one facility, none if it is valid.
func CheckFacility(f Facility) []*LineError {
	return checkOne(func(c *checker) { c.facility(f) })
}

// CheckAccount returns the problems of one account with its hours, days off
// and extra sessions, none if it is valid.
func CheckAccount(a Account) []*LineError {
	return checkOne(func(c *checker) { c.account(a) })
}

// CheckHoliday returns the problems of one holiday, none if it is valid.
func CheckHoliday(h Holiday) []*LineError {
	return checkOne(func(c *checker) {
		c.check(&Network{Holidays: []Holiday{h}})
	})
}

func checkOne(run func(c *checker)) []*LineError {
	c := checker{file: "form"}
	run(&c)
	out := make([]*LineError, 0, len(c.errs))
	for _, err := range c.errs {
		out = append(out, err.(*LineError))
	}
	return out
}

// maxDays bounds a day range: a year of leave is a mistake in the file.
const maxDays = 366

var (
	codeRE      = regexp.MustCompile(`^[a-z0-9_]{2,40}$`)
	specialtyRE = regexp.MustCompile(`^[a-z_]{2,40}$`)
	cityRE      = regexp.MustCompile(`^[a-z_]{2,40}$`)
	usernameRE  = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,63}$`)
	phoneRE     = regexp.MustCompile(`^\+[0-9]{7,15}$`)
)

// checker gathers every problem rather than stopping at the first.
type checker struct {
	file string
	errs []error
}

func (c *checker) errorf(line int, format string, args ...any) {
	c.fieldf(line, "", format, args...)
}

// fieldf records a problem of one key.
func (c *checker) fieldf(line int, field, format string, args ...any) {
	c.errs = append(c.errs, &LineError{File: c.file, Line: line, Msg: fmt.Sprintf(format, args...), Field: field})
}

// names checks a thing's names: one in each required language (the
// default and the fallback every reader gets), and none in a language
// Frontdoor does not speak (a typo such as "eng" would never be shown).
func (c *checker) names(line int, what string, n Names) {
	for _, lang := range locales.Names(n).Missing() {
		c.fieldf(line, "name."+lang, "%s: name.%s is missing", what, lang)
	}
	for _, lang := range slices.Sorted(maps.Keys(n)) {
		if _, ok := locales.Lookup(lang); !ok {
			c.fieldf(line, "name."+lang, "%s: name.%s: Frontdoor does not speak %q (it speaks %s)", what, lang, lang, strings.Join(locales.Languages, ", "))
		}
	}
}

func (c *checker) check(n *Network) {
	seen := map[string]int{}
	dup := func(line int, kind, key string) {
		k := kind + "\x00" + key
		if first, ok := seen[k]; ok {
			c.errorf(line, "%s %q is listed twice (first at line %d)", kind, key, first)
			return
		}
		seen[k] = line
	}
	for _, s := range n.Specialties {
		what := fmt.Sprintf("specialty %q", s.Code)
		if !specialtyRE.MatchString(s.Code) {
			c.fieldf(s.Line, "code", "%s: code must be 2 to 40 lower-case letters or _", what)
		}
		dup(s.Line, "specialty", s.Code)
		c.names(s.Line, what, s.Name)
		c.lengths(s.Line, what, s.SlotMinutes, s.BufferMinutes)
	}
	for _, f := range n.Facilities {
		c.facility(f)
		dup(f.Line, "facility", f.Code)
	}
	for _, h := range n.Holidays {
		what := fmt.Sprintf("holiday %q", h.Name)
		if strings.TrimSpace(h.Name) == "" {
			c.fieldf(h.Line, "name", "holiday: name is missing")
		}
		c.dayRange(h.Line, what, h.From, h.To)
		for _, code := range h.Facilities {
			if !codeRE.MatchString(code) {
				c.errorf(h.Line, "%s: facility %q is not a facility code", what, code)
			}
		}
	}
	for _, a := range n.Accounts {
		c.account(a)
		dup(a.Line, "account", a.Username)
	}
}

func (c *checker) facility(f Facility) {
	what := fmt.Sprintf("facility %q", f.Code)
	if !codeRE.MatchString(f.Code) {
		c.fieldf(f.Line, "code", "%s: code must be 2 to 40 lower-case letters, digits or _", what)
	}
	c.names(f.Line, what, f.Name)
	if !cityRE.MatchString(f.City) {
		c.fieldf(f.Line, "city", "%s: city must be a lower-case key such as makkah", what)
	}
	if f.TimeZone == "" {
		c.fieldf(f.Line, "time_zone", "%s: time_zone is missing (an IANA zone such as Asia/Riyadh)", what)
	} else if _, err := time.LoadLocation(f.TimeZone); err != nil || f.TimeZone == "Local" {
		c.fieldf(f.Line, "time_zone", "%s: time_zone %q is not a known zone (an IANA zone such as Asia/Riyadh)", what, f.TimeZone)
	}
	if f.Phone != "" && !phoneRE.MatchString(f.Phone) {
		c.fieldf(f.Line, "phone", "%s: phone %q must be international: + and 7 to 15 digits", what, f.Phone)
	}
	if f.BookingNoticeMinutes != nil && (*f.BookingNoticeMinutes < 0 || *f.BookingNoticeMinutes > 7*24*60) {
		c.fieldf(f.Line, "booking_notice_minutes", "%s: booking_notice_minutes must be 0 to 10080", what)
	}
	if f.BookingHorizonDays != nil && (*f.BookingHorizonDays < 1 || *f.BookingHorizonDays > 365) {
		c.fieldf(f.Line, "booking_horizon_days", "%s: booking_horizon_days must be 1 to 365", what)
	}
	c.place(f.Line, what, f.Place)
}

func (c *checker) account(a Account) {
	what := fmt.Sprintf("account %q", a.Username)
	if !usernameRE.MatchString(a.Username) {
		c.fieldf(a.Line, "username", "%s: username must be 3 to 64 lower-case letters, digits, . _ or -, starting with a letter or digit", what)
	}
	c.names(a.Line, what, a.Name)
	if !slices.Contains(Roles, a.Role) {
		c.fieldf(a.Line, "role", "%s: role %q must be one of %s", what, a.Role, strings.Join(Roles, ", "))
	}
	if len(a.Facilities) == 0 {
		c.fieldf(a.Line, "facilities", "%s: facilities is missing (the first is the account's home)", what)
	}
	if a.Role == "clinician" && len(a.Specialties) == 0 {
		c.fieldf(a.Line, "specialties", "%s: a clinician needs at least one specialty", what)
	}
	if a.Role != "clinician" && len(a.Hours)+len(a.Extra) > 0 {
		c.errorf(a.Line, "%s: only clinicians have hours", what)
	}
	windows := map[time.Weekday][]Hours{}
	for _, h := range a.Hours {
		c.window(h.Line, what, h.From, h.To, h.SlotMinutes, h.BufferMinutes)
		if h.SlotMinutes == nil && a.Role == "clinician" && len(a.Specialties) == 0 {
			c.fieldf(h.Line, "slot_minutes", "%s: hours: slot_minutes is missing (and the account has no specialty to take it from)", what)
		}
		c.servedFacility(h.Line, what, a, h.Facility)
		if len(h.Days) == 0 {
			c.fieldf(h.Line, "days", "%s: hours: days is missing (sun, mon, tue, wed, thu, fri, sat)", what)
		}
		for _, d := range h.Days {
			wd, ok := weekdays[strings.ToLower(d)]
			if !ok {
				c.fieldf(h.Line, "days", "%s: hours: %q is not a weekday (sun, mon, tue, wed, thu, fri, sat)", what, d)
				continue
			}
			for _, o := range windows[wd] {
				if h.From < o.To && o.From < h.To {
					c.fieldf(h.Line, "from", "%s: hours on %s overlap the hours at line %d", what, wd, o.Line)
				}
			}
			windows[wd] = append(windows[wd], h)
		}
	}
	for _, d := range a.DaysOff {
		c.dayRange(d.Line, what+": days_off", d.From, d.To)
	}
	for _, x := range a.Extra {
		if _, err := schedule.ParseDate(x.Date); err != nil {
			c.fieldf(x.Line, "date", "%s: extra: date %q must be YYYY-MM-DD", what, x.Date)
		}
		c.window(x.Line, what+": extra", x.From, x.To, &x.SlotMinutes, &x.BufferMinutes)
		c.servedFacility(x.Line, what, a, x.Facility)
	}
}

// servedFacility: a window's facility must be one the account serves.
func (c *checker) servedFacility(line int, what string, a Account, code string) {
	if code != "" && !slices.Contains(a.Facilities, code) {
		c.fieldf(line, "facility", "%s: facility %q is not one of the account's facilities", what, code)
	}
}

// window checks a window's times and, when given (nil: the specialty's),
// its appointment length and rest.
func (c *checker) window(line int, what, from, to string, slot, buffer *int) {
	start, err1 := schedule.ParseClock(from)
	end, err2 := schedule.ParseClock(to)
	if err1 != nil {
		c.fieldf(line, "from", "%s: from %q must be HH:MM (24-hour)", what, from)
	}
	if err2 != nil {
		c.fieldf(line, "to", "%s: to %q must be HH:MM (24-hour; 24:00 for midnight)", what, to)
	}
	c.lengths(line, what, slot, buffer)
	if err1 == nil && err2 == nil {
		switch {
		case end <= start:
			c.fieldf(line, "to", "%s: to %s is not after from %s (split a window that crosses midnight in two)", what, to, from)
		case slot != nil && *slot >= 5 && int(end-start) < *slot:
			c.fieldf(line, "to", "%s: %s–%s is shorter than one %d-minute slot", what, from, to, *slot)
		}
	}
}

// lengths checks an appointment length and a rest, each when given.
func (c *checker) lengths(line int, what string, slot, buffer *int) {
	if slot != nil && (*slot < 5 || *slot > 240) {
		c.fieldf(line, "slot_minutes", "%s: slot_minutes must be 5 to 240", what)
	}
	if buffer != nil && (*buffer < 0 || *buffer > 120) {
		c.fieldf(line, "buffer_minutes", "%s: buffer_minutes must be 0 to 120", what)
	}
}

func (c *checker) dayRange(line int, what, from, to string) {
	f, err := schedule.ParseDate(from)
	if err != nil {
		c.fieldf(line, "from", "%s: from %q must be YYYY-MM-DD", what, from)
		return
	}
	if to == "" {
		return
	}
	t, err := schedule.ParseDate(to)
	if err != nil {
		c.fieldf(line, "to", "%s: to %q must be YYYY-MM-DD", what, to)
		return
	}
	if t.Before(f) {
		c.fieldf(line, "to", "%s: to %s is before from %s", what, to, from)
	} else if f.AddDays(maxDays).Before(t) {
		c.fieldf(line, "to", "%s: %s to %s is more than a year", what, from, to)
	}
}
