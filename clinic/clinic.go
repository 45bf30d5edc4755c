// Package clinic reads a clinic network's set-up — facilities, specialties,
// accounts with their weekly hours, days off and holidays — from a YAML
// file, so that a new clinic starts without SQL. It only reads and checks
// the file: every problem is reported with its line, all at once, so an
// administrator fixes the file in one pass. It knows nothing of the
// database; store applies a Network.
package clinic

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// Network is one import file. Lists may be empty: a file may add only
// holidays, or only one clinician, to what the database already holds.
type Network struct {
	Specialties []Specialty `yaml:"specialties"`
	Facilities  []Facility  `yaml:"facilities"`
	Holidays    []Holiday   `yaml:"holidays"`
	Accounts    []Account   `yaml:"accounts"`
}

// Names is a display name per language code. Arabic and English are
// required (the dashboard and the bot fall back to them).
type Names map[string]string

// Specialty is a kind of care patients are booked into; triage refers to
// specialties by their codes. SlotMinutes and BufferMinutes, when set, are
// its usual appointment length and rest after each: the weekly hours that
// set neither use them when patients book this specialty.
type Specialty struct {
	Code          string `yaml:"code"`
	Name          Names  `yaml:"name"`
	SlotMinutes   *int   `yaml:"slot_minutes"`
	BufferMinutes *int   `yaml:"buffer_minutes"`
	Line          int    `yaml:"-"`
}

// Facility is a clinic. BookingNoticeMinutes and BookingHorizonDays, when
// set, say how soon and how far ahead patients may book there.
type Facility struct {
	Code                 string `yaml:"code"`
	Name                 Names  `yaml:"name"`
	City                 string `yaml:"city"`
	TimeZone             string `yaml:"time_zone"`
	Phone                string `yaml:"phone"`
	BookingNoticeMinutes *int   `yaml:"booking_notice_minutes"`
	BookingHorizonDays   *int   `yaml:"booking_horizon_days"`
	// Where the facility is and what patients call the area, for routing
	// (place.go).
	Place `yaml:",inline"`
	Line  int `yaml:"-"`
}

// Holiday closes facilities on a run of days (the Eid days, a national
// day): every clinician of those facilities gets the days off. No
// Facilities means every facility of the file and of the database.
type Holiday struct {
	Name       string   `yaml:"name"`
	From       string   `yaml:"from"`
	To         string   `yaml:"to"`
	Facilities []string `yaml:"facilities"`
	Line       int      `yaml:"-"`
}

// Account is a dashboard account. Its first facility is its home; it serves
// the others too. Hours, when the key is present, are the account's whole
// weekly schedule: an import replaces what the database had. DaysOff and
// Extra only add.
type Account struct {
	Username    string     `yaml:"username"`
	Name        Names      `yaml:"name"`
	Role        string     `yaml:"role"`
	Facilities  []string   `yaml:"facilities"`
	Specialties []string   `yaml:"specialties"`
	Hours       []Hours    `yaml:"hours"`
	DaysOff     []DayRange `yaml:"days_off"`
	Extra       []Extra    `yaml:"extra"`
	Line        int        `yaml:"-"`
}

// Hours is a weekly window on some weekdays, in the facility's wall-clock
// time. Facility defaults to the account's home. SlotMinutes and
// BufferMinutes, when nil, are those of the specialty a patient books
// (Specialty.SlotMinutes; a rest of 0 when the specialty sets none); an
// import refuses a window without a length when one of the account's
// specialties has none.
type Hours struct {
	Facility      string   `yaml:"facility"`
	Days          []string `yaml:"days"`
	From          string   `yaml:"from"`
	To            string   `yaml:"to"`
	SlotMinutes   *int     `yaml:"slot_minutes"`
	BufferMinutes *int     `yaml:"buffer_minutes"`
	Line          int      `yaml:"-"`
}

// DayRange is a run of whole days, From to To inclusive (To defaults to
// From).
type DayRange struct {
	From   string `yaml:"from"`
	To     string `yaml:"to"`
	Reason string `yaml:"reason"`
	Line   int    `yaml:"-"`
}

// Extra is a one-off session on Date, beside the weekly hours (an evening
// before Eid, a Friday clinic during Hajj).
type Extra struct {
	Date          string `yaml:"date"`
	Facility      string `yaml:"facility"`
	From          string `yaml:"from"`
	To            string `yaml:"to"`
	SlotMinutes   int    `yaml:"slot_minutes"`
	BufferMinutes int    `yaml:"buffer_minutes"`
	Line          int    `yaml:"-"`
}

// Roles an account may have.
var Roles = []string{"clinician", "coordinator", "admin"}

// maxDays bounds a day range: a year of leave is a mistake in the file.
const maxDays = 366

