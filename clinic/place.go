package clinic

import (
	"strings"
	"unicode/utf8"
)

// Place is where a facility is and how patients name the area, so that a
// case without a facility link reaches the nearest facility offering its
// specialty (from a location the patient shares, or an area or hotel name
// they type), and whether the facility takes the network pool.
type Place struct {
	// Latitude and Longitude, in degrees (WGS 84, as a phone's map shows
	// them): both or neither. A facility without them is never "nearest";
	// patients may still choose it from the list.
	Latitude  *float64 `yaml:"latitude"`
	Longitude *float64 `yaml:"longitude"`
	// Areas are the district and landmark names patients type for where
	// they stay ("Ajyad", «العزيزية», a hotel tower's name), in any
	// language; a case from a patient who typed one goes to the nearest
	// facility offering its specialty from this facility's place. Present:
	// the whole list (an import replaces it); absent: unchanged.
	Areas *[]string `yaml:"areas"`
	// TakesPool makes the facility's staff see the network pool: the cases
	// whose patients gave no facility link, no location and no choice.
	// Off by default (see docs/OPERATIONS.md); absent: unchanged.
	TakesPool *bool `yaml:"takes_pool"`
}

// maxArea bounds an area name, in characters: a district or a hotel, not a
// sentence.
const maxArea = 60

func (c *checker) place(line int, what string, p Place) {
	switch {
	case (p.Latitude == nil) != (p.Longitude == nil):
		c.errorf(line, "%s: latitude and longitude go together (give both, or neither)", what)
	case p.Latitude != nil && (*p.Latitude < -90 || *p.Latitude > 90):
		c.errorf(line, "%s: latitude %v must be -90 to 90 (degrees, as a map shows it: Makkah is 21.42)", what, *p.Latitude)
	case p.Longitude != nil && (*p.Longitude < -180 || *p.Longitude > 180):
		c.errorf(line, "%s: longitude %v must be -180 to 180 (degrees, as a map shows it: Makkah is 39.83)", what, *p.Longitude)
	}
	if p.Areas == nil {
		return
	}
	seen := map[string]bool{}
	for _, a := range *p.Areas {
		key := strings.ToLower(strings.TrimSpace(a))
		switch {
		case utf8.RuneCountInString(key) < 2:
			c.errorf(line, "%s: areas: %q is too short to match what patients type (2 letters at least)", what, a)
		case utf8.RuneCountInString(key) > maxArea:
			c.errorf(line, "%s: areas: %q is longer than %d characters (a district or hotel name)", what, a, maxArea)
		case seen[key]:
			c.errorf(line, "%s: areas: %q is listed twice", what, a)
		}
		seen[key] = true
	}
}
