// Command frontdoor is Frontdoor's one binary: the server, its database
// migrations, demo data and tools. Run "frontdoor help" for the list.
//
// It is the only place that knows every package: serve parses the
// configuration once, build makes every part from it and passes each its
// dependencies (there are no package globals), then the app's Run runs the
// loops and the HTTP server and Close releases what build opened. The
// one-shot subcommands share openDatabase. The wire*.go files each turn on
// one area (triage, booking, consult, dashboard) for build; their doc
// comments say what they need, serve.go shows the order.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	_ "time/tzdata" // facility zones must resolve in minimal containers too

	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/store"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module's build information is used.
var version = ""

// exit statuses
const (
	exitOK     = 0
	exitFail   = 1
	exitConfig = 2 // bad usage or configuration: nothing was started
)

// command is one subcommand.
type command struct {
	name, summary, usage string
	run                  func(ctx context.Context, env *environment, args []string) int
}

// environment is what a command may touch: standard streams and the
// process environment, so tests can run commands in-process.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	environ        []string
}

func commands() []command {
	return []command{
		{"serve", "run Frontdoor: dashboard, web chat, and Telegram when a token is set", serveUsage, runServe},
		{"migrate", "apply the database migrations", migrateUsage, runMigrate},
		{"seed", "load demo facilities, specialties and clinicians (--demo)", seedUsage, runSeed},
		{"clinician", "manage dashboard accounts: add, passwd, disable, list", clinicianUsage, runClinician},
		{"import", "load facilities, specialties, accounts, hours and holidays from a YAML file", importUsage, runImport},
		{"facility", "set a facility's urgent fallback (when no clinician is online)", facilityUsage, runFacility},
		{"purge", "erase what is older than the retention period (--older-than 365d)", purgeUsage, runPurge},
		{"triage", "classify patients' first messages (JSON Lines in, decisions out)", "usage: frontdoor triage classify < cases.jsonl\n", runTriageCommand},
		{"version", "print the version", "usage: frontdoor version\n", runVersion},
		{"help", "explain a command", "usage: frontdoor help [command]\n", nil},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &environment{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, environ: os.Environ()}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, env *environment, args []string) int {
	if len(args) == 0 {
		printHelp(env.stderr)
		return exitConfig
	}
	name, rest := args[0], args[1:]
	if name == "help" || name == "-h" || name == "--help" {
		return runHelp(env, rest)
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			if len(rest) > 0 && (rest[0] == "-h" || rest[0] == "--help" || rest[0] == "help") {
				fmt.Fprint(env.stdout, c.usage)
				return exitOK
			}
			return c.run(ctx, env, rest)
		}
	}
	fmt.Fprintf(env.stderr, "frontdoor: unknown command %q (try \"frontdoor help\")\n", name)
	return exitConfig
}

func runHelp(env *environment, args []string) int {
	if len(args) == 0 {
		printHelp(env.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			fmt.Fprint(env.stdout, c.usage)
			return exitOK
		}
	}
	fmt.Fprintf(env.stderr, "frontdoor: no help for %q: not a command\n", args[0])
	return exitConfig
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Frontdoor: the chat front door of a virtual clinic.\n\nusage: frontdoor <command> [arguments]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nConfiguration comes from FRONTDOOR_* environment variables; see README.md.")
}

func runVersion(_ context.Context, env *environment, _ []string) int {
	fmt.Fprintln(env.stdout, "frontdoor", buildVersion())
	return exitOK
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func runTriageCommand(ctx context.Context, env *environment, args []string) int {
	return runTriage(ctx, args, env.stdin, env.stdout, env.stderr)
}

// loadConfig parses the configuration or explains, in one line, what is
// wrong with it.
func loadConfig(env *environment) (config.Config, bool) {
	cfg, err := config.Parse(env.environ)
	if err != nil {
		fmt.Fprintf(env.stderr, "frontdoor: configuration: %v\n", err)
		return config.Config{}, false
	}
	return cfg, true
}

// openDatabase is the preamble of the one-shot subcommands that work on
// the database: it parses the configuration and opens a small pool. On
// failure it has said why on stderr, prefixed by name ("frontdoor
// clinician"), and returns the exit code; the caller closes the pool.
func openDatabase(ctx context.Context, env *environment, name string) (config.Config, *store.Postgres, int) {
	cfg, ok := loadConfig(env)
	if !ok {
		return config.Config{}, nil, exitConfig
	}
	pg, err := store.OpenPostgres(ctx, cfg.DatabaseURL, 2)
	if err != nil {
		fmt.Fprintf(env.stderr, "%s: %v\n", name, err)
		return config.Config{}, nil, exitFail
	}
	return cfg, pg, exitOK
}

// errUsage marks a bad command line; the command has already said why.
var errUsage = errors.New("usage")
