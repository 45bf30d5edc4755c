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
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

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
