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

// newCases is the cases' store the dialogs engine records through and the
// consult reads: PostgreSQL, with every case that joins the queue
// announced to the open dashboards, each case counted.
func newCases(pg *store.Postgres, rd *store.Redis, opened *prometheus.CounterVec) countedCases {
	return countedCases{Cases: pg.Cases(rd), opened: opened}
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
