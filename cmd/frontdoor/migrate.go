package main

import (
	"context"
	"fmt"

	"github.com/frontdoor-health/frontdoor/store"
)

const migrateUsage = `usage: frontdoor migrate

Applies the database migrations embedded in the binary to
FRONTDOOR_DATABASE_URL, under an advisory lock (several processes may start
at once). Running it again when nothing is pending changes nothing.
`

func runMigrate(ctx context.Context, env *environment, args []string) int {
	if len(args) > 0 {
		fmt.Fprint(env.stderr, migrateUsage)
		return exitConfig
	}
	_, pg, code := openDatabase(ctx, env, "frontdoor: migrate")
	if code != exitOK {
		return code
	}
	defer pg.Close()
	if err := store.Migrate(ctx, pg.Pool()); err != nil {
		fmt.Fprintf(env.stderr, "frontdoor: migrate: %v\n", err)
		return exitFail
	}
	fmt.Fprintln(env.stdout, "frontdoor: database is up to date")
	return exitOK
}
