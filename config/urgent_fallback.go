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

// FallbackPhone writes a fallback's phone as the database keeps it: spaces
// and dashes dropped, "none" (or nothing) as "". ok is false unless it is
// then empty or 3-15 digits with an optional + first.
func FallbackPhone(s string) (phone string, ok bool) {
	phone = strings.NewReplacer(" ", "", "-", "").Replace(strings.TrimSpace(s))
	if strings.EqualFold(phone, "none") {
		phone = ""
	}
	return phone, phone == "" || fallbackPhone.MatchString(phone)
}

// checkUrgentFallback writes the fallback's phone as the database keeps it
// and trims its words.
func (c *Config) checkUrgentFallback() error {
	phone, ok := FallbackPhone(c.UrgentFallbackPhone)
	if !ok {
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
