package main

import (
	"context"
	"fmt"

	"github.com/frontdoor-health/frontdoor/store"
)

const seedUsage = `usage: frontdoor seed --demo

Loads demo data: facilities in Makkah, Madinah and Jeddah, the specialties
with their Arabic and English names, and clinicians with weekly
availability. Running it twice changes nothing; a password changed since is
kept. Never run it on a production database.
`

func runSeed(ctx context.Context, env *environment, args []string) int {
	if len(args) != 1 || args[0] != "--demo" {
		fmt.Fprint(env.stderr, seedUsage)
		return exitConfig
	}
	cfg, pg, code := openDatabase(ctx, env, "frontdoor: seed")
	if code != exitOK {
		return code
	}
	defer pg.Close()
	demo, err := store.SeedDemo(ctx, pg)
	if err != nil {
		fmt.Fprintf(env.stderr, "frontdoor: seed: %v\n", err)
		return exitFail
	}
	printDemo(env, cfg.HTTPAddr, demo)
	return exitOK
}
