package main

import (
	"log/slog"
	"strings"

	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
)

// newDashboard builds the clinicians' dashboard on the stores. serve mounts
// it and runs its live-event reader beside the HTTP server:
//
//	dash, err := newDashboard(cfg, pg, rd, text, tri, consult, log)
//	if err != nil {
//		return err
//	}
//	dashRoutes := dash.Routes()
//	mux.Handle("/dashboard", dashRoutes)
//	mux.Handle("/dashboard/", dashRoutes)
//	g.Go(func() error { return dash.Run(ctx) })
//
// tri (the triage engine the dialogs use) names the questions and answers
// on the case page. For new cases to appear live, the dialogs engine must
// record them through a store that announces them:
// store.TriageCases{LiveCases: store.LiveCases{Postgres: pg, Redis: rd}}.
func newDashboard(cfg config.Config, pg *store.Postgres, rd *store.Redis, text *locales.Catalog,
	tri *triage.Engine, consult *dashboard.Consult, log *slog.Logger) (*dashboard.Dashboard, error) {
	perUser, perIP := dashboard.LoginBackoff()
	return dashboard.New(dashboard.Config{
		Accounts:  pg,
		Consult:   consult,
		Audit:     pg,
		Events:    rd,
		Cases:     pg,
		Questions: tri,
		Today:     pg,
		Sessions:  rd.SessionStore("dash"),
		LoginUser: rd.Throttle("dash:login:user", perUser),
		LoginIP:   rd.Throttle("dash:login:ip", perIP),
		Text:      text,
		Location:  cfg.Location,
		Log:       log,
		// As for the web chat: HTTPS is known from the public URL.
		Secure: strings.HasPrefix(cfg.PublicURL, "https://"),
	})
}
