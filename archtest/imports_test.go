package archtest

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/frontdoor-health/frontdoor/"

// forbidden lists, for each package, the project packages it must not
// depend on, directly or through others.
var forbidden = map[string][]string{
	"dialogs": {"bot", "webchat", "store", "dashboard", "intake", "reminders", "relay"},
	"triage":  {"bot", "webchat", "store", "dashboard", "dialogs", "intake", "reminders", "video", "join", "fhir", "config"},
	// The store keeps room names; naming them is the caller's
	// (video.NewRoom).
	"store":  {"bot", "webchat", "dashboard", "relay", "reminders", "video"},
	"clinic": {"bot", "webchat", "store", "dashboard", "dialogs", "intake", "reminders", "config"},
	// The dashboard is HTTP only: deliveries to patients are the relay's,
	// reached through the dashboard's own port.
	"dashboard": {"bot", "webchat", "reminders", "relay", "engine"},
	// The web chat reaches Redis through its own ports; the types those
	// share with the store live in stream and ratelimit.
	"webchat": {"bot", "dashboard", "reminders", "relay", "store", "engine"},
	// The relay delivers through the senders cmd gives it: it knows no
	// channel, no HTTP app and not the reminders that share its Notifier.
	"relay": {"bot", "webchat", "dashboard", "reminders"},
	// Reminders are sent through relay.Notifier, never a channel directly.
	"reminders": {"bot", "webchat", "dashboard"},
	// What the store shares with its readers describes; it knows no part.
	"stream":    {"store", "webchat", "dashboard", "dialogs", "bot"},
	"ratelimit": {"store", "webchat", "dashboard", "dialogs", "bot"},
	// A channel knows no store and no other part: it hands inputs to a
	// dialogs.Handler.
	"bot": {"store", "webchat", "dashboard", "relay", "reminders", "engine"},
	// The engine as production builds it knows no channel and no HTTP app
	// (reminders brings the relay's types along): they take the engine from it.
	"engine": {"bot", "webchat", "dashboard", "intake"},
	// The shared web policies know neither app.
	"securityheaders": {"dashboard", "webchat", "store", "dialogs", "bot"},
}

// testOnly lists packages that only tests may import. (bot/telegramtest,
// the fake Bot API, is also the load generator's, cmd/frontdoor-load.)
var testOnly = []string{"browsertest", "store/storetest", "reminders/clinictest", "bot/bottest", "webchat/webchattest", "e2e"}

// walksElsewhere lists, per package, what its tests must not import: a
// walk through a channel and the dialogs engine (package engine)
// exercises more than the channel, and belongs in e2e; so does a walk
// through the dashboard with the engine, the relay or a channel behind it.
var walksElsewhere = map[string][]string{
	"bot":       {"engine"},
	"webchat":   {"engine"},
	"dashboard": {"engine", "relay", "bot", "bot/bottest", "webchat"},
}

// TestLayering fails when a package's dependencies (go list -deps, test
// files aside) include one it must not know, and names the path.
func TestLayering(t *testing.T) {
	for pkg, banned := range forbidden {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", module+pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		deps := strings.Fields(string(out))
		for _, b := range banned {
			if slices.Contains(deps, module+b) {
				t.Errorf("%s depends on %s; it must not (see docs/ARCHITECTURE.md)", pkg, b)
			}
		}
	}
	// No production package depends on a test helper.
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", module+"cmd/...").Output()
	if err != nil {
		t.Fatalf("go list cmd/...: %v", err)
	}
	deps := strings.Fields(string(out))
	for _, p := range testOnly {
		if slices.Contains(deps, module+p) {
			t.Errorf("the binaries depend on %s; only tests may", p)
		}
	}
	// A channel's or the dashboard's tests test that package; the walks
	// through it and the engine (and, for the dashboard, the relay and a
	// channel) are e2e's.
	for pkg, banned := range walksElsewhere {
		out, err := exec.Command("go", "list", "-f", "{{join .TestImports \" \"}} {{join .XTestImports \" \"}}", module+pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		imports := strings.Fields(string(out))
		for _, b := range banned {
			if slices.Contains(imports, module+b) {
				t.Errorf("%s's tests import %s; a walk through more than %s belongs in e2e (docs/ARCHITECTURE.md)", pkg, b, pkg)
			}
		}
	}
	// Nothing outside a channel package imports the Telegram library.
	out, err = exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", module+"dialogs", module+"triage", module+"store", module+"dashboard", module+"webchat", module+"relay", module+"reminders", module+"engine").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "github.com/go-telegram/bot") {
		t.Error("a package other than bot (or the binary) depends on go-telegram/bot")
	}
}
