package config

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// fallbackPhone is a phone as the database keeps it (facilities'
// urgent_fallback_phone): 3-15 digits, an optional + first.
var fallbackPhone = regexp.MustCompile(`^\+?[0-9]{3,15}$`)

// checkUrgentFallback writes the fallback's phone as digits ("none": no
// line; spaces and dashes dropped) and trims its words.
func (c *Config) checkUrgentFallback() error {
	phone := strings.NewReplacer(" ", "", "-", "").Replace(strings.TrimSpace(c.UrgentFallbackPhone))
	if strings.EqualFold(phone, "none") {
		phone = ""
	}
	if phone != "" && !fallbackPhone.MatchString(phone) {
		return fmt.Errorf("%sURGENT_FALLBACK_PHONE: %q is not 3-15 digits with an optional + (or none)", Prefix, c.UrgentFallbackPhone)
	}
	c.UrgentFallbackPhone = phone
	for _, w := range []struct {
		name  string
		value *string
	}{{"URGENT_FALLBACK_AR", &c.UrgentFallbackAR}, {"URGENT_FALLBACK_EN", &c.UrgentFallbackEN}} {
		*w.value = strings.TrimSpace(*w.value)
		if n := utf8.RuneCountInString(*w.value); n > 500 {
			return fmt.Errorf("%s%s: %d characters, at most 500 fit one chat message", Prefix, w.name, n)
		}
	}
	return nil
}
