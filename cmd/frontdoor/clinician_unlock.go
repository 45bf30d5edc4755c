package main

import (
	"context"
	"fmt"

	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/store"
)

// clinicianUnlock lifts a username's login lock-outs at every address and
// its slowdown, as the admin form on the dashboard does, audited as the CLI.
func clinicianUnlock(ctx context.Context, env *environment, cfg config.Config, pg *store.Postgres, args []string) error {
	username, err := oneUsername(env, "unlock", args)
	if err != nil {
		return err
	}
	rd, err := store.OpenRedis(ctx, cfg.RedisURL, cfg.RedisPrefix)
	if err != nil {
		return err
	}
	defer rd.Close()
	t := newLoginThrottles(rd)
	if err := dashboard.UnlockLogin(ctx, t.user, t.account, pg.AuditLog(), username, cliActor); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "frontdoor: %s may sign in again from every address\n", username)
	return nil
}
