package main

import (
	"log/slog"

	"github.com/frontdoor-health/frontdoor/clientip"
	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
)

// newDashboard builds the clinicians' dashboard on the stores. build
// (serve.go) mounts its routes at /dashboard and app.Run runs its
// live-event reader beside the HTTP server.
//
// desk is the coordinator's desk and refs the specialist referrals (nil:
// none).
//
// tri (the triage engine the dialogs use) names the questions and answers
// on the case page. New cases appear live because the dialogs engine
// records them through store.Cases (engine.New), which announces them.
func newDashboard(cfg config.Config, pg *store.Postgres, rd *store.Redis, appts *store.Appointments, text *locales.Catalog,
	tri *triage.Engine, consult *dashboard.Consult, desk *dashboard.Desk, refs *dashboard.Referrals, log *slog.Logger) (*dashboard.Dashboard, error) {
	proxies, err := config.ParseProxies(cfg.TrustedProxies)
	if err != nil {
		return nil, err // config has checked them
	}
	t := newLoginThrottles(rd)
	return dashboard.New(dashboard.Config{
		Accounts:     pg.Accounts(),
		Admin:        pg,
		Consult:      consult,
		Desk:         desk,
		Referrals:    refs,
		Audit:        pg.AuditLog(),
		Events:       rd,
		Cases:        pg.Cases(rd),
		Questions:    tri,
		Today:        appts,
		Reports:      pg.Reports(),
		Sessions:     rd.SessionStore("dash"),
		LoginUser:    t.user,
		LoginIP:      t.ip,
		LoginAccount: t.account,
		ClientIP:     clientip.Resolver{Trusted: proxies}.Addr,
		Text:         text,
		Location:     cfg.Location,
		Log:          log,
		// As for the web chat: HTTPS is known from the public URL.
		Secure: cfg.HTTPS(),
	})
}

// loginThrottles are the dashboard's login lock-outs, shared with
// `frontdoor clinician unlock`, which must name the same keys.
type loginThrottles struct{ user, ip, account *store.Throttle }

func newLoginThrottles(rd *store.Redis) loginThrottles {
	perUser, perIP, perAccount := dashboard.LoginBackoff()
	return loginThrottles{
		user:    rd.Throttle("dash:login:pair", perUser),
		ip:      rd.Throttle("dash:login:ip", perIP),
		account: rd.Throttle("dash:login:account", perAccount),
	}
}
