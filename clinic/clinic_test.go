package clinic

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func TestDemoParses(t *testing.T) {
	n := Demo()
	if len(n.Facilities) != 3 || len(n.Specialties) != 19 || len(n.Accounts) != 6 {
		t.Fatalf("demo: %d facilities, %d specialties, %d accounts; want 3, 19, 6",
			len(n.Facilities), len(n.Specialties), len(n.Accounts))
	}
	khalid := n.Accounts[0]
	for _, f := range n.Facilities {
		if f.Latitude == nil || f.Longitude == nil || f.Areas == nil || len(*f.Areas) == 0 {
			t.Errorf("demo facility %s has no place or areas: routing needs them", f.Code)
		}
	}
	if khalid.Line == 0 || khalid.Hours[1].Line <= khalid.Line {
		t.Errorf("lines not recorded: account at %d, its second hours at %d", khalid.Line, khalid.Hours[1].Line)
	}
	if got := khalid.Hours[1].Weekdays(); len(got) != 2 || got[0] != time.Friday || got[1] != time.Saturday {
		t.Errorf("weekdays = %v, want Friday and Saturday", got)
	}
}

// TestMalformedFiles: every problem of a file is reported at once, each
// with its line, in words an administrator can act on.
func TestMalformedFiles(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		want       []string // "line:words"
	}{
		{"unknown key", `
facilities:
  - code: makkah
    nmae: {ar: مكة, en: Makkah}
`, []string{"4:unknown key \"nmae\" in facility"}},
		{"not a list", `
facilities: makkah
`, []string{"2:\"makkah\" should be a list"}},
		{"bad yaml", `
facilities:
  - code: [
`, []string{":did not find expected"}},
		{"facility checks", `
facilities:
  - code: Makkah Clinic
    name: {en: Makkah}
    city: makkah
    time_zone: Asia/Rydh
    phone: "0555"
`, []string{"3:code must be", "3:name.ar is missing", "3:Asia/Rydh\" is not a known zone", "3:phone \"0555\" must be international"}},
		{"place checks", `
facilities:
  - code: makkah_ajyad
    name: {ar: مكة, en: Makkah}
    city: makkah
    time_zone: Asia/Riyadh
    latitude: 21.42
  - code: madinah_quba
    name: {ar: المدينة, en: Madinah}
    city: madinah
    time_zone: Asia/Riyadh
    latitude: 124.4
    longitude: 39.6
    areas: [Quba, quba, Q]
`, []string{"3:latitude and longitude go together", "8:latitude 124.4 must be -90 to 90",
			"8:areas: \"quba\" is listed twice", "8:areas: \"Q\" is too short"}},
		{"latitude not a number", `
facilities:
  - code: jeddah
    name: {ar: جدة, en: Jeddah}
    city: jeddah
    time_zone: Asia/Riyadh
    latitude: north
    longitude: 39.1
`, []string{"7:\"north\" should be a number (degrees"}},
		{"duplicates", `
specialties:
  - code: pediatrics
    name: {ar: الأطفال, en: Pediatrics}
  - code: pediatrics
    name: {ar: الأطفال, en: Pediatrics}
`, []string{"5:specialty \"pediatrics\" is listed twice (first at line 3)"}},
		{"specialty lengths", `
specialties:
  - code: pediatrics
    name: {ar: الأطفال, en: Children's health}
    slot_minutes: 3
    buffer_minutes: 200
`, []string{"3:specialty \"pediatrics\": slot_minutes must be 5 to 240", "3:specialty \"pediatrics\": buffer_minutes must be 0 to 120"}},
		{"specialty length not a number", `
specialties:
  - code: nutrition
    name: {ar: التغذية, en: Food and diet}
    slot_minutes: twenty
`, []string{"5:\"twenty\" should be a whole number"}},
		{"account checks", `
accounts:
  - username: dr.layla
    name: {ar: د. ليلى, en: Dr. Layla}
    role: doctor
    facilities: []
`, []string{"3:role \"doctor\" must be one of", "3:facilities is missing"}},
		{"clinician without specialty", `
accounts:
  - username: dr.layla
    name: {ar: د. ليلى, en: Dr. Layla}
    role: clinician
    facilities: [makkah_ajyad]
`, []string{"3:a clinician needs at least one specialty"}},
		{"hours checks", `
accounts:
  - username: dr.layla
    name: {ar: د. ليلى, en: Dr. Layla}
    role: clinician
    facilities: [makkah_ajyad]
    specialties: [pediatrics]
    hours:
      - {days: [sun, funday], from: "9:00", to: "13:00", slot_minutes: 15}
      - {days: [mon], from: "22:00", to: "02:00", slot_minutes: 15}
      - {days: [tue], from: "09:00", to: "09:10", slot_minutes: 15}
      - {days: [wed], from: "09:00", to: "12:00", slot_minutes: 15, facility: jeddah_corniche}
      - {days: [wed], from: "11:00", to: "13:00", slot_minutes: 300}
`, []string{
			"9:\"funday\" is not a weekday", "9:from \"9:00\" must be HH:MM",
			"10:to 02:00 is not after from 22:00", "11:shorter than one 15-minute slot",
			"12:facility \"jeddah_corniche\" is not one of the account's facilities",
			"13:slot_minutes must be 5 to 240", "13:hours on Wednesday overlap the hours at line 12",
		}},
		{"day ranges", `
holidays:
  - name: Eid al-Fitr
    from: 2027-03-12
    to: 2027-03-09
  - name: ""
    from: 9 March
accounts:
  - username: coord.sara
    name: {ar: سارة, en: Sara}
    role: coordinator
    facilities: [makkah_ajyad]
    days_off:
      - {from: 2027-01-01, to: 2028-06-01}
    hours:
      - {days: [sun], from: "09:00", to: "12:00", slot_minutes: 15}
`, []string{
			"3:to 2027-03-09 is before from 2027-03-12", "6:holiday: name is missing",
			"6:from \"9 March\" must be YYYY-MM-DD", "9:only clinicians have hours", "14:is more than a year",
		}},
		{"empty", ``, []string{":the file is empty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.file), "clinic.yaml")
			if err == nil {
				t.Fatalf("no error for\n%s", tc.file)
			}
			for _, w := range tc.want {
				line, words, _ := strings.Cut(w, ":")
				if !strings.Contains(err.Error(), "clinic.yaml:"+line) && line != "" {
					t.Errorf("no error at line %s in:\n%v", line, err)
				}
				found := false
				for _, e := range unjoin(err) {
					var le *LineError
					if errors.As(e, &le) && strings.Contains(le.Msg, words) && (line == "" || le.Error() == e.Error() && strings.HasPrefix(le.Error(), "clinic.yaml:"+line+":")) {
						found = true
					}
				}
				if !found {
					t.Errorf("want %q at line %q; got:\n%v", words, line, err)
				}
			}
		})
	}
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestDays(t *testing.T) {
	got := Days("2027-02-27", "2027-03-02")
	if len(got) != 4 || got[0].String() != "2027-02-27" || got[3].String() != "2027-03-02" {
		t.Errorf("Days = %v", got)
	}
	if got := Days("2027-03-09", ""); len(got) != 1 {
		t.Errorf("one day: %v", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(string(demoYAML))
	f.Add("accounts:\n  - username: x\n    hours:\n      - {days: [sun]}\n")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(strings.NewReader(s), "f.yaml")
		if err == nil && n == nil {
			t.Fatal("no network and no error")
		}
	})
}

// TestOperationsExample keeps the example file in docs/OPERATIONS.md valid.
func TestOperationsExample(t *testing.T) {
	raw, err := os.ReadFile("../docs/OPERATIONS.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(raw), "```yaml\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("docs/OPERATIONS.md has no yaml example")
	}
	n, err := Parse(strings.NewReader(example), "OPERATIONS.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Accounts) != 1 || len(n.Accounts[0].Extra) != 1 || len(n.Holidays) != 1 {
		t.Errorf("example parsed as %+v", n)
	}
}
