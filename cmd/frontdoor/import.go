package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/store"
)

const importUsage = `usage: frontdoor import [--dry-run] <clinic.yaml>

Loads a clinic network's set-up from a YAML file: specialties, facilities,
holidays, and accounts with their facilities, specialties, weekly hours,
days off and extra sessions. docs/OPERATIONS.md describes the file;
frontdoor seed --demo loads the example that ships with Frontdoor
(clinic/demo.yaml).

Running the same file again changes nothing. An account's hours, when the
file gives them, replace the ones in the database; days off, holidays and
extra sessions only add. Every problem in the file is reported with its line
and nothing is written until there are none. New accounts cannot log in
until they get a password (frontdoor clinician passwd <username>). Booked
appointments on days the import closed are listed: move or cancel them and
tell the patients. The import is audited.

  --dry-run   check the file against the database and say what would
              change, writing nothing
`

func runImport(ctx context.Context, env *environment, args []string) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	dryRun := fs.Bool("dry-run", false, "say what would change, write nothing")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprint(env.stderr, importUsage)
		return exitConfig
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(env.stderr, "frontdoor import: %v\n", err)
		return exitConfig
	}
	defer f.Close()
	n, err := clinic.Parse(f, path)
	if err != nil {
		fmt.Fprintf(env.stderr, "%v\nfrontdoor import: nothing was written\n", err)
		return exitConfig
	}
	_, pg, exit := openDatabase(ctx, env, "frontdoor import")
	if exit != exitOK {
		return exit
	}
	defer pg.Close()
	res, err := pg.Network().Import(ctx, n, store.ImportOptions{DryRun: *dryRun}, cliActor)
	if err != nil {
		fmt.Fprintf(env.stderr, "frontdoor import: %v\nfrontdoor import: nothing was written\n", err)
		return exitFail
	}
	verb := "wrote"
	if *dryRun {
		verb = "would write (dry run, nothing written)"
	}
	fmt.Fprintf(env.stdout, "%s: %s %d rows; %d facilities, %d specialties, %d accounts, %d holidays in the file\n",
		path, verb, res.Written, len(n.Facilities), len(n.Specialties), len(n.Accounts), len(n.Holidays))
	for _, u := range res.NewAccounts {
		fmt.Fprintf(env.stdout, "new account %s: set its password with: frontdoor clinician passwd %s\n", u, u)
	}
	if len(res.Affected) > 0 {
		fmt.Fprintf(env.stdout, "%d booked appointments fall on days now closed; move or cancel them and tell the patients:\n", len(res.Affected))
		for _, a := range res.Affected {
			fmt.Fprintf(env.stdout, "  appointment %d, %s, %s\n", a.ID, a.Clinician, a.Start.UTC().Format(time.RFC3339))
		}
	}
	return exitOK
}
