package main

import (
	"context"
	"errors"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
)

// wireTriage turns on "Talk to a doctor now" in engine: the triage rules,
// the red-flag check on every typed message in every flow, and cases
// recorded in PostgreSQL through store.Cases, which announces every
// case that joins the queue to the open dashboards and tells patients their
// place. build (serve.go) calls it right after making the engine and
// before Validate, with the rules it also gives the dashboard.
//
// The clinic's phone, given with the emergency advice, is read once here:
// that of the only facility with a phone (none when there are several).
// fallback is where urgent patients are sent when no clinician is online;
// a facility's own, read for each case, wins over it.
func wireTriage(ctx context.Context, engine *dialogs.Engine, rules *triage.Engine, pg *store.Postgres, rd *store.Redis,
	fallback dialogs.UrgentFallback) error {
	if rules == nil {
		return errors.New("triage: no rules loaded")
	}
	phone, err := pg.FacilityPhone(ctx)
	switch {
	case errors.Is(err, dialogs.ErrNotFound):
		phone = ""
	case err != nil:
		return err
	}
	engine.Triage = &dialogs.Triage{Rules: rules, FacilityPhone: phone, UrgentFallback: fallback, UrgentFallbacks: pg}
	engine.Cases = pg.Cases(rd)
	engine.RedFlags = dialogs.RedFlagsFrom(rules)
	return nil
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

// countedCases counts every recorded case by urgency and channel
// (frontdoor_cases_opened_total), so a burst of emergencies, real or
// fake, pages the operator (deploy/prometheus-alerts.yaml). Embedding
// keeps every other method of the store, CaseQueue included.
type countedCases struct {
	*store.Cases
	opened *prometheus.CounterVec
}

func (c countedCases) OpenCase(ctx context.Context, k dialogs.Case) (int64, error) {
	id, err := c.Cases.OpenCase(ctx, k)
	if err == nil {
		channel, _, _ := strings.Cut(k.Source, ":")
		if channel != dialogs.ChannelWeb && channel != dialogs.ChannelTelegram {
			channel = "other"
		}
		c.opened.WithLabelValues(k.Urgency, channel).Inc()
	}
	return id, err
}
