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
	"dialogs":   {"bot", "webchat", "store", "dashboard", "intake", "reminders"},
	"triage":    {"bot", "webchat", "store", "dashboard", "dialogs", "intake", "reminders", "video", "join", "fhir", "config"},
	"store":     {"bot", "webchat", "dashboard"},
	"clinic":    {"bot", "webchat", "store", "dashboard", "dialogs", "intake", "reminders", "config"},
	"dashboard": {"bot"},
	"webchat":   {"bot"},
	// The shared web policies know neither app.
	"securityheaders": {"dashboard", "webchat", "store", "dialogs", "bot"},
}

// testOnly lists packages that only tests may import.
var testOnly = []string{"browsertest"}

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
	// Nothing outside a channel package imports the Telegram library.
	out, err = exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", module+"dialogs", module+"triage", module+"store", module+"dashboard", module+"webchat").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "github.com/go-telegram/bot") {
		t.Error("a package other than bot (or the binary) depends on go-telegram/bot")
	}
}
