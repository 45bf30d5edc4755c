package main

import (
	"context"
	"errors"

	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
)

// triageConfig is "Talk to a doctor now" as the deployment runs it: the
// rules (which also give the red-flag check on every typed message), the
// clinic's phone given with the emergency advice, and where urgent
// patients are sent when no clinician is online.
//
// The clinic's phone is read once here: that of the only facility with a
// phone (none when there are several). fallback is the deployment's; a
// facility's own, read for each case, wins over it.
func triageConfig(ctx context.Context, rules *triage.Engine, pg *store.Postgres, fallback dialogs.UrgentFallback) (dialogs.Triage, error) {
	if rules == nil {
		return dialogs.Triage{}, errors.New("triage: no rules loaded")
	}
	phone, err := pg.Facilities().Phone(ctx)
	switch {
	case errors.Is(err, dialogs.ErrNotFound):
		phone = ""
	case err != nil:
		return dialogs.Triage{}, err
	}
	return dialogs.Triage{Rules: rules, FacilityPhone: phone, UrgentFallback: fallback, UrgentFallbacks: pg.Facilities()}, nil
}

// urgentFallback is the deployment's urgent fallback as configured.
func urgentFallback(cfg config.Config) dialogs.UrgentFallback {
	f := dialogs.UrgentFallback{Phone: cfg.UrgentFallbackPhone, Where: map[string]string{}}
	for lang, words := range map[string]string{dialogs.LangArabic: cfg.UrgentFallbackAR, dialogs.LangEnglish: cfg.UrgentFallbackEN} {
		if words != "" {
			f.Where[lang] = words
		}
	}
	return f
}
