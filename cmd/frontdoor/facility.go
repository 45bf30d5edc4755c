package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

const facilityUsage = `usage: frontdoor facility fallback <facility code> [--phone 937] [--ar "…"] [--en "…"] [--fr "…"] [--ur "…"] [--id "…"]

Sets where the facility's urgent patients are sent when no clinician who
could take their case is online: a medical advice line (--phone: 3-15
digits after an optional +; spaces and dashes are dropped) and, in each
language Frontdoor speaks, where to go and when it is open (at most 500
characters; a reader whose language is missing gets the English). The
whole fallback is set at once: what is left out is cleared, and with
nothing given the facility takes the deployment's again
(FRONTDOOR_URGENT_FALLBACK_*). The change is audited.

  frontdoor facility fallback makkah_ajyad --phone 937 \
      --ar "مركز الرعاية العاجلة في مستشفى أجياد مفتوح طوال اليوم." \
      --en "Ajyad Hospital's urgent care centre is open day and night."
`

func runFacility(ctx context.Context, env *environment, args []string) int {
	if len(args) < 2 || args[0] != "fallback" || strings.HasPrefix(args[1], "-") {
		fmt.Fprint(env.stderr, facilityUsage)
		return exitConfig
	}
	code := strings.TrimSpace(args[1])
	fs := flag.NewFlagSet("facility fallback", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	phone := fs.String("phone", "", "medical advice line")
	where := map[string]*string{} // one flag per language: --ar, --en, --fr…
	for _, l := range locales.All() {
		where[l.Code] = fs.String(l.Code, "", "where to go and when it is open, in "+l.English)
	}
	if err := fs.Parse(args[2:]); err != nil || fs.NArg() > 0 {
		fmt.Fprint(env.stderr, facilityUsage)
		return exitConfig
	}
	p, ok := config.FallbackPhone(*phone)
	if !ok {
		fmt.Fprintf(env.stderr, "frontdoor facility fallback: --phone %q is not 3-15 digits with an optional +\n", *phone)
		return exitConfig
	}
	f := dialogs.UrgentFallback{Phone: p, Where: map[string]string{}}
	for lang, words := range where {
		f.Where[lang] = *words
	}

	_, pg, exit := openDatabase(ctx, env, "frontdoor facility")
	if exit != exitOK {
		return exit
	}
	defer pg.Close()
	err := pg.Facilities().SetUrgentFallback(ctx, code, f, cliActor)
	switch {
	case errors.Is(err, dialogs.ErrNotFound):
		fmt.Fprintf(env.stderr, "frontdoor facility fallback: no facility %q\n", code)
		return exitFail
	case err != nil:
		fmt.Fprintf(env.stderr, "frontdoor facility fallback: %v\n", err)
		return exitFail
	case f.IsZero():
		fmt.Fprintf(env.stdout, "cleared the urgent fallback of %s: it takes the deployment's\n", code)
	default:
		fmt.Fprintf(env.stdout, "set the urgent fallback of %s\n", code)
	}
	return exitOK
}
