package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/store"
)

const clinicianUsage = `usage: frontdoor clinician <command> [arguments]

Manages dashboard accounts (clinicians, coordinators, admins).

  add     --username dr.layla --facility makkah_ajyad[,madinah_quba]
          --role clinician|coordinator|admin --name-ar "د. ليلى" --name-en "Dr. Layla"
          [--specialty pediatrics,dermatology]   (required for clinicians)
          The first facility is the account's home; it also serves the others.
  passwd  <username>   set a new password and end the account's sessions
  disable <username>   stop the account from logging in and end its sessions
  unlock  <username>   lift the account's login lock-outs at every address (audited)
  list                 print every account

The password is read from FRONTDOOR_CLINICIAN_PASSWORD or, when that is not
set, from standard input (asked twice, without echo, on a terminal); never
from the command line, where other users and shell history could see it.
It must have at least 12 characters.
`

// envPassword gives the password without a terminal; its bounds are
// package password's policy.
const envPassword = "FRONTDOOR_CLINICIAN_PASSWORD"

// cliActor is who the audit log names for account changes made here.
var cliActor = store.AuditActor{Kind: store.ActorSystem, ID: "cli"}

func runClinician(ctx context.Context, env *environment, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(env.stderr, clinicianUsage)
		return exitConfig
	}
	sub, rest := args[0], args[1:]
	run, ok := map[string]func(context.Context, *environment, *store.Postgres, []string) error{
		"add": clinicianAdd, "passwd": clinicianPasswd, "disable": clinicianDisable, "list": clinicianList,
		"unlock": nil, // needs Redis too: see below
	}[sub]
	if !ok {
		fmt.Fprintf(env.stderr, "frontdoor clinician: unknown command %q\n\n%s", sub, clinicianUsage)
		return exitConfig
	}
	cfg, pg, code := openDatabase(ctx, env, "frontdoor clinician")
	if code != exitOK {
		return code
	}
	defer pg.Close()
	if sub == "unlock" {
		run = func(ctx context.Context, env *environment, pg *store.Postgres, args []string) error {
			return clinicianUnlock(ctx, env, cfg, pg, args)
		}
	}
	if err := run(ctx, env, pg, rest); err != nil {
		if errors.Is(err, errUsage) {
			return exitConfig
		}
		fmt.Fprintf(env.stderr, "frontdoor clinician %s: %v\n", sub, err)
		return exitFail
	}
	return exitOK
}

func clinicianAdd(ctx context.Context, env *environment, pg *store.Postgres, args []string) error {
	fs := flag.NewFlagSet("clinician add", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	username := fs.String("username", "", "login name: 3-64 of a-z 0-9 . _ -")
	facilities := fs.String("facility", "", "facility codes, comma-separated; the first is home")
	role := fs.String("role", store.RoleClinician, "clinician, coordinator or admin")
	nameAr := fs.String("name-ar", "", "display name in Arabic")
	nameEn := fs.String("name-en", "", "display name in English")
	specialties := fs.String("specialty", "", "specialty codes, comma-separated")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		fmt.Fprint(env.stderr, clinicianUsage)
		return errUsage
	}
	c := store.NewClinician{
		Username: strings.ToLower(strings.TrimSpace(*username)), Facilities: splitList(*facilities),
		Role: strings.TrimSpace(*role), Names: locales.Names{"ar": strings.TrimSpace(*nameAr), "en": strings.TrimSpace(*nameEn)},
		Specialties: splitList(*specialties),
	}
	if c.Role == store.RoleClinician && len(c.Specialties) == 0 {
		return errors.New("a clinician needs --specialty: without one the queue shows them nothing")
	}
	pw, err := readPassword(env)
	if err != nil {
		return err
	}
	if c.PasswordHash, err = password.Hash(pw); err != nil {
		return err
	}
	added, err := pg.Accounts().AddClinician(ctx, c, cliActor)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "frontdoor: added %s (%s, id %d) at %s\n",
		added.Username, added.Role, added.ID, strings.Join(added.FacilityCodes, ", "))
	return nil
}

func clinicianPasswd(ctx context.Context, env *environment, pg *store.Postgres, args []string) error {
	username, err := oneUsername(env, "passwd", args)
	if err != nil {
		return err
	}
	pw, err := readPassword(env)
	if err != nil {
		return err
	}
	hash, err := password.Hash(pw)
	if err != nil {
		return err
	}
	if err := pg.Accounts().SetClinicianPassword(ctx, username, hash, cliActor); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "frontdoor: new password for %s; its dashboard sessions have ended\n", username)
	return nil
}

func clinicianDisable(ctx context.Context, env *environment, pg *store.Postgres, args []string) error {
	username, err := oneUsername(env, "disable", args)
	if err != nil {
		return err
	}
	if err := pg.Accounts().DisableClinician(ctx, username, cliActor); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "frontdoor: disabled %s; its dashboard sessions have ended\n", username)
	return nil
}

func clinicianList(ctx context.Context, env *environment, pg *store.Postgres, args []string) error {
	if len(args) > 0 {
		fmt.Fprint(env.stderr, clinicianUsage)
		return errUsage
	}
	all, err := pg.Accounts().ListClinicians(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "USERNAME\tROLE\tACTIVE\tFACILITIES\tSPECIALTIES\tNAME")
	for _, c := range all {
		active := "yes"
		if !c.Active {
			active = "no"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.Username, c.Role, active,
			strings.Join(c.FacilityCodes, ","), orDash(strings.Join(c.Specialties, ",")), c.Name(locales.Fallback))
	}
	return tw.Flush()
}

func oneUsername(env *environment, sub string, args []string) (string, error) {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(env.stderr, "usage: frontdoor clinician %s <username>\n", sub)
		return "", errUsage
	}
	return strings.ToLower(strings.TrimSpace(args[0])), nil
}

// readPassword takes the password from the environment, else from stdin:
// on a terminal it asks twice without echo, otherwise it reads one line.
func readPassword(env *environment) (string, error) {
	for _, kv := range env.environ {
		if v, ok := strings.CutPrefix(kv, envPassword+"="); ok {
			return checkPassword(v)
		}
	}
	if f, ok := env.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(env.stderr, "New password: ")
		first, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(env.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		fmt.Fprint(env.stderr, "Again: ")
		second, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(env.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(first) != string(second) {
			return "", errors.New("the two passwords differ")
		}
		return checkPassword(string(first))
	}
	line, err := bufio.NewReader(io.LimitReader(env.stdin, password.MaxBytes+2)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	return checkPassword(strings.TrimRight(line, "\r\n"))
}

func checkPassword(pw string) (string, error) {
	switch err := password.Check(pw); {
	case errors.Is(err, password.ErrInvalidUTF8):
		return "", errors.New("the password is not valid UTF-8")
	case errors.Is(err, password.ErrTooShort):
		return "", fmt.Errorf("the password needs at least %d characters (set %s or pipe it on stdin)", password.MinChars, envPassword)
	case errors.Is(err, password.ErrTooLong):
		return "", fmt.Errorf("the password is longer than %d bytes", password.MaxBytes)
	}
	return pw, nil
}

// splitList splits a comma-separated flag, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