var (
	codeRE      = regexp.MustCompile(`^[a-z0-9_]{2,40}$`)
	specialtyRE = regexp.MustCompile(`^[a-z_]{2,40}$`)
	cityRE      = regexp.MustCompile(`^[a-z_]{2,40}$`)
	usernameRE  = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,63}$`)
	phoneRE     = regexp.MustCompile(`^\+[0-9]{7,15}$`)
)

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday, "mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tuesday": time.Tuesday, "wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thursday": time.Thursday, "fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

// LineError is one problem in the file, at a line (0 when the problem has
// no single place).
type LineError struct {
	File string
	Line int
	Msg  string
	// Field is the key at fault ("time_zone", "name.ar", "from"), so that a
	// form can show the problem next to its field; empty when no one key is.
	Field string
}

func (e *LineError) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

//go:embed demo.yaml
var demoYAML []byte

// Demo returns the demo network that `frontdoor seed --demo` loads: three
// virtual clinics in the Hijaz, every specialty, and a small team.
func Demo() *Network {
	n, err := Parse(bytes.NewReader(demoYAML), "demo.yaml")
	if err != nil {
		panic("clinic: the embedded demo network is invalid: " + err.Error())
	}
	return n
}

// Parse reads and checks a network file; name is how errors name it. The
// error, when not nil, joins one *LineError per problem.
func Parse(r io.Reader, name string) (*Network, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("clinic: read %s: %w", name, err)
	}
	var n Network
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&n); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &LineError{File: name, Msg: "the file is empty"}
		}
		return nil, yamlErrors(name, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		return nil, yamlErrors(name, err)
	}
	n.setLines(&root)
	c := checker{file: name}
	c.check(&n)
	if len(c.errs) > 0 {
		return nil, errors.Join(c.errs...)
	}
	return &n, nil
}

// yamlErrors turns the YAML library's "line N: ..." messages into
// LineErrors.
func yamlErrors(name string, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return &LineError{File: name, Line: lineOfMessage(err.Error()), Msg: stripLine(strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	var errs []error
	for _, m := range te.Errors {
		errs = append(errs, &LineError{File: name, Line: lineOfMessage(m), Msg: stripLine(m)})
	}
	return errors.Join(errs...)
}

var lineRE = regexp.MustCompile(`line (\d+): `)

func lineOfMessage(m string) int {
	var n int
	if s := lineRE.FindStringSubmatch(m); s != nil {
		fmt.Sscan(s[1], &n)
	}
	return n
}

var (
	unknownKeyRE = regexp.MustCompile(`field (\S+) not found in type clinic\.(\w+)`)
	unmarshalRE  = regexp.MustCompile("cannot unmarshal !!(\\w+) `([^`]*)` into (\\S+)")
)

// stripLine drops the line from a YAML library message and says it in an
// administrator's words.
func stripLine(m string) string {
	m = strings.TrimPrefix(lineRE.ReplaceAllString(m, ""), "yaml: ")
	if s := unknownKeyRE.FindStringSubmatch(m); s != nil {
		return fmt.Sprintf("unknown key %q in %s (a misspelling?)", s[1], strings.ToLower(s[2]))
	}
	if s := unmarshalRE.FindStringSubmatch(m); s != nil {
		want := "a single value"
		switch {
		case strings.HasPrefix(s[3], "[]"):
			want = "a list"
		case strings.HasPrefix(s[3], "clinic.") || strings.HasPrefix(s[3], "map"):
			want = "keys and values"
		case s[3] == "int" || s[3] == "*int":
			want = "a whole number"
		case s[3] == "float64" || s[3] == "*float64":
			want = "a number (degrees, as a map shows them: 21.4225)"
		}
		return fmt.Sprintf("%q should be %s (cannot unmarshal %s)", s[2], want, s[1])
	}
	return m
}

// setLines records where each list item starts, for the checks' messages.
func (n *Network) setLines(root *yaml.Node) {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	items := func(m *yaml.Node, key string) []*yaml.Node {
		if m == nil || m.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == key && m.Content[i+1].Kind == yaml.SequenceNode {
				return m.Content[i+1].Content
			}
		}
		return nil
	}
	// The decoded lists and the node tree agree except on odd input (a
	// repeated key, an anchor): a line is then left 0, never out of range.
	at := func(nodes []*yaml.Node, n int, set func(i, line int)) {
		for i, it := range nodes {
			if i < n {
				set(i, it.Line)
			}
		}
	}
	at(items(doc, "specialties"), len(n.Specialties), func(i, l int) { n.Specialties[i].Line = l })
	at(items(doc, "facilities"), len(n.Facilities), func(i, l int) { n.Facilities[i].Line = l })
	at(items(doc, "holidays"), len(n.Holidays), func(i, l int) { n.Holidays[i].Line = l })
	accounts := items(doc, "accounts")
	at(accounts, len(n.Accounts), func(i, l int) {
		a := &n.Accounts[i]
		a.Line = l
		at(items(accounts[i], "hours"), len(a.Hours), func(j, l int) { a.Hours[j].Line = l })
		at(items(accounts[i], "days_off"), len(a.DaysOff), func(j, l int) { a.DaysOff[j].Line = l })
		at(items(accounts[i], "extra"), len(a.Extra), func(j, l int) { a.Extra[j].Line = l })
	})
}

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

// Days lists the days of a range, From to To inclusive. The range must
// have passed Parse's checks.
func Days(from, to string) []schedule.Date {
	f, _ := schedule.ParseDate(from)
	t := f
	if to != "" {
		t, _ = schedule.ParseDate(to)
	}
	var out []schedule.Date
	for d := f; !t.Before(d); d = d.AddDays(1) {
		out = append(out, d)
	}
	return out
}

// Weekdays returns the weekdays of h. h must have passed Parse's checks.
func (h Hours) Weekdays() []time.Weekday {
	out := make([]time.Weekday, 0, len(h.Days))
	for _, d := range h.Days {
		out = append(out, weekdays[strings.ToLower(d)])
	}
	return out
}
