package config

import (
	"strings"
	"testing"
)

func TestParseUrgentFallback(t *testing.T) {
	cfg, err := Parse(minimal)
	if err != nil || cfg.UrgentFallbackPhone != "937" || cfg.UrgentFallbackAR != "" || cfg.UrgentFallbackEN != "" {
		t.Fatalf("defaults: %q %q %q, %v; want the 937 line alone", cfg.UrgentFallbackPhone, cfg.UrgentFallbackAR, cfg.UrgentFallbackEN, err)
	}
	for _, tc := range []struct{ name, phone, want string }{
		{"none", "none", ""},
		{"spaced", "+966 12 555-0100", "+966125550100"},
		{"short code", " 911 ", "911"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Parse(append(minimal, "FRONTDOOR_URGENT_FALLBACK_PHONE="+tc.phone,
				"FRONTDOOR_URGENT_FALLBACK_EN=  Ajyad urgent care, open 24 hours. "))
			if err != nil || cfg.UrgentFallbackPhone != tc.want || cfg.UrgentFallbackEN != "Ajyad urgent care, open 24 hours." {
				t.Errorf("phone %q, words %q, %v; want %q", cfg.UrgentFallbackPhone, cfg.UrgentFallbackEN, err, tc.want)
			}
		})
	}
	for _, tc := range []struct{ name, env, variable string }{
		{"letters", "FRONTDOOR_URGENT_FALLBACK_PHONE=call us", "FRONTDOOR_URGENT_FALLBACK_PHONE"},
		{"too short", "FRONTDOOR_URGENT_FALLBACK_PHONE=93", "FRONTDOOR_URGENT_FALLBACK_PHONE"},
		{"too long", "FRONTDOOR_URGENT_FALLBACK_AR=" + strings.Repeat("ع", 501), "FRONTDOOR_URGENT_FALLBACK_AR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(append(minimal, tc.env))
			if err == nil || !strings.Contains(err.Error(), tc.variable) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err = %v, want one line naming %s", err, tc.variable)
			}
		})
	}
}
